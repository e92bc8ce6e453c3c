/**
 * Personalisation: the note must refer to the conversation (personal.missing), must not be the same text as the
 * notes to the other interviewers (personal.duplicate), and must greet the interviewer by name (personal.generic).
 */
import { expandedWords } from '../../language/shorthand'
import { fold, stem, words } from '../text/fold'
import { isSpecificWord, type ContextModel } from '../context-model'
import type { Doc } from '../doc'
import type { Report } from '../rules/define'

/** Stems of a note and of the draft meet when equal or when one is a long prefix of the other. */
function stemsMeet(noteStem: string, bodyStem: string): boolean {
  return (
    noteStem === bodyStem ||
    (noteStem.length >= 5 &&
      bodyStem.length >= 5 &&
      (bodyStem.startsWith(noteStem) || noteStem.startsWith(bodyStem)))
  )
}

function stemMatches(noteStem: string, bodyStems: ReadonlySet<string>): boolean {
  if (bodyStems.has(noteStem)) return true
  if (noteStem.length < 5) return false
  for (const s of bodyStems) if (stemsMeet(noteStem, s)) return true
  return false
}

const STEM_CACHE_LIMIT = 20000
/** Folded word -> stems of its specific pieces ("on-call" -> ["call"]); a draft re-uses the same few hundred words. */
const wordStems = new Map<string, readonly string[]>()

function stemsOf(word: string): readonly string[] {
  let stems = wordStems.get(word)
  if (stems === undefined) {
    const base = word.endsWith("'s") ? word.slice(0, -2) : word
    const pieces = base.includes('-') ? base.split('-') : [base]
    // Shorthand meets its spelled-out form: "a11y" in a note, "accessibility" in the draft (and the other way).
    const expansion = expandedWords(base)
    stems = [...pieces, ...expansion].filter(isSpecificWord).map(stem)
    if (wordStems.size >= STEM_CACHE_LIMIT) wordStems.clear()
    wordStems.set(word, stems)
  }
  return stems
}

/** Whether every one of `wanted` meets a stem of `bodyWords` (a check-in naming the role). */
export function mentionsAll(bodyWords: readonly string[], wanted: readonly string[]): boolean {
  const stems = new Set<string>()
  for (const w of bodyWords) for (const s of stemsOf(w)) stems.add(s)
  return wanted.every((s) => stemMatches(s, stems))
}

/**
 * Whether some stem of `bodyWords` (folded words) meets some note stem, stopping at the first that does (a good
 * note mentions one early).
 */
export function refersToNotes(
  bodyWords: readonly string[],
  notes: ReadonlyArray<{ stems: readonly string[] }>
): boolean {
  const noteStems = notes.flatMap((n) => n.stems)
  if (noteStems.length === 0) return false
  for (const w of bodyWords) {
    for (const s of stemsOf(w)) {
      for (const n of noteStems) if (stemsMeet(n, s)) return true
    }
  }
  return false
}

const DUPLICATE_THRESHOLD = 0.5
const MIN_WORDS = 12
/**
 * A shingle (three words in a row) is a number, not a joined string: each word gets a small id and the three ids
 * are packed into one safe integer, so building and comparing the sets allocates no strings. Ids are reset (and
 * cached sets dropped, by generation) when the table grows past half its range.
 */
const ID_BITS = 2 ** 17
const wordIds = new Map<string, number>()
let generation = 0
const shingleCache = new WeakMap<ContextModel, Map<string, { generation: number; set: Set<number> }>>()

function wordId(word: string): number {
  let id = wordIds.get(word)
  if (id === undefined) wordIds.set(word, (id = wordIds.size))
  return id
}

/**
 * Word 3-shingles of a note, with a short greeting line (five words or fewer) and every known name set aside.
 * `foldedWords` are the words of fold(text).
 */
function shingles(text: string, foldedWords: readonly string[], names: ReadonlySet<string>): Set<number> {
  if (wordIds.size > ID_BITS / 2) {
    wordIds.clear()
    generation++
  }
  // The first line of text.trim(); when it is short (a greeting), its words are the first words of the text.
  const trimmed = text.trimStart()
  const lineEnd = trimmed.indexOf('\n')
  const firstLine = lineEnd < 0 ? trimmed : trimmed.slice(0, lineEnd)
  const skip = words(firstLine).length <= 5 ? words(fold(firstLine)).length : 0
  const ids: number[] = []
  for (let i = skip; i < foldedWords.length; i++) {
    const w = foldedWords[i] as string
    if (!names.has(w)) ids.push(wordId(w))
  }
  const out = new Set<number>()
  if (ids.length < MIN_WORDS) return out
  for (let i = 0; i + 2 < ids.length; i++) {
    out.add(((ids[i] as number) * ID_BITS + (ids[i + 1] as number)) * ID_BITS + (ids[i + 2] as number))
  }
  return out
}

