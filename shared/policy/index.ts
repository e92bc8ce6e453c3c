/**
 * The follow-up guide's numbers, defined once. The etiquette checker, the reminder policy, the offline composer and
 * the LLM prompt all import them from here, so a change to the etiquette is one edit (a test shows that the checker
 * and the policy see the very same values).
 */

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS

/** Thank each interviewer within this long of the interview's end. */
export const THANK_YOU_WINDOW_MS = DAY_MS
/** After this long a missed thank-you is no longer reminded (a late note can still be written by hand). */
export const THANK_YOU_GIVE_UP_MS = 7 * DAY_MS
/** A check-in only after this much silence since the last contact. */
export const CHECK_IN_SILENCE_MS = 7 * DAY_MS
/** Never more than this many unanswered check-ins to one person for one application. */
export const MAX_UNANSWERED_CHECK_INS = 2

/** The two kinds of message, as the word limits key them. */
export type MessageKind = 'thank-you' | 'check-in'

/** Above these the checker warns (`length.too-long`). */
export const CHECKER_WORD_LIMITS: Readonly<Record<MessageKind, number>> = {
  'thank-you': 200,
  'check-in': 150
}
/** What the composer and the LLM aim for: below the checker's limits, so a composed draft never trips that rule. */
export const COMPOSER_WORD_LIMITS: Readonly<Record<MessageKind, number>> = {
  'thank-you': 180,
  'check-in': 120
}

/** A word: letters or digits, with inner apostrophes or hyphens ("don't", "check-in" count once). */
const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu

/** The one word count every limit above is measured with. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}
