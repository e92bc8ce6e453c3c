/**
 * How alike two drafts are once names are set aside: Jaccard overlap of word trigrams. The composer uses it to
 * move away from a phrasing family when a draft to another interviewer of the same interview is already known.
 */
import { wordsOf } from './text'

/** The lower-cased words of the names, which the comparison sets aside. */
export function nameWords(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => wordsOf(name.toLowerCase())))
}

/** The word trigrams of a text, without the given words. */
export function trigrams(text: string, ignore: ReadonlySet<string>): Set<string> {
  const words = wordsOf(text.toLowerCase()).filter((word) => !ignore.has(word))
  const grams = new Set<string>()
  for (let i = 0; i + 2 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)
  return grams
}

/** 0 (nothing shared) to 1 (the same set). */
export function overlap(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const gram of left) if (right.has(gram)) shared++
  return shared / (left.size + right.size - shared)
}

/** 0 (nothing shared) to 1 (the same text), ignoring the given names (any case). */
export function draftSimilarity(a: string, b: string, names: readonly string[] = []): number {
  const ignore = nameWords(names)
  return overlap(trigrams(a, ignore), trigrams(b, ignore))
}
