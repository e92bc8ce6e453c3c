/**
 * The offline draft composer: journal context in, a ready-to-send thank-you or follow-up out, with no network and
 * no model. Contract: docs/composer.md (v2). Every draft it writes is meant to pass the
 * etiquette checker (`shared/etiquette`) with no error and no warning.
 */
import type { CheckContext, ComposedDraft, ComposeInput } from '../etiquette/contract'
import { assembleBody, signOffParagraph, type Sentence } from './assemble'
import { cleanAvailability } from './availability'
import { callbackTopic } from './callback'
import { chooseNotes, leftOutNotes, type UsableNote } from './choose'
import { MAX_NOTE_WORDS, shorten } from './clean-note'
import type { NoteSpeller } from './note-spelling'
import { salutationName, signatureName } from './names'
import {
  DEFAULT_FAMILY,
  FAMILIES,
  fill,
  checkInNoteSentence,
  thankYouNoteSentences,
  type Family
} from './phrasing'
import { nameWords, overlap, trigrams } from './similarity'
import { COMPOSER_WORD_LIMITS, countWords } from '../policy'
import { indefiniteArticle, stableHash } from './text'

export { cleanNote } from './clean-note'
export type { CleanNote } from './clean-note'
export { draftSimilarity } from './similarity'

/** The composer's word limits and word count are the policy's own objects (below the checker's limits). */
export { COMPOSER_WORD_LIMITS, countWords } from '../policy'

/** Above this overlap with a known draft to another interviewer, the next phrasing family is tried. */
const MAX_SIMILARITY = 0.3

export type { NoteSpeller } from './note-spelling'
export { proposeUse } from '../note-use/classify-use'

export interface ComposeOptions {
  /** Corrects typos in notes (nspell in main and the CLIs); without one, notes are taken as typed. */
  speller?: NoteSpeller
}

/** A thank-you mentions up to three notes; weaker ones only when they still say something (score ≥ 0). */
const MAX_THANK_YOU_NOTES = 3

export function compose(input: ComposeInput, options: ComposeOptions = {}): ComposedDraft {
  const { kind, context } = input
  const { order } = familyOrder(context)
  const choice = chooseNotes(context, { kind, speller: options.speller })
  const notes = choice.ranked
    .filter((note, position) => position === 0 || note.score >= 0)
    .slice(0, kind === 'thank-you' ? MAX_THANK_YOU_NOTES : 1)
  const noteCount = (context.notes ?? []).length
  const withLeftOut = (draft: Omit<ComposedDraft, 'leftOut'>): ComposedDraft => ({
    ...draft,
    leftOut: leftOutNotes(noteCount, new Set(draft.sources.map((s) => s.note)), choice.excluded)
  })
  const names = [
    context.interviewer.name,
    ...(context.otherInterviewers ?? []),
    context.candidate?.name ?? ''
  ]
  // A check-in with nothing new to mention refers back, briefly and in other words, to what was already said.
  const callback = kind === 'check-in' && notes.length === 0 ? firstCallback(choice.said) : null
  const write = (family: Family): ComposedDraft =>
    withLeftOut(
      kind === 'thank-you' ? thankYou(context, family, notes) : followUp(context, family, notes, callback)
    )
  // Try the families in order; keep the first draft far enough from every known draft to a colleague, else the
  // one closest to being far enough.
  const ignore = nameWords(names)
  // Drafts to colleagues and the messages already sent to this person: a new draft must not read like either.
  const known = [...(context.otherDrafts ?? []), ...(context.previousMessages ?? [])]
  const others = known.map((other) => trigrams(other, ignore))
  let best: { draft: ComposedDraft; score: number } | null = null
  for (const family of order) {
    const draft = write(family)
    if (others.length === 0) return draft
    const mine = trigrams(draft.body, ignore)
    const score = Math.max(...others.map((other) => overlap(mine, other)))
    if (score <= MAX_SIMILARITY) return draft
    if (best === null || score < best.score) best = { draft, score }
  }
  return best === null ? write(DEFAULT_FAMILY) : best.draft
}

/**
 * The phrasing families to try, best first, and this interviewer's rank among everyone met for the application.
 * Ranking the sorted names gives each interviewer of one interview a different family (while there are enough),
 * and the same input always gives the same choice.
 */
function familyOrder(context: CheckContext): { order: Family[]; rank: number } {
  const normalize = (name: string): string => name.normalize('NFC').trim().toLowerCase()
  const self = normalize(context.interviewer.name)
  const everyone = [...new Set([self, ...(context.otherInterviewers ?? []).map(normalize)])]
    .filter((name) => name !== '')
    .sort()
  const rank = Math.max(0, everyone.indexOf(self))
  const first = (stableHash(everyone.join('|')) + rank) % FAMILIES.length
  const order = FAMILIES.map((_family, i) => FAMILIES[(first + i) % FAMILIES.length] ?? DEFAULT_FAMILY)
  return { order, rank }
}

function slots(context: CheckContext): Record<string, string> {
  const role = context.role.trim().replace(/\s+(?:role|position|opening)$/i, '')
  return { role, company: context.company.trim() }
}

