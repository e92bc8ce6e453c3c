/**
 * The checker runs in main on every keystroke, so no input may make it backtrack for seconds. Before the name-line
 * regexes were made linear, a first line of 20,000 capitals took over 300 s; the default test timeout (raised a
 * little here for a busy machine, still far below that) is what fails such a regression. No other timing is asserted.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PATHOLOGICAL_LENGTH, PATHOLOGICAL_PATTERNS } from '../../test/etiquette/pathological'
import { check } from './index'
import { input } from '../../test/etiquette/fixtures'

const TIMEOUT_MS = 60_000
const PLACES = ['first line', 'body', 'subject', 'to'] as const
type Place = (typeof PLACES)[number]

function draftWith(text: string, place: Place) {
  if (place === 'first line') return input({ body: `${text}\n\nThank you.\n\nBest,\nAlex Kim` })
  if (place === 'body') return input({ body: `Hi Jane,\n\n${text}\n\nBest,\nAlex Kim` })
  return input(place === 'subject' ? { subject: text } : { to: text })
}

describe('check() on pathological input', () => {
  it.each(Object.keys(PATHOLOGICAL_PATTERNS))(
    'a first line of 20,000 characters (%s) is checked and returns findings',
    (name) => {
      const text = PATHOLOGICAL_PATTERNS[name]!(PATHOLOGICAL_LENGTH)
      const findings = check(draftWith(text, 'first line'))
      // Such a line is neither a greeting nor a name: the checker says so rather than hanging or throwing.
      expect(findings.some((finding) => finding.rule === 'greeting.missing')).toBe(true)
    },
    TIMEOUT_MS
  )

  it(
    'any mix of patterns, anywhere in the draft, up to 20,000 characters, is checked',
    () => {
      const pattern = fc.constantFrom(...Object.keys(PATHOLOGICAL_PATTERNS))
      fc.assert(
        fc.property(
          pattern,
          fc.constantFrom(...PLACES),
          fc.integer({ min: 1_000, max: PATHOLOGICAL_LENGTH }),
          fc.string({ maxLength: 8 }),
          (name, place, length, tail) => {
            const text = PATHOLOGICAL_PATTERNS[name]!(length) + tail
            expect(Array.isArray(check(draftWith(text, place)))).toBe(true)
          }
        ),
        { numRuns: 25, seed: 13 }
      )
    },
    TIMEOUT_MS * 2
  )

  it('still recognises real name lines after the rewrite', () => {
    for (const line of ['Jane,', 'Dr. Doe,', 'Mary-Jane O\u2019Neil,', 'Jane Doe -', 'Jane:']) {
      const findings = check(input({ body: `${line}\n\nThank you for today.\n\nBest,\nAlex Kim` }))
      expect(findings.map((finding) => finding.rule)).not.toContain('greeting.missing')
    }
    const fourWords = check(input({ body: 'Jane Ann Mary Doe,\n\nThank you for today.\n\nBest,\nAlex Kim' }))
    expect(fourWords.map((finding) => finding.rule)).toContain('greeting.missing')
  })
})
