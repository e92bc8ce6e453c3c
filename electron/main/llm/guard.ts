/**
 * The fact guard: a pure check that an LLM's proposal says nothing the user did not give it. Every link, e-mail
 * address, phone number, figure and name in the proposal must appear in what was sent (the draft for a polish,
 * the usable notes, the facts of the context); nothing of a private note may appear; the body keeps to the
 * composer's word limit, has no placeholders and no Markdown. The etiquette checker runs beside it (validate.ts).
 *
 * It reads words, not meaning: a paraphrased invention ("you promised me a second round") passes; see the README.
 */
import type { DraftKind } from '../../../shared/etiquette/contract'
import { COMPOSER_WORD_LIMITS, countWords } from '../../../shared/policy/index'
import { privateNotes, usableNotes, type LlmContext } from './notes'
import { factLines, type DraftText, type LlmMode } from './prompt'

export const REJECT_REASONS = [
  'empty',
  'too-long',
  'placeholder',
  'markdown',
  'invented-url',
  'invented-email',
  'invented-phone',
  'invented-figure',
  'invented-name',
  'other-company',
  'private-note',
  'etiquette'
] as const
export type RejectReason = (typeof REJECT_REASONS)[number]

export interface Rejection {
  reason: RejectReason
  detail: string
}

export interface GuardInput {
  mode: LlmMode
  kind: DraftKind
  context: LlmContext
  /** The draft that was sent for a polish. */
  draft?: DraftText
  proposal: DraftText
  /**
   * Whether a lower-case word is an ordinary dictionary word (the app's speller). Without it, a capitalised word
   * that opens a sentence counts as a name unless it is a common opener: a false alarm is safer than a miss.
   */
  isDictionaryWord?: (word: string) => boolean
}

const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>()"']+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|co|ai|app|example|info|biz|me|uk|de|fr)\b(?:\/[^\s<>()"']*)?/gi
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d/g
const FIGURE = /\d+(?:[.,]\d+)*/g
const PLACEHOLDER = /\[[^\]\n]{1,40}\]|\{\{?[^}\n]{1,40}\}?\}|<[A-Za-z _-]{1,30}>|\bX{3,}\b|\bTODO\b|\bTBD\b/g
const MARKDOWN = /\*\*[^*\n]+\*\*|__[^_\n]+__|^#{1,6}\s|^\s*[-*+]\s|\[[^\]\n]+\]\([^)\n]+\)|```/m
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’-]*/gu

/** Capitalised words that are never a name. */
const NEVER_NAMES = new Set(
  (
    'i monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december english hi hello dear thank thanks best regards kind warm ' +
    'warmest sincerely cheers yours many all'
  ).split(' ')
)
/** Ordinary sentence openers, used when no dictionary is at hand. */
const COMMON_OPENERS = new Set(
  (
    'a an the this that these those it its i we you your our my he she they their his her thank thanks ' +
    "thank-you it was is are am be been i’m i'm i’d i'd i'll i’ll if when while since as after before during " +
    'our talking hearing learning speaking meeting discussing having please let looking best kind warm many ' +
    'again also and but so yet or still what how why where who which there here one please do does did ' +
    "with without about for from in on at by to of sincerely regards cheers hello hi dear great it's it’s " +
    "i've i’ve we're we’re you're you’re thanks again all"
  ).split(' ')
)
/** Words too ordinary to tie a proposal to a private note. */
const STOP_WORDS = new Set(
  (
    'about above after again also because been before being below between both could does doing down during ' +
    'each from further have having here into just more most much only other over same should some such than ' +
    'that their them then there these they this those through under until very what when where which while ' +
    'will with would your yours ours mine them said told think thought really like want wants mention ' +
    'mentioned talk talked asked ask'
  ).split(' ')
)

const lower = (text: string) => text.toLowerCase()
const digitsOf = (text: string) => text.replace(/\D/g, '')
const wordsOf = (text: string) => new Set(lower(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])
const trimEnd = (text: string) => text.replace(/[.,;:!?)]+$/, '')

/** Everything the model was given: the text every fact in the proposal must come from. */
export function sourceText(input: Pick<GuardInput, 'mode' | 'context' | 'draft'>): string {
  const parts = [...factLines(input.context), ...usableNotes(input.context)]
  if (input.mode === 'polish' && input.draft) parts.push(input.draft.subject, input.draft.body)
  return parts.join('\n')
}

function matchesOf(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0])
}

/** Blanks out the given spans so later patterns do not see them twice (a phone's digits are not a figure). */
function without(text: string, pieces: readonly string[]): string {
  return pieces.reduce((rest, piece) => rest.split(piece).join(' '.repeat(piece.length)), text)
}

function inventedContacts(text: string, source: string): Rejection[] {
  const found: Rejection[] = []
  const sourceLower = lower(source)
  const emails = matchesOf(EMAIL, text)
  for (const email of emails)
    if (!sourceLower.includes(lower(email))) found.push({ reason: 'invented-email', detail: email })
  const rest = without(text, emails)
  const urls = matchesOf(URL, rest).map(trimEnd)
  for (const url of urls)
    if (!sourceLower.includes(lower(url))) found.push({ reason: 'invented-url', detail: url })
  const afterUrls = without(rest, urls)
  const sourceDigits = matchesOf(PHONE, source).map(digitsOf)
  const phones = matchesOf(PHONE, afterUrls).filter((p) => digitsOf(p).length >= 7)
  for (const phone of phones)
    if (!sourceDigits.includes(digitsOf(phone)))
      found.push({ reason: 'invented-phone', detail: phone.trim() })
  const sourceFigures = new Set(matchesOf(FIGURE, source))
  for (const figure of matchesOf(FIGURE, without(afterUrls, phones)))
    if (!sourceFigures.has(figure)) found.push({ reason: 'invented-figure', detail: figure })
  return found
}

