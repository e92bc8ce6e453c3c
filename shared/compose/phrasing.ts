/**
 * Sets clean notes into sentences of a phrasing family (see families.ts) and fills template slots. In a thank-you,
 * the wording of each note is chosen so that the note sentences flow: no two sentences in a row open with the same
 * words or lean on the same verb ("I appreciated ... I appreciated", "It was good to learn ... It was interesting
 * to learn"), and no wording is used twice.
 */
import type { CleanNote } from './clean-note'
import type { Family, LeadKind } from './families'

export { DEFAULT_FAMILY, FAMILIES, type Family } from './families'

/** Fills {name} slots; a slot with no value is left empty rather than printed. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  // A value ending in a period ("Pine & Co.") takes the place of the sentence's own full stop: never "Co..".
  return template.replace(/\{(\w+)\}(\.?)/g, (_slot, key: string, stop: string) => {
    const value = values[key] ?? ''
    return stop !== '' && value.endsWith('.') ? value : value + stop
  })
}

/**
 * A note about a difficulty (someone left, a backlog, tech debt): "I was glad to hear that ..." would read as glad
 * about the problem, so such notes take the neutral `hardFact` / `hardTopic` wordings.
 */
const DIFFICULTY =
  /\b(?:left|lost|quit|resigned|laid off|layoffs?|cuts?|freeze|backlog|turnover|attrition|burnout|understaffed|short-staffed|vacant|forever|slow|behind|delays?|delayed|pain point|problems?|issues?|challenges?|struggl\p{L}*|difficult|tough|debt|overtime|mandatory|cost driver|chaotic|messy|flaky|outages?|incidents?|complaints?|stress\p{L}*|over budget|underfunded|shortages?)\b/iu

/** The lead kind and slot values for a clean note. */
export function leadFor(note: CleanNote): { kind: LeadKind; x: string; a: string } {
  if (note.kind === 'question') {
    const answer = note.answer ?? ''
    if (note.indirect !== null)
      return { kind: answer ? 'indirectAnswer' : 'indirect', x: note.indirect, a: answer }
    return { kind: answer ? 'quotedAnswer' : 'quoted', x: note.quoted, a: answer }
  }
  const hard = DIFFICULTY.test(note.text)
  if (hard && (note.kind === 'fact' || note.kind === 'mentioned'))
    return { kind: 'hardFact', x: note.text, a: '' }
  if (hard && note.kind === 'topic') return { kind: 'hardTopic', x: note.text, a: '' }
  return { kind: note.kind, x: note.text, a: '' }
}

/** The sentence for a note in a thank-you, at position 0, 1 or 2 of the draft's notes. */
export function thankYouNoteSentence(note: CleanNote, family: Family, position: number): string {
  const lead = leadFor(note)
  return fill(family.leads[lead.kind][position % 3] ?? '', { x: lead.x, a: lead.a })
}

/** Words whose repetition in two sentences in a row reads as a template, and how much it grates. */
const LEAD_WORDS =
  /\b(?:learn|hear|know|enjoy|appreciat|glad|thank|interest|help|useful|not(?:e|ed)|valu|stay|stood|remember|discuss|talk|grateful|insight|also|candid|frank|open)\p{L}*/giu
const WEIGHT: Readonly<Record<string, number>> = { appr: 3, enjo: 3, than: 3, glad: 3, grat: 3, also: 1 }

function leadWords(template: string): Set<string> {
  const words = template.replace(/\{\w+\}/g, ' ').match(LEAD_WORDS) ?? []
  return new Set(words.map((word) => word.toLowerCase().slice(0, 4)))
}

function opening(template: string): string {
  return template.toLowerCase().split(/\s+/).slice(0, 2).join(' ')
}

/** How badly a wording follows the previous one: the same opening, or the same lead words (0 = reads well). */
function clash(previous: string, next: string): number {
  const before = leadWords(previous)
  const shared = [...leadWords(next)].filter((word) => before.has(word))
  const words = shared.reduce((sum, word) => sum + (WEIGHT[word] ?? 2), 0)
  return (opening(previous) === opening(next) ? 10 : 0) + words
}

/**
 * The sentences for a thank-you's notes, after the sentence worded `before`. Note i starts from wording i (so the
 * choice is stable and differs per family) and takes the unused wording that clashes least with the sentence
 * before it.
 */
export function thankYouNoteSentences(notes: readonly CleanNote[], family: Family, before: string): string[] {
  const used = new Set<string>()
  let previous = before
  return notes.map((note, position) => {
    const lead = leadFor(note)
    const frames = family.leads[lead.kind]
    const order = [0, 1, 2].map((i) => frames[(position + i) % 3] ?? frames[0])
    const fresh = order.filter((frame) => !used.has(frame))
    let frame = fresh[0] ?? frames[0]
    for (const candidate of fresh) if (clash(previous, candidate) < clash(previous, frame)) frame = candidate
    used.add(frame)
    previous = frame
    return fill(frame, { x: lead.x, a: lead.a })
  })
}

/** The sentence for the one note a follow-up mentions. */
export function checkInNoteSentence(note: CleanNote, family: Family): string {
  const lead = leadFor(note)
  return fill(family.checkInLeads[lead.kind], { x: lead.x, a: lead.a })
}
