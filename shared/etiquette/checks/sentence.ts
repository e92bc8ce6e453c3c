/** The sentence (or line) around an offset: from the previous ".", "!", "?" or line break to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !/[.!?\n]/.test(text.charAt(from - 1))) from--
  let to = end
  while (to < text.length && !/[.!?\n]/.test(text.charAt(to))) to++
  return text.slice(from, to)
}
