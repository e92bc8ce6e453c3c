/**
 * Composes every draft of the v2 corpus and judges it the way the tests do: the project's own checker (errors and
 * warnings), Harper (an independent grammar checker), no sensitive or private note content, no shorthand left, the
 * chosen notes referred to. Shared by the corpus test and by a script that prints the findings while working.
 */
import { Dialect, LocalLinter } from 'harper.js'
import { binary } from 'harper.js/binary'
import { loadSpeller } from '../../electron/main/etiquette/speller'
import { check, type Speller } from '../../shared/etiquette/index'
import { notesWithUse, type CheckContext, type DraftKind } from '../../shared/etiquette/contract'
import { compose } from '../../shared/compose/index'
import { lookupShorthand } from '../../shared/language/shorthand'
import type { CorpusCase } from './corpus-v2'

/** The referees of composed text, loaded once per test file: the app's speller and Harper (American English). */
export async function loadReferees(): Promise<{ speller: Speller; harper: LocalLinter }> {
  const harper = new LocalLinter({ binary, dialect: Dialect.American })
  await harper.setup()
  return { speller: await loadSpeller(), harper }
}

export const KINDS: readonly DraftKind[] = ['thank-you', 'check-in']

/** Harper lint kinds that count as grammar, agreement, article, capitalisation or punctuation problems. */
const HARPER_KINDS = new Set([
  'Agreement',
  'BoundaryError',
  'Capitalization',
  'Formatting',
  'Grammar',
  'Punctuation',
  'Repetition',
  'Miscellaneous',
  'WordChoice',
  'Usage',
  'Typo'
])

/**
 * Harper lints judged wrong on correct English, each by its flagged text and the start of its message, with why:
 * - "what you want cut": "want" + object + past participle is standard ("the waste you want cut"), no "to" needed.
 * - "self-checkout lanes": "checkout" is the noun here, not the phrasal verb "check out".
 * - "moving to monthly": "to" is the preposition, not "too".
 */
const HARPER_FALSE_POSITIVES: ReadonlyArray<readonly [string, string]> = [
  ['want', 'Insert `to` to complete the infinitive'],
  ['checkout', 'This word should be a phrasal verb'],
  ['to', 'Use `too` here']
]

function harperFalsePositive(text: string, message: string, body: string, start: number): boolean {
  return HARPER_FALSE_POSITIVES.some(
    ([flagged, prefix]) =>
      text === flagged &&
      message.startsWith(prefix) &&
      (flagged !== 'want' || /^want \p{L}+ed\b|^want cut\b/u.test(body.slice(start))) &&
      (flagged !== 'to' || /^to (?:monthly|weekly|quarterly|daily)\b/.test(body.slice(start)))
  )
}

/** The context as the composer sees it for one kind (timing set so the timing rules are quiet). */
export function contextFor(kind: DraftKind, context: CheckContext): CheckContext {
  if (kind === 'thank-you') return context
  return { ...context, now: '2026-03-12T10:00:00Z', lastContactAt: '2026-03-04T10:00:00Z' }
}

export interface Verdict {
  body: string
  problems: string[]
}

export async function judge(
  item: CorpusCase,
  kind: DraftKind,
  speller: Speller,
  harper: LocalLinter,
  previousMessages: string[] = []
): Promise<Verdict> {
  const context = { ...contextFor(kind, item.context), previousMessages }
  const draft = compose({ kind, context }, { speller })
  const problems: string[] = []
  const to = item.channel === 'handwritten' ? '' : (context.interviewer.contacts?.[0] ?? '')
  const findings = check(
    { draft: { kind, channel: item.channel, to, subject: draft.subject, body: draft.body }, context },
    { speller }
  )
  for (const f of findings) {
    if (f.severity === 'info') continue
    const text = f.field === 'body' ? draft.body.slice(f.start, f.end) : ''
    problems.push(`checker ${f.rule} “${text}”: ${f.message}`)
  }
  const names = nameWords(context)
  for (const lint of await harper.lint(draft.body)) {
    const kindName = lint.lint_kind()
    if (!HARPER_KINDS.has(kindName)) continue
    const span = lint.span()
    // Spelling and casing of names aside: Harper does not know people's names ("Sam" is not "SAM").
    const flagged = draft.body.slice(span.start, span.end)
    if (names.has(flagged.trim().toLowerCase())) continue
    if (harperFalsePositive(flagged, lint.message(), draft.body, span.start)) continue
    problems.push(`harper ${kindName} “${draft.body.slice(span.start, span.end)}”: ${lint.message()}`)
  }
  problems.push(...leaks(item, draft.body, names))
  problems.push(...shorthandLeft(draft.body))
  const used = new Set(draft.sources.map((s) => s.note))
  for (const index of item.mustNotUse) if (used.has(index)) problems.push(`used must-not-use note ${index}`)
  const noteCount = notesWithUse(context.notes).length
  if (
    draft.sources.length + draft.leftOut.length < noteCount &&
    used.size + draft.leftOut.length !== noteCount
  )
    problems.push('leftOut does not account for every unused note')
  return { body: draft.body, problems }
}

/** Distinctive words of a must-not-use note found in the body. */
export function leaks(item: CorpusCase, body: string, names: ReadonlySet<string>): string[] {
  const notes = notesWithUse(item.context.notes)
  const lower = body.toLowerCase()
  const out: string[] = []
  for (const index of item.mustNotUse) {
    const words = (notes[index]?.text.toLowerCase().match(/[a-z0-9]{5,}/g) ?? []).filter(
      (w) => !COMMON.has(w) && !names.has(w)
    )
    const hits = words.filter((w) => new RegExp(`\\b${w}\\b`).test(lower))
    if (words.length > 0 && hits.length / words.length >= 0.5)
      out.push(`note ${index} leaks: ${hits.join(', ')}`)
  }
  return out
}

/** Words of the names, company and role in a context, lower case. */
function nameWords(context: CheckContext): Set<string> {
  const fields = [context.company, context.role, context.interviewer.name, context.candidate?.name ?? '']
  return new Set(fields.flatMap((f) => f.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []))
}

const COMMON = new Set(['their', 'about', 'there', 'would', 'which', 'after', 'being', 'every', 'thank'])

function shorthandLeft(body: string): string[] {
  const out: string[] = []
  for (const word of body.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const entry = lookupShorthand(word)
    if (entry && !entry.ambiguous && word === word.toLowerCase()) out.push(`shorthand left: ${word}`)
    if (/^\d+(?:wk|wks|mo|mos|yr|yrs|hr|hrs|d)$/i.test(word)) out.push(`glued count left: ${word}`)
  }
  if (/->|=>|\s=\s|\s~\d|\(!\)/.test(body)) out.push('symbol used as a word')
  return out
}
