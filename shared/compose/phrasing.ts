/**
 * Sets clean notes into sentences of a phrasing family (see families.ts) and fills template slots.
 */
import type { CleanNote } from './clean-note'
import type { Family, LeadKind } from './families'

export { DEFAULT_FAMILY, FAMILIES, type Family } from './families'

/** Fills {name} slots; a slot with no value is left empty rather than printed. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_slot, key: string) => values[key] ?? '')
}

/** The lead kind and slot values for a clean note. */
export function leadFor(note: CleanNote): { kind: LeadKind; x: string; a: string } {
  if (note.kind !== 'question') return { kind: note.kind, x: note.text, a: '' }
  const answer = note.answer ?? ''
  if (note.indirect !== null)
    return { kind: answer ? 'indirectAnswer' : 'indirect', x: note.indirect, a: answer }
  return { kind: answer ? 'quotedAnswer' : 'quoted', x: note.quoted, a: answer }
}

/** The sentence for a note in a thank-you, at position 0, 1 or 2 of the draft's notes. */
export function thankYouNoteSentence(note: CleanNote, family: Family, position: number): string {
  const lead = leadFor(note)
  return fill(family.leads[lead.kind][position % 3] ?? '', { x: lead.x, a: lead.a })
}

/** The sentence for the one note a follow-up mentions. */
export function followUpNoteSentence(note: CleanNote, family: Family): string {
  const lead = leadFor(note)
  return fill(family.followUpLeads[lead.kind], { x: lead.x, a: lead.a })
}
