/**
 * The guide's numbers as the checker uses them: re-exported from shared/policy, never restated, so the checker,
 * the reminders and the composer cannot drift apart (policy-numbers.test.ts shows they are the same objects).
 */
export {
  CHECK_IN_SILENCE_MS,
  CHECKER_WORD_LIMITS,
  countWords,
  DAY_MS,
  HOUR_MS,
  MAX_UNANSWERED_CHECK_INS,
  THANK_YOU_WINDOW_MS
} from '../policy'
