/**
 * One source per number: the reminder policy and the LLM prompt use shared/policy's very values, not copies
 * (toBe: the same object or number, so a change in shared/policy reaches them all).
 */
import { describe, expect, it } from 'vitest'
import * as followUp from '../followup'
import * as followUpPolicy from '../followup/policy'
import { buildSystemPrompt } from '../../electron/main/llm/prompt'
import {
  CHECK_IN_SILENCE_MS,
  COMPOSER_WORD_LIMITS,
  countWords,
  DAY_MS,
  MAX_UNANSWERED_CHECK_INS,
  THANK_YOU_GIVE_UP_MS,
  THANK_YOU_WINDOW_MS
} from '.'

describe('shared/policy is the one source of the guide numbers', () => {
  it('the follow-up policy exports the very same numbers (from policy.ts and from the module index)', () => {
    for (const module of [followUpPolicy, followUp]) {
      expect(module.THANK_YOU_WINDOW_MS).toBe(THANK_YOU_WINDOW_MS)
      expect(module.THANK_YOU_GIVE_UP_MS).toBe(THANK_YOU_GIVE_UP_MS)
      expect(module.CHECK_IN_SILENCE_MS).toBe(CHECK_IN_SILENCE_MS)
      expect(module.MAX_UNANSWERED_CHECK_INS).toBe(MAX_UNANSWERED_CHECK_INS)
    }
  })

  it('the LLM prompt states the composer word limits for both modes and kinds', () => {
    for (const mode of ['write', 'polish'] as const) {
      for (const kind of ['thank-you', 'check-in'] as const) {
        expect(buildSystemPrompt(mode, kind)).toContain(`At most ${COMPOSER_WORD_LIMITS[kind]} words`)
      }
    }
  })

  it('holds the guide values: a day to thank, a week of silence, two unanswered check-ins', () => {
    expect(THANK_YOU_WINDOW_MS).toBe(DAY_MS)
    expect(CHECK_IN_SILENCE_MS).toBe(7 * DAY_MS)
    expect(THANK_YOU_GIVE_UP_MS).toBeGreaterThan(THANK_YOU_WINDOW_MS)
    expect(MAX_UNANSWERED_CHECK_INS).toBe(2)
  })

  it('counts a word with an inner apostrophe or hyphen once', () => {
    expect(countWords("Thanks, I don't mind a follow-up chat on 3 May.")).toBe(10)
    expect(countWords('   ')).toBe(0)
  })
})