function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd()
  return before === '' || /[.!?:\n"“]$/.test(before) || text.slice(0, index).endsWith('\n')
}

/**
 * Runs of capitalised words ("Mallory Stone") that appear nowhere in the source. In a Title Case subject line every
 * word is read as if it opened a sentence ("Thank You for Your Time" names no one).
 */
function inventedNames(input: GuardInput, text: string, source: string, titleCase = false): Rejection[] {
  const known = wordsOf(source)
  const names: string[] = []
  let run: { words: string[]; end: number } | null = null
  const flush = () => {
    if (run) names.push(run.words.join(' '))
    run = null
  }
  for (const match of text.matchAll(CAPITALISED)) {
    const word = match[0].replace(/['’]s$/, '')
    const key = lower(word)
    const index = match.index ?? 0
    const ordinary =
      known.has(key) ||
      NEVER_NAMES.has(key) ||
      /^i['’](?:d|m|ll|ve)$/.test(key) ||
      ((titleCase || atSentenceStart(text, index)) &&
        (COMMON_OPENERS.has(key) || (input.isDictionaryWord?.(key) ?? false)))
    const current: { words: string[]; end: number } | null = run
    if (ordinary) {
      flush()
      continue
    }
    if (current && text.slice(current.end, index) === ' ') current.words.push(word)
    else {
      flush()
      run = { words: [word], end: 0 }
    }
    if (run) run.end = index + match[0].length
  }
  flush()
  return [...new Set(names)].map((name) => ({ reason: 'invented-name', detail: name }))
}

function mentions(text: string, phrase: string): boolean {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return escaped !== '' && new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(text)
}

function otherPartiesNamed(input: GuardInput, text: string, source: string): Rejection[] {
  const found: Rejection[] = []
  for (const company of input.context.otherCompanies ?? [])
    if (mentions(text, company) && !mentions(source, company))
      found.push({ reason: 'other-company', detail: company })
  return found
}

/** A private note shows through its figures, or through its distinctive words (not in anything sent). */
function privateContent(input: GuardInput, text: string, source: string): Rejection[] {
  const sent = wordsOf(source)
  const proposalWords = wordsOf(text)
  const sourceFigures = new Set(matchesOf(FIGURE, source))
  const found: Rejection[] = []
  for (const note of privateNotes(input.context)) {
    const distinctive = [...wordsOf(note)].filter(
      (w) => w.length >= 4 && !/^\d/.test(w) && !STOP_WORDS.has(w) && !sent.has(w)
    )
    const shownWords = distinctive.filter((w) => proposalWords.has(w))
    const shownFigures = matchesOf(FIGURE, note).filter((f) => !sourceFigures.has(f) && text.includes(f))
    if (
      shownFigures.length > 0 ||
      (shownWords.length > 0 && shownWords.length >= Math.min(2, distinctive.length))
    )
      found.push({ reason: 'private-note', detail: [...shownWords, ...shownFigures].join(', ') })
  }
  return found
}

function formProblems(input: GuardInput): Rejection[] {
  const { body, subject } = input.proposal
  if (body.trim() === '') return [{ reason: 'empty', detail: 'The answer had no text.' }]
  const found: Rejection[] = []
  const words = countWords(body)
  const limit = COMPOSER_WORD_LIMITS[input.kind]
  if (words > limit) found.push({ reason: 'too-long', detail: `${words} words (at most ${limit})` })
  for (const slot of matchesOf(PLACEHOLDER, `${subject}\n${body}`))
    found.push({ reason: 'placeholder', detail: slot })
  const markdown = MARKDOWN.exec(`${subject}\n${body}`)
  if (markdown) found.push({ reason: 'markdown', detail: markdown[0].trim() })
  return found
}

/** Everything wrong with a proposal as far as facts and form go; an empty list means it may be shown as final. */
export function guardProposal(input: GuardInput): Rejection[] {
  const form = formProblems(input)
  if (form.some((r) => r.reason === 'empty')) return form
  const text = `${input.proposal.subject}\n${input.proposal.body}`
  const source = sourceText(input)
  // Placeholders are reported once, as placeholders, not again as invented names; links not again as names.
  const plainOf = (part: string) => {
    const noSlots = without(part, matchesOf(PLACEHOLDER, part))
    return without(noSlots, [...matchesOf(EMAIL, noSlots), ...matchesOf(URL, noSlots)])
  }
  const plain = without(text, matchesOf(PLACEHOLDER, text))
  const found = [
    ...form,
    ...inventedContacts(plain, source),
    ...inventedNames(input, plainOf(input.proposal.subject), source, true),
    ...inventedNames(input, plainOf(input.proposal.body), source),
    ...otherPartiesNamed(input, text, source),
    ...privateContent(input, text, source)
  ]
  const seen = new Set<string>()
  return found.filter((r) => {
    const key = `${r.reason}|${r.detail}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
