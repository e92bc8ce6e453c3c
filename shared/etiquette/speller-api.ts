/** What the checker needs from a spell checker (nspell fits; tests may pass a stub). */
export interface Speller {
  correct(word: string): boolean
  suggest(word: string): string[]
}
