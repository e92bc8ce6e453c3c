/**
 * Typos in a note are corrected before it is phrased ("recieved" → "received"), with the same kind of speller the
 * checker takes (nspell in main and the CLIs; none in a bare call, where notes are taken as typed). A word the
 * speller neither knows nor can correct with confidence makes the note unusable: a draft must not carry a word the
 * checker would mark as a misspelling. Names from the context and the user's dictionary are always fine.
 */
import { lookupShorthand } from '../language/shorthand'
import { COMMON_SHORT } from './casing'
import { WEEKDAY_ABBREVIATIONS } from './shorthand'

export interface NoteSpeller {
  correct(word: string): boolean
  suggest(word: string): string[]
}

const WORD = /[\p{L}]+(?:['’][\p{L}]+)*/gu

/** The note with its typos corrected, or null when a word is unknown and has no confident correction. */
export function correctNoteSpelling(
  text: string,
  speller: NoteSpeller | undefined,
  known: ReadonlySet<string>
): string | null {
  if (!speller) return text
  let failed = false
  const out = text.replace(WORD, (word, offset: number) => {
    if (failed) return word
    if (isShouted(speller, word)) return word.toLowerCase()
    if (skip(word, known, text, offset)) return word
    if (isCorrect(speller, word)) return word
    const fix = cachedCorrection(speller, word.toLowerCase())
    if (fix === null) {
      failed = true
      return word
    }
    return word[0] === word[0]?.toUpperCase() ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix
  })
  return failed ? null : out
}

/** Acronyms that spell an English word, kept in capitals ("CAD drawings", "SAFe" written "SAFE"). */
const ACRONYM_WORDS = new Set([
  'CAD',
  'PACE',
  'SAFE',
  'DOT',
  'ACT',
  'SAT',
  'REST',
  'AIM',
  'CARE',
  'NICE',
  'LEAD'
])

/** A word typed in capitals for emphasis ("BIG on safety", "write AND read"): an ordinary word, so lower case. */
function isShouted(speller: NoteSpeller, word: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(word) || ACRONYM_WORDS.has(word)) return false
  // Short capitals are usually acronyms ("ARR", "ICU") unless they are the commonest words ("BIG", "AND", "IS").
  const lower = word.toLowerCase()
  return word.length <= 3 ? COMMON_SHORT.has(lower) : speller.correct(lower)
}

/** nspell's suggest() takes milliseconds per word: a note's corrections are remembered per speller. */
const corrections = new WeakMap<NoteSpeller, Map<string, string | null>>()

function cachedCorrection(speller: NoteSpeller, lower: string): string | null {
  let cache = corrections.get(speller)
  if (!cache) corrections.set(speller, (cache = new Map()))
  const known = cache.get(lower)
  if (known !== undefined) return known
  const fix = confidentCorrection(speller, lower)
  cache.set(lower, fix)
  return fix
}

/** Words the speller is not asked about: names, shorthand (spelled out later), acronyms, tokens with digits. */
function skip(word: string, known: ReadonlySet<string>, text: string, offset: number): boolean {
  const lower = word.toLowerCase()
  if (word.length <= 2 || known.has(lower) || lookupShorthand(lower) !== undefined) return true
  if (WEEKDAY_ABBREVIATIONS[lower] !== undefined) return true
  // Acronyms and CamelCase ("SRE", "GraphQL", "iOS"), and words glued to digits ("k8s", "1wk").
  if (/\p{Lu}/u.test(word.slice(1))) return true
  const around = text.slice(Math.max(0, offset - 1), offset + word.length + 1)
  return /\d/.test(around)
}

function isCorrect(speller: NoteSpeller, word: string): boolean {
  const lower = word.toLowerCase()
  if (speller.correct(word) || speller.correct(lower)) return true
  // A possessive or plural of a known word ("team's", "ETAs").
  const base = lower.replace(/['’]s$/, '')
  return base !== lower && speller.correct(base)
}

/** The speller's first suggestion when it is a near miss (same first letter, at most two edits). */
function confidentCorrection(speller: NoteSpeller, lower: string): string | null {
  if (lower.length < 4) return null
  for (const suggestion of speller.suggest(lower).slice(0, 3)) {
    if (suggestion[0] !== lower[0] || /\s|\p{Lu}/u.test(suggestion)) continue
    if (editDistance(lower, suggestion) <= 2 && typoShaped(lower, suggestion)) return suggestion
  }
  return null
}

/**
 * A typing slip, not another word: the same letters in another order ("recieved"), a letter doubled or dropped
 * ("occured"), or a vowel for a vowel ("seperate"). "recert" → "revert" swaps one consonant for another: not a
 * typo but shorthand, so it is not "corrected".
 */
function typoShaped(word: string, fix: string): boolean {
  const sorted = (w: string): string => [...w].sort().join('')
  if (sorted(word) === sorted(fix)) return true
  if (Math.abs(word.length - fix.length) === 1) return true
  // A vowel for a vowel in a short word is as likely another word or a foreign one ("bono" is not "bone").
  if (word.length !== fix.length || word.length < 6) return false
  const diffs = [...word].map((c, i) => [c, fix[i] ?? ''] as const).filter(([a, b]) => a !== b)
  return diffs.every(([a, b]) => /[aeiouy]/.test(a) && /[aeiouy]/.test(b))
}

/** Damerau-Levenshtein distance (optimal string alignment): a swapped pair of letters is one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_r, i) =>
    Array.from({ length: b.length + 1 }, (_c, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const row = rows[i] as number[]
      const up = rows[i - 1] as number[]
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1)
      row[j] = best
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0
}
