import { useState, type FormEvent } from 'react'
import type { Result } from '../../../../shared/ipc/result'
import { NO_PROBLEMS, submitForm, type FormProblems } from '../../lib/submit'

/**
 * The one way a Settings form saves: it holds its values, sends them on submit, says "Saved" until the next edit,
 * and keeps a refusal's plain messages by their fields (a time zone that is not one, an address that is not one).
 */
export function useSettingsForm<T extends object, R>(options: {
  initial: () => T
  save(values: T): Promise<Result<R>>
  /** After a successful save, with what main answered. */
  onSaved?(answer: R): void
}) {
  const [values, setValues] = useState<T>(options.initial)
  const [saved, setSaved] = useState(false)
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS)

  function change(patch: Partial<T>): void {
    setSaved(false)
    setValues((v) => ({ ...v, ...patch }))
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const answer = await submitForm(() => options.save(values))
    setSaved(answer.ok)
    setProblems(answer.ok ? NO_PROBLEMS : answer.problems)
    if (answer.ok) options.onSaved?.(answer.value)
  }

  return { values, change, saved, problems, submit }
}
