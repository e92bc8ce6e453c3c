/**
 * Small string helpers shared by the checks: accent- and case-folding that keeps UTF-16 offsets intact, a loose
 * stemmer for matching note words ("migrating" ~ "migration"), and an edit distance for names.
 */

const NON_ASCII = /[^\u0020-\u007E\s]/g
const CURLY_APOSTROPHE = /[\u2018\u2019\u02BC]/g

function foldChar(ch: string): string {
  if (ch === '\u2018' || ch === '\u2019' || ch === '\u02BC') return "'"
  const base = ch.normalize('NFD').charAt(0).toLowerCase()
  return base.length === 1 ? base : ch
}

/**
 * Lower-cases, strips accents and straightens apostrophes, one UTF-16 unit for one unit, so an offset found in
 * the folded text is the same offset in the original ("José" -> "jose", same length).
 */
export function fold(text: string): string {
  const folded = text.replace(NON_ASCII, foldChar).toLowerCase()
  // toLowerCase can grow a few exotic characters; fall back to a strictly per-unit map then.
  if (folded.length === text.length) return folded
  let out = ''
  for (const ch of text) {
    const one = foldChar(ch).toLowerCase()
    out += one.length === ch.length ? one : ch
  }
  return out
}

export function straightenApostrophes(text: string): string {
  return text.replace(CURLY_APOSTROPHE, "'")
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A word: letters/digits, with inner apostrophes or hyphens ("on-call", "don't"). */
export const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu

export function words(text: string): string[] {
  return text.match(WORD) ?? []
}

const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ions',
  'ion',
  'ers',
  'er',
  'ies',
  'ied',
  'ed',
  'es',
  'ly',
  's',
  'e',
  'y'
]

/**
 * A deliberately loose stemmer: strips one common suffix while keeping at least three letters. It only has to make
 * a note's words and a draft's words meet ("migrating", "migration", "migrate" -> "migrat").
 */
export function stem(word: string): string {
  const w = fold(word).replace(/'s$/, '')
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length)
  }
  return w
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions: "Jnae" is one edit from "Jane"). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0)
    row[0] = i
    rows.push(row)
  }
  const first = rows[0] as number[]
  for (let j = 0; j <= b.length; j++) first[j] = j
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[]
    const prev = rows[i - 1] as number[]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1)
      }
      row[j] = best
    }
  }
  return (rows[a.length] as number[])[b.length] as number
}

/** Keeps the capitalisation of the word being replaced ("Hey" -> "Hi", "hey" -> "hi"). */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0)
  if (!replacement || first.toLowerCase() === first.toUpperCase()) return replacement
  const head =
    first === first.toUpperCase() ? replacement.charAt(0).toUpperCase() : replacement.charAt(0).toLowerCase()
  return head + replacement.slice(1)
}
