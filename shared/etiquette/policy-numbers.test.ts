/** The checker's numbers are shared/policy's own objects, and the rules fire exactly at those numbers. */
import { describe, expect, it } from 'vitest'
import * as policy from '../policy'
import { CLEAN_THANK_YOU, input } from '../../test/etiquette/fixtures'
import * as checker from './policy'
import { check } from './index'

const ended = Date.parse('2026-03-03T16:00:00Z')
const at = (ms: number): string => new Date(ms).toISOString()
const rules = (i: Parameters<typeof check>[0]): string[] => check(i).map((f) => f.rule)

describe('policy numbers in the checker', () => {
  it('are the very objects shared/policy defines', () => {
    expect(checker.THANK_YOU_WINDOW_MS).toBe(policy.THANK_YOU_WINDOW_MS)
    expect(checker.CHECK_IN_SILENCE_MS).toBe(policy.CHECK_IN_SILENCE_MS)
    expect(checker.MAX_UNANSWERED_CHECK_INS).toBe(policy.MAX_UNANSWERED_CHECK_INS)
    expect(checker.CHECKER_WORD_LIMITS).toBe(policy.CHECKER_WORD_LIMITS)
    expect(checker.countWords).toBe(policy.countWords)
  })

  it('late thank-you: silent at the window, fires just past it', () => {
    const when = (now: number) => input({}, { now: at(now), interview: { endedAt: at(ended) } })
    expect(rules(when(ended + policy.THANK_YOU_WINDOW_MS))).not.toContain('timing.late-thank-you')
    expect(rules(when(ended + policy.THANK_YOU_WINDOW_MS + 60_000))).toContain('timing.late-thank-you')
  })

  it('early check-in: fires just before the silence, silent at it', () => {
    const when = (now: number) => input({ kind: 'check-in' }, { now: at(now), lastContactAt: at(ended) })
    expect(rules(when(ended + policy.CHECK_IN_SILENCE_MS - 60_000))).toContain('timing.early-follow-up')
    expect(rules(when(ended + policy.CHECK_IN_SILENCE_MS))).not.toContain('timing.early-follow-up')
  })

  it('overfollow: silent below the cap, fires at it', () => {
    const sent = (n: number) => input({ kind: 'check-in' }, { checkInsSent: n })
    expect(rules(sent(policy.MAX_UNANSWERED_CHECK_INS - 1))).not.toContain('overfollow')
    expect(rules(sent(policy.MAX_UNANSWERED_CHECK_INS))).toContain('overfollow')
  })

  it('length: counted with the one countWords, silent at the limit, fires one word over', () => {
    const limit = policy.CHECKER_WORD_LIMITS['thank-you']
    const base = policy.countWords(CLEAN_THANK_YOU)
    const padded = (extra: number) =>
      input({ body: CLEAN_THANK_YOU.replace('Best regards', `${'more '.repeat(extra)}Best regards`) })
    expect(rules(padded(limit - base))).not.toContain('length.too-long')
    expect(rules(padded(limit - base + 1))).toContain('length.too-long')
  })
})
