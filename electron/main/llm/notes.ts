/**
 * Notes as the LLM code reads them: the context's notes (plain strings or `{text, use}`), split into those that may
 * be sent and referred to, and those that must never be sent nor seen in a proposal (private, or sensitive by the
 * same classifier the composer uses: pay, confidential items, bad news).
 */
import { notesWithUse, type CheckContext } from '../../../shared/etiquette/contract'
import { mayReachWriting } from '../../../shared/note-use/classify-use'

/** The context the LLM code takes: the checker's context. */
export type LlmContext = CheckContext

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Notes that may be sent and referred to. */
export function usableNotes(context: LlmContext): string[] {
  return notesWithUse(context.notes)
    .filter(mayReachWriting)
    .map((n) => oneLine(n.text))
    .filter((text) => text.length > 0)
}

/** Notes that must never be sent nor seen in a proposal. */
export function privateNotes(context: LlmContext): string[] {
  return notesWithUse(context.notes)
    .filter((n) => !mayReachWriting(n))
    .map((n) => n.text.trim())
    .filter((text) => text.length > 0)
}

/**
 * The context as the etiquette checker and the offline composer see it for a proposal: only the usable notes, so
 * nothing kept out can count as a personal detail. The fact guard checks the kept-out notes itself.
 */
export function checkerContext(context: LlmContext): CheckContext {
  return { ...context, notes: usableNotes(context) }
}