/** "Hi Luz María," or, for a doctor or professor, "Dear Dr. Solberg," unless the user greets by first name. */
function greeting(context: CheckContext, family: Family): Sentence[] {
  const { name, titled } = salutationName(
    context.interviewer.name,
    context.candidate?.greetByFirstName === true
  )
  return [{ text: `${titled ? 'Dear' : family.greeting} ${name},` }]
}

/** The availability sentence, when the interviewer asked for it and the candidate gave some. */
function availabilitySentence(context: CheckContext, family: Family): Sentence[] {
  if (context.availabilityRequested !== true) return []
  const availability = cleanAvailability(context.candidate?.availability)
  if (availability === null) return []
  if (availability.ownSentence) return [{ text: `${availability.phrase}.` }]
  // "I am free on Tuesday": a day name after "free" or "available" needs its preposition.
  const phrase = availability.phrase.replace(
    /^(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekday|the \d))/,
    'on '
  )
  return [{ text: fill(family.availability, { av: phrase }) }]
}

/** Shortens every note so a draft with several long notes still fits the word limit. */
function shortened(notes: readonly UsableNote[], maxWords: number): UsableNote[] {
  return notes.map(({ index, note, score }) => {
    if (note.kind === 'question') {
      const answer = note.answer === null ? null : shorten(note.answer, Math.min(maxWords, 14))
      return { index, score, note: { ...note, answer } }
    }
    return { index, score, note: { ...note, text: shorten(note.text, maxWords) } }
  })
}

function thankYou(
  context: CheckContext,
  family: Family,
  notes: readonly UsableNote[]
): Omit<ComposedDraft, 'leftOut'> {
  const values = slots(context)
  const title = (context.interviewer.title ?? '').trim()
  const titleSentence: Sentence[] =
    notes.length === 0 && /^[\p{L}][\p{L}\p{N} &,/-]*$/u.test(title)
      ? [{ text: fill(family.title, { title: `${indefiniteArticle(title)} ${title}` }) }]
      : []
  // Fewer and shorter notes until the draft fits: three notes in full first, none at the very end.
  const attempts: [[number, number], ...Array<[number, number]>] = [
    [3, MAX_NOTE_WORDS],
    [3, 14],
    [2, 14],
    [1, 14],
    [0, 0]
  ]
  return firstWithinLimit(attempts, COMPOSER_WORD_LIMITS['thank-you'], ([count, maxWords]) => {
    const used = shortened(notes.slice(0, count), maxWords)
    const noteSentences = thankYouNoteSentences(
      used.map(({ note }) => note),
      family,
      titleSentence.length > 0 ? family.title : family.thankYouOpening
    )
    const { body, sources } = assembleBody([
      greeting(context, family),
      [
        { text: fill(family.thankYouOpening, values) },
        ...titleSentence,
        ...noteSentences.map((text, position) => ({ text, note: used[position]?.index }))
      ],
      [{ text: fill(family.interest, values) }, ...availabilitySentence(context, family)],
      [{ text: family.questions }],
      signOffParagraph(family.signOff, signatureName(context.candidate?.name))
    ])
    return { subject: fill(family.thankYouSubject, values), body, sources }
  })
}

/** The best note already said that has a short name to refer back to. */
function firstCallback(said: readonly UsableNote[]): Callback | null {
  for (const { index, note } of said) {
    const topic = callbackTopic(note)
    if (topic !== null) return { index, topic }
  }
  return null
}

interface Callback {
  index: number
  topic: string
}

function followUp(
  context: CheckContext,
  family: Family,
  notes: readonly UsableNote[],
  callback: Callback | null
): Omit<ComposedDraft, 'leftOut'> {
  const values = slots(context)
  return firstWithinLimit([MAX_NOTE_WORDS, 14, 0], COMPOSER_WORD_LIMITS['check-in'], (maxWords) => {
    const used = maxWords === 0 ? [] : shortened(notes.slice(0, 1), maxWords)
    const back =
      maxWords === 0 || callback === null
        ? []
        : [{ text: fill(family.callback, { x: callback.topic }), note: callback.index }]
    const { body, sources } = assembleBody([
      greeting(context, family),
      [
        { text: family.checkInOpening },
        { text: fill(family.checkInThanks, values) },
        ...used.map(({ index, note }) => ({ text: checkInNoteSentence(note, family), note: index })),
        ...back,
        { text: family.checkIn }
      ],
      [{ text: fill(family.checkInClose, values) }, ...availabilitySentence(context, family)],
      signOffParagraph(family.signOff, signatureName(context.candidate?.name))
    ])
    return { subject: fill(family.checkInSubject, values), body, sources }
  })
}

/** The first attempt whose body is within the word limit, else the last attempt (the shortest). */
function firstWithinLimit<T>(
  attempts: readonly [T, ...T[]],
  limit: number,
  build: (attempt: T) => Omit<ComposedDraft, 'leftOut'>
): Omit<ComposedDraft, 'leftOut'> {
  let draft = build(attempts[0])
  for (const attempt of attempts.slice(1)) {
    if (countWords(draft.body) <= limit) return draft
    draft = build(attempt)
  }
  return draft
}
