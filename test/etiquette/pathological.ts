/**
 * Inputs that make backtracking regexes blow up: long runs of one kind of character, with no match at the end.
 * The checker runs in main on every keystroke, so each must be checked in time linear in its length. Used by the
 * property test (shared/etiquette/pathological.test.ts) and by `npm run bench` (check.worst_case_ms).
 */
export const PATHOLOGICAL_LENGTH = 20_000

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

/** Named text builders: each returns `length` characters of one troublesome pattern. */
export const PATHOLOGICAL_PATTERNS: Record<string, (length: number) => string> = {
  capitals: (n) => repeat('A', n),
  'capitals with spaces': (n) => repeat('A ', n),
  'capitalised words': (n) => repeat('Ab. ', n),
  dots: (n) => repeat('.', n),
  spaces: (n) => repeat(' ', n),
  brackets: (n) => repeat('([{', n),
  urls: (n) => repeat('https://a.example/', n),
  'www dots': (n) => repeat('www.a', n),
  'domain labels': (n) => repeat('a.', n),
  'at signs': (n) => repeat('a@', n),
  'one long word': (n) => repeat('a', n),
  'hyphens and apostrophes': (n) => repeat("A-'", n),
  digits: (n) => repeat('1', n)
}
