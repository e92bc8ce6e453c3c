/**
 * Sending a form to main: on success the value; on a refused request, the plain message for each field (from the
 * router's `error.fields`) so the form shows it next to that field, or one message for the whole form.
 */
import type { Result } from '../../../shared/ipc/result'

export interface FormProblems {
  /** Field name (the last part of the path, e.g. "endAt") → a plain message to show by that field. */
  fields: Record<string, string>
  /** A problem that belongs to no one field. */
  form: string | null
}

export const NO_PROBLEMS: FormProblems = { fields: {}, form: null }

export type Submitted<T> = { ok: true; value: T } | { ok: false; problems: FormProblems }

/** Calls main and sorts a refusal into field messages; a thrown call (the bridge gone) is a form message. */
export async function submitForm<T>(call: () => Promise<Result<T>>): Promise<Submitted<T>> {
  try {
    const answer = await call()
    if (answer.ok) return { ok: true, value: answer.value }
    const fields = answer.error.fields ?? {}
    const form = Object.keys(fields).length > 0 ? null : answer.error.message
    return { ok: false, problems: { fields, form } }
  } catch (error) {
    return {
      ok: false,
      problems: { fields: {}, form: error instanceof Error ? error.message : String(error) }
    }
  }
}

/** A field message ends with a full stop, as a sentence under a field reads. */
export function sentence(message: string | undefined): string | undefined {
  if (!message) return undefined
  return /[.!?]$/.test(message) ? message : `${message}.`
}
