/**
 * How search compares text: case- and accent-insensitive ("jose" finds "José", "Muller" finds "Müller"), each word
 * of the query a substring of a word in the text. Shared by main's search index (which folds every record once)
 * and the renderer (which marks the matched words in what it shows), so both agree on what a match is.
 */

/** Combining marks, left alone after NFD splits "é" into "e" + "´". */
const MARKS = /\p{M}/gu
/** Letters NFD does not split (they are not a base letter plus a mark), and the final sigma. */
const LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ς: 'σ'
}
const SPECIAL = /[øłđðħıßæœþς]/g
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/

/** The text as search compares it: lower case, no accents. May differ in length from `text`. */
export function fold(text: string): string {
  // Most notes are plain ASCII: lower case is all there is to do (NFD is the slow part).
  if (ASCII.test(text)) return text.toLowerCase()
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL, (letter) => LETTERS[letter] ?? letter)
}

/** The folded text, and for each of its UTF-16 units the range of the original text it came from. */
export interface FoldedText {
  folded: string
  from: number[]
  to: number[]
}

/** Folds one character at a time, remembering where each folded unit came from (to mark hits in the original). */
export function foldWithOffsets(text: string): FoldedText {
  let folded = ''
  const from: number[] = []
  const to: number[] = []
  let at = 0
  for (const char of text) {
    const part = fold(char)
    folded += part
    for (let i = 0; i < part.length; i++) {
      from.push(at)
      to.push(at + char.length)
    }
    at += char.length
  }
  return { folded, from, to }
}

/** The query's words, folded, without repeats; whitespace separates words. */
export function queryWords(query: string): string[] {
  return [...new Set(fold(query).split(/\s+/).filter(Boolean))]
}

export interface TextRange {
  start: number
  end: number
}

/** Where the words occur in `text` (original offsets), sorted, overlaps merged: what the UI wraps in <mark>. */
export function matchRanges(text: string, words: readonly string[]): TextRange[] {
  const { folded, from, to } = foldWithOffsets(text)
  const ranges: TextRange[] = []
  for (const word of words) {
    if (!word) continue
    for (let i = folded.indexOf(word); i !== -1; i = folded.indexOf(word, i + 1)) {
      ranges.push({ start: from[i] ?? 0, end: to[i + word.length - 1] ?? text.length })
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: TextRange[] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

/** The text cut into plain and matched parts, in order (an empty list of words gives one plain part). */
export function splitByMatches(
  text: string,
  words: readonly string[]
): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = []
  let at = 0
  for (const { start, end } of matchRanges(text, words)) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false })
    parts.push({ text: text.slice(start, end), match: true })
    at = end
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false })
  return parts
}

/** A snippet is at most this many characters, the ellipses included. */
export const SNIPPET_MAX = 80
const ELLIPSIS = '…'

export interface Snippet {
  text: string
  /** The first hit, in the snippet's offsets. */
  hit: TextRange
}

/**
 * A short stretch of `text` around the first hit of any of the words (whitespace collapsed, cut at word boundaries
 * where possible, "…" where cut), never longer than SNIPPET_MAX. With no hit, the start of the text.
 */
export function snippetAround(text: string, words: readonly string[], max = SNIPPET_MAX): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim()
  const first = matchRanges(flat, words)[0] ?? { start: 0, end: 0 }
  if (flat.length <= max) return { text: flat, hit: first }
  const hitLength = Math.min(first.end - first.start, max - 2)
  // Some context before the hit (about a third of the room), then as much after as fits.
  let start = Math.max(0, first.start - Math.floor((max - hitLength) / 3))
  const space = flat.lastIndexOf(' ', start)
  if (start > 0 && space !== -1 && first.start - space < max / 2) start = space + 1
  const room = max - (start > 0 ? 1 : 0)
  let end = Math.min(flat.length, start + room)
  if (end < flat.length) {
    end = start + room - 1 // room for the closing ellipsis
    const cut = flat.lastIndexOf(' ', end)
    if (cut > first.start + hitLength) end = cut
  }
  const prefix = start > 0 ? ELLIPSIS : ''
  const suffix = end < flat.length ? ELLIPSIS : ''
  const body = flat.slice(start, end).trimEnd()
  const hitStart = prefix.length + first.start - start
  return {
    text: `${prefix}${body}${suffix}`,
    hit: { start: hitStart, end: Math.min(hitStart + hitLength, prefix.length + body.length) }
  }
}
