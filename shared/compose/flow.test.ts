/**
 * Composed drafts read end to end: the note sentences flow (no two in a row open with the same words or lean on
 * the same verb, no wording used twice), stay within the word limits and carry each note's words.
 */
import { describe, expect, it } from 'vitest'
import type { DraftKind } from '../etiquette/contract'
import { compose, COMPOSER_WORD_LIMITS } from './index'
import { ROLE_CONTEXTS } from '../../test/compose/role-contexts'
import { CONTEXTS, contextFor } from '../../test/compose/test-contexts'
import { countWords } from '../policy'

const KINDS: readonly DraftKind[] = ['thank-you', 'check-in']

/** The sentences of a body's paragraphs, greeting and sign-off left out. */
function sentences(body: string): string[] {
  const paragraphs = body.split('\n\n').slice(1, -1)
  return paragraphs.flatMap((p) => p.split(/(?<=[.”])\s+(?=\p{Lu})/u))
}

const openingOf = (sentence: string): string => sentence.split(/\s+/).slice(0, 2).join(' ').toLowerCase()

describe('drafts flow sentence to sentence', () => {
  it('covers ten whole interviews from fields outside software', () => {
    expect(ROLE_CONTEXTS.length).toBeGreaterThanOrEqual(10)
  })
  for (const { id, context } of CONTEXTS) {
    for (const kind of KINDS) {
      it(`${id} / ${kind}`, () => {
        const draft = compose({ kind, context: contextFor(kind, context) })
        expect(countWords(draft.body)).toBeLessThanOrEqual(COMPOSER_WORD_LIMITS[kind])
        const all = sentences(draft.body)
        for (let i = 1; i < all.length; i++) {
          const pair = `${all[i - 1]} | ${all[i]}`
          expect(openingOf(all[i]!), pair).not.toBe(openingOf(all[i - 1]!))
          expect(pair).not.toMatch(/appreciat[^|]*\|.*appreciat/i)
        }
        const noteSentences = draft.sources.map((s) => draft.body.slice(s.start, s.end))
        // No lead wording twice: the text before the note fragment differs for every note sentence.
        const leads = noteSentences.map((s) => s.split(/\s+/).slice(0, 4).join(' '))
        expect(new Set(leads).size).toBe(leads.length)
      })
    }
  }
})
