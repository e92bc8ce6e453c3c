/**
 * Judges the composer on the v3 notes (test/compose/messy-notes-v3.ts) the way a careful reader would, one figure
 * per question: (a) the etiquette checker's errors and warnings with the same context, (b) Harper's lints on the
 * body (an independent grammar checker), (c) raw fragments (shorthand, symbols, shouting or chat words pasted from a
 * note), (d) check-ins that refer to nothing from the conversation, (e) how far a check-in repeats its thank-you.
 * Shared by the v3 test and by `npx tsx test/compose/measure-v3.ts`, which prints the figures.
 */
import type { LocalLinter } from 'harper.js'
import { compose } from '../../shared/compose/index'
import { draftSimilarity } from '../../shared/compose/similarity'
import { wordsOf } from '../../shared/compose/text'
import { check, type Speller } from '../../shared/etiquette/index'
import {
  notesWithUse,
  type CheckContext,
  type ComposedDraft,
  type DraftKind
} from '../../shared/etiquette/contract'
import { lookupShorthand } from '../../shared/language/shorthand'
import { contextFor, leaks } from './corpus-referee'
import type { CorpusCase } from './corpus-v2'

/** Harper lints judged wrong on correct English, by lint kind and flagged text, each with why the English is right. */
export const HARPER_ALLOWED: ReadonlyArray<{ rule: string; text: RegExp; why: string }> = [
  {
    rule: 'WordChoice',
    text: /^green belt$/i,
    why: 'a Six Sigma "green belt" is a certification level; Harper proposes "greenbelt" (land around a city)'
  }
]

export interface DraftVerdict {
  kind: DraftKind
  body: string
  checker: string[]
  /** Harper's grammar, agreement, article, capitalisation, punctuation and word-choice lints. */
  harper: string[]
  /** Harper's spelling lints (mostly domain acronyms and jargon it does not know: reported, not counted as grammar). */
  harperSpelling: string[]
  raw: string[]
  /** Note indexes the draft refers to. */
  notes: number[]
}

export interface CaseVerdict {
  id: string
  thankYou: DraftVerdict
  /** The check-in written a week later, with the thank-you in previousMessages. */
  checkIn: DraftVerdict
  /** The check-in refers to nothing from the conversation although the notes had something usable. */
  checkInGeneric: boolean
  /** Trigram overlap of the two bodies (names aside), 0 to 1. */
  bodyOverlap: number
  /** For a check-in that refers back to a note the thank-you used: content-word overlap of the two sentences. */
  callbackOverlap: number | null
  /** Distinctive words of a must-not-use note found in either draft. */
  leaks: string[]
}

export async function judgeV3(item: CorpusCase, speller: Speller, harper: LocalLinter): Promise<CaseVerdict> {
  const thanksContext = contextFor('thank-you', item.context)
  const thanks = compose({ kind: 'thank-you', context: thanksContext }, { speller })
  const checkInContext = { ...contextFor('check-in', item.context), previousMessages: [thanks.body] }
  const checkIn = compose({ kind: 'check-in', context: checkInContext }, { speller })
  const usable = usableNotes(item)
  const names = nameWords(item.context)
  return {
    id: item.id,
    thankYou: await verdict('thank-you', thanks, thanksContext, item, speller, harper),
    checkIn: await verdict('check-in', checkIn, checkInContext, item, speller, harper),
    checkInGeneric: usable > 0 && checkIn.sources.length === 0,
    bodyOverlap: draftSimilarity(thanks.body, checkIn.body, [...names]),
    callbackOverlap: callbackOverlap(thanks, checkIn),
    leaks: [...leaks(item, thanks.body, names), ...leaks(item, checkIn.body, names)]
  }
}

