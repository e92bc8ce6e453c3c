/**
 * Small text helpers shared by the composer modules: hashing for stable variant choice, spacing (word counts
 * come from shared/policy, the one count every limit is measured with).
 */

/** FNV-1a over UTF-16 code units: stable across runs and platforms, so the same input picks the same phrasing. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The words of a text, in order, without punctuation. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []
}

/** Collapses runs of spaces, removes spaces before punctuation and makes sure one space follows a comma. */
export function tidySpacing(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:?!%)])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .replace(/,(?=[^\s\d])/g, ', ')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .trim()
}

/** Removes a word repeated right after itself ("the the"), which the checker flags as a slip. */
export function dropRepeatedWords(text: string): string {
  // "check-in in May" is not a repeat: a word after a hyphen is part of a compound.
  return text.replace(/(?<![\p{L}\p{N}-])(\p{L}+)(?:\s+\1)+(?![\p{L}\p{N}])/giu, '$1')
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "an" before a vowel letter, "a" otherwise: good enough for job titles ("an Engineering Manager"). */
export function indefiniteArticle(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}
