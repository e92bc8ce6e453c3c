/**
 * Notes as the LLM code reads them. The context's notes are plain strings today and become
 * `string | { text, use: 'auto' | 'use' | 'private' }` with the v2 contract; this one helper accepts both, so the
 * prompt and the fact guard work before and after that change. A plain string means `use: 'auto'`.
 */
import type { CheckContext } from '../../../shared/etiquette/contract'

export type NoteUse = 'auto' | 'use' | 'private'
export type NoteLike = string | { text: string; use?: NoteUse }
export interface LlmNote {
  text: string
  use: NoteUse
}

/** The context the LLM code takes: the checker's context, with notes in either shape. */
export type LlmContext = Omit<CheckContext, 'notes'> & { notes?: readonly NoteLike[] }

export function normaliseNotes(notes: readonly NoteLike[] | undefined): LlmNote[] {
  return (notes ?? []).map((note) =>
    typeof note === 'string' ? { text: note, use: 'auto' } : { text: note.text, use: note.use ?? 'auto' }
  )
}

/** Notes that may be sent and referred to: never the ones marked private, never blank ones. */
export function usableNotes(context: LlmContext): string[] {
  return normaliseNotes(context.notes)
    .filter((n) => n.use !== 'private')
    .map((n) => n.text.replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0)
}

/** Notes that must never be sent nor seen in a proposal. */
export function privateNotes(context: LlmContext): string[] {
  return normaliseNotes(context.notes)
    .filter((n) => n.use === 'private')
    .map((n) => n.text.trim())
    .filter((text) => text.length > 0)
}

/**
 * The context as the etiquette checker and the offline composer take it today (plain string notes): private notes
 * removed, so nothing private can count as a personal detail. The fact guard checks private notes itself.
 */
export function checkerContext(context: LlmContext): CheckContext {
  return { ...context, notes: usableNotes(context) }
}