async function verdict(
  kind: DraftKind,
  draft: ComposedDraft,
  context: CheckContext,
  item: CorpusCase,
  speller: Speller,
  harper: LocalLinter
): Promise<DraftVerdict> {
  const to = item.channel === 'handwritten' ? '' : (context.interviewer.contacts?.[0] ?? '')
  const checker = check(
    { draft: { kind, channel: item.channel, to, subject: draft.subject, body: draft.body }, context },
    { speller }
  )
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} “${f.field === 'body' ? draft.body.slice(f.start, f.end) : ''}”: ${f.message}`)
  return {
    kind,
    body: draft.body,
    checker,
    ...(await harperLints(draft.body, nameWords(context), harper)),
    raw: rawFragments(draft, speller),
    notes: draft.sources.map((s) => s.note)
  }
}

async function harperLints(
  body: string,
  names: ReadonlySet<string>,
  harper: LocalLinter
): Promise<{ harper: string[]; harperSpelling: string[] }> {
  const out: string[] = []
  const spelling: string[] = []
  for (const lint of await harper.lint(body)) {
    const span = lint.span()
    const flagged = body.slice(span.start, span.end)
    const kind = lint.lint_kind()
    lint.free()
    // Harper does not know people's or companies' names: spelling and casing findings on them are not errors.
    if ((kind === 'Spelling' || kind === 'Capitalization') && names.has(flagged.trim().toLowerCase()))
      continue
    const message = `${kind} “${flagged}”`
    if (HARPER_ALLOWED.some((a) => a.rule === kind && a.text.test(flagged))) continue
    ;(kind === 'Spelling' ? spelling : out).push(`${message} in “${around(body, span.start, span.end)}”`)
  }
  return { harper: out, harperSpelling: spelling }
}

function around(body: string, start: number, end: number): string {
  return body.slice(Math.max(0, start - 30), Math.min(body.length, end + 30)).replace(/\s+/g, ' ')
}

/** Shorthand, symbols, shouting, chat words or a lower-case sentence start in the sentences built from notes. */
export function rawFragments(draft: ComposedDraft, speller: Speller): string[] {
  const out: string[] = []
  for (const { start, end } of draft.sources) {
    const sentence = draft.body.slice(start, end)
    const symbol = /(?:->|=>|[=~<>→#@|*^+]|\s\/|\/\s|(?<=\p{Ll}{2})\/(?=\p{Ll}{2})|!!|\bQ:|\bA:)/u.exec(
      sentence
    )
    if (symbol) out.push(`symbol “${symbol[0]}” in “${sentence}”`)
    for (const word of wordsOf(sentence)) {
      const entry = lookupShorthand(word)
      if (entry && !entry.ambiguous && word === word.toLowerCase())
        out.push(`shorthand “${word}” in “${sentence}”`)
      if (/^\d+(?:wk|wks|mo|mos|yr|yrs|hr|hrs|d|x)$/i.test(word)) out.push(`glued count “${word}”`)
      if (/^(?:lol|lmao|omg|btw|tbh|fyi|imo|b4|sb|pls|thx)$/i.test(word)) out.push(`chat word “${word}”`)
      if (/^\p{Lu}{3,}$/u.test(word) && speller.correct(word.toLowerCase()) && !ACRONYMS.has(word))
        out.push(`shouted “${word}” in “${sentence}”`)
    }
    if (/^\p{Ll}/u.test(sentence)) out.push(`lower-case start “${sentence}”`)
    if (/\p{Extended_Pictographic}/u.test(sentence)) out.push(`emoji in “${sentence}”`)
  }
  return out
}

/** Acronyms that happen to spell an English word. */
const ACRONYMS = new Set(['CAD', 'PACE', 'LEAN', 'SAFE', 'ARR'])

function callbackOverlap(thanks: ComposedDraft, checkIn: ComposedDraft): number | null {
  const mine = checkIn.sources[0]
  if (mine === undefined) return null
  const theirs = thanks.sources.find((s) => s.note === mine.note)
  if (theirs === undefined) return null
  return sentenceOverlap(
    checkIn.body.slice(mine.start, mine.end),
    thanks.body.slice(theirs.start, theirs.end)
  )
}

/** Jaccard overlap of the content words of two sentences, 0 to 1. */
export function sentenceOverlap(left: string, right: string): number {
  const a = contentWords(left)
  const b = contentWords(right)
  const shared = [...a].filter((w) => b.has(w)).length
  return a.size + b.size - shared === 0 ? 0 : shared / (a.size + b.size - shared)
}

const STOP = new Set(
  'the a an and or of to in on at for with from by about as is are was were be been that this it its you your i my me we our us'.split(
    ' '
  )
)

function contentWords(text: string): Set<string> {
  return new Set(wordsOf(text.toLowerCase()).filter((w) => !STOP.has(w)))
}

function usableNotes(item: CorpusCase): number {
  return notesWithUse(item.context.notes).length - item.mustNotUse.length
}

function nameWords(context: CheckContext): Set<string> {
  const fields = [
    context.company,
    context.role,
    context.interviewer.name,
    context.candidate?.name ?? '',
    ...(context.otherInterviewers ?? [])
  ]
  return new Set(fields.flatMap((f) => f.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []))
}