function cachedShingles(text: string, model: ContextModel): Set<number> {
  let byText = shingleCache.get(model)
  if (!byText) shingleCache.set(model, (byText = new Map()))
  const hit = byText.get(text)
  if (hit && hit.generation === generation) return hit.set
  if (byText.size > 200) byText.clear()
  const set = shingles(text, words(fold(text)), model.nameParts)
  byText.set(text, { generation, set })
  return set
}

export function similarity<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const s of a) if (b.has(s)) shared++
  return shared / (a.size + b.size - shared)
}

/** Who another draft greets, to name it in the message ("your note to Raj"). */
function addressee(doc: Doc, other: string): string {
  const firstLine = fold(other.trim().split('\n')[0] ?? '')
  const person = doc.model.otherPeople.find((p) => p.folded[0] && words(firstLine).includes(p.folded[0]))
  return person?.parts[0] ? `your note to ${person.parts[0]}` : 'another of your notes'
}

/** personal.duplicate: the most similar of the other drafts, when it is nearly the same text. */
export function checkDuplicate(doc: Doc, whole: (message: string) => void): void {
  {
    const others = doc.ctx.otherDrafts ?? []
    if (others.length === 0) return
    const mine = shingles(doc.body, doc.foldedWords, doc.model.nameParts)
    let best = 0
    let bestText = ''
    for (const other of others) {
      const score = similarity(mine, cachedShingles(other, doc.model))
      if (score > best) [best, bestText] = [score, other]
    }
    if (best < DUPLICATE_THRESHOLD) return
    whole(
      `This note is nearly the same as ${addressee(doc, bestText)} (${Math.round(best * 100)}% of its phrasing once names are set aside); give each interviewer a note of their own about what you discussed with them.`
    )
  }
}

/**
 * Salutations that name a function, not a person: "To whom it may concern", "Dear Sir or Madam", "Dear Hiring
 * Manager", "Dear Recruitment Team", "Dear Interview Panel", "Hi there", "Hello all", a bare "Greetings".
 */
const GENERIC_GREETING =
  /^(\s*)(to whom it may concern|dear\s+(?:sirs?|madam)(?:\s*(?:or|\/|and)\s*(?:sirs?|madam))?|(?:dear|hi|hello)\s+(?:the\s+)?(?:hiring|recruitment|recruiting|talent(?:\s+acquisition)?|selection|search|interview(?:ing)?|hr|human\s+resources|people|admissions)(?:\s+(?:manager|managers|team|committee|panel|department|lead|partner|group|officer))?|dear\s+(?:recruiters?|interviewers?|(?:the\s+)?team|(?:the\s+)?panel|(?:the\s+)?committee|colleagues?)|(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))\s+(?:there|all|everyone|everybody|team|folks)|greetings)(?![\p{L}])/iu

const NAME_FOLLOWS = /^[ \t]+\p{Lu}/u

/** personal.generic: an impersonal salutation although the interviewer's name is known. */
export function checkGenericGreeting(doc: Doc, report: Report): void {
  {
    const first = doc.model.interviewer.parts[0]
    const line = doc.firstLine
    if (!first || !line) return
    const m = GENERIC_GREETING.exec(line.text)
    // "Hey there Sam," / "Greetings Sam," name the person after all (the regex is case-insensitive, so test here).
    if (!m || NAME_FOLLOWS.test(line.text.slice(m[0].length))) return
    const lead = (m[1] ?? '').length
    const phrase = m[2] ?? ''
    const start = line.start + lead
    const salutation = /^(?:hi|hello|hey)\b/i.test(phrase) ? 'Hi' : 'Dear'
    report(
      'body',
      start,
      start + phrase.length,
      `“${phrase}” is impersonal when you know who you met; greet ${doc.model.interviewer.full} by name.`,
      `${salutation} ${first}`
    )
  }
}
