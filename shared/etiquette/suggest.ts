/**
 * Spelling suggestions, on demand only (a hover or a click, never a keystroke). nspell.suggest() is quick when a
 * word is one edit away from a dictionary word, but takes 100–330 ms on proper nouns and compounds, where it falls
 * back to two edits. So we first probe for one-edit candidates with correct() (cheap, bounded by the word length)
 * and call suggest() only when one exists; otherwise we offer a split ("alot" -> "a lot") or nothing.
 */
import type { Speller } from './speller-api'

const MAX_SUGGESTIONS = 5
const MAX_LENGTH = 24
const CACHE_LIMIT = 2000
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
const caches = new WeakMap<Speller, Map<string, string[]>>()

function oneEditCandidates(word: string, speller: Speller): string[] {
  const found = new Set<string>()
  const test = (w: string): void => {
    if (w && w !== word && speller.correct(w)) found.add(w)
  }
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail) test(head + tail.slice(1)) // deletion
    if (tail.length > 1) test(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2)) // transposition
    for (const c of LETTERS) {
      if (tail) test(head + c + tail.slice(1)) // substitution
      test(head + c + tail) // insertion
    }
  }
  return [...found]
}

/**
 * Whether a word the dictionary lacks is one edit away from a word it has ("recieved" -> "received"): the shape
 * of a typo, where jargon and product names ("planogram", "xgboost") are usually further from any word.
 */
export function looksLikeTypo(speller: Speller, word: string): boolean {
  const lower = word.toLowerCase()
  if (lower.length < 4 || lower.length > MAX_LENGTH) return false
  const test = (w: string): boolean => w !== lower && speller.correct(w)
  for (let i = 0; i <= lower.length; i++) {
    const head = lower.slice(0, i)
    const tail = lower.slice(i)
    if (tail && test(head + tail.slice(1))) return true
    if (tail.length > 1 && test(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2))) return true
    for (const c of LETTERS) {
      if (tail && test(head + c + tail.slice(1))) return true
      if (test(head + c + tail)) return true
    }
  }
  return false
}

function splits(word: string, speller: Speller): string[] {
  const out: string[] = []
  for (let i = 1; i < word.length; i++) {
    const a = word.slice(0, i)
    const b = word.slice(i)
    if (
      (a.length > 1 || a === 'a' || a === 'i') &&
      b.length > 1 &&
      speller.correct(a) &&
      speller.correct(b)
    ) {
      out.push(`${a} ${b}`)
    }
  }
  return out
}

function compute(speller: Speller, word: string): string[] {
  if (!word || word.length > MAX_LENGTH || /[^\p{L}'\u2019-]/u.test(word) || speller.correct(word)) return []
  // CamelCase and ALL-CAPS words are product names and acronyms: nothing useful to suggest, and slow.
  if (/\p{Ll}\p{Lu}/u.test(word) || word === word.toUpperCase()) return []
  const capitalised = word.charAt(0) !== word.charAt(0).toLowerCase()
  const lower = word.toLowerCase()
  const recase = (s: string): string => (capitalised ? s.charAt(0).toUpperCase() + s.slice(1) : s)
  const split = splits(lower, speller) // "alot" -> "a lot", "thankyou" -> "thank you": usually what was meant
  const near = oneEditCandidates(lower, speller)
  if (near.length === 0) return split.slice(0, MAX_SUGGESTIONS).map(recase)
  const merged = [...new Set([...split, ...speller.suggest(lower), ...near])]
  return merged.slice(0, MAX_SUGGESTIONS).map(recase)
}

/** Up to five suggestions for a misspelled word; cached per speller, bounded work per word. */
export function suggestSpelling(speller: Speller, word: string): string[] {
  let cache = caches.get(speller)
  if (!cache) caches.set(speller, (cache = new Map()))
  const hit = cache.get(word)
  if (hit) return [...hit]
  const result = compute(speller, word)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, result)
  return [...result]
}
