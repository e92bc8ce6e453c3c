/**
 * The v2 corpus end to end: every thank-you and check-in the composer writes for 60+ messy contexts is silent in
 * the project's checker (errors and warnings) and in Harper (an independent grammar checker), carries no private or
 * sensitive note, no shorthand, and accounts for every note it did not use. A check-in written after the thank-you
 * was sent never reuses the thank-you's notes.
 */
import type { LocalLinter } from 'harper.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { CORPUS } from '../../test/compose/corpus-v2'
import { contextFor, judge, KINDS, loadReferees } from '../../test/compose/corpus-referee'
import { sentenceOverlap } from '../../test/compose/v3-referee'
import type { Speller } from '../etiquette/index'
import { compose } from './index'

let speller: Speller
let harper: LocalLinter

beforeAll(async () => {
  ;({ speller, harper } = await loadReferees())
}, 60_000)

describe('the v2 corpus', () => {
  it('covers at least 60 contexts, 12 industries and every channel', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60)
    expect(new Set(CORPUS.map((c) => c.industry)).size).toBeGreaterThanOrEqual(12)
    expect(new Set(CORPUS.map((c) => c.channel))).toEqual(new Set(['email', 'linkedin', 'handwritten']))
    expect(CORPUS.filter((c) => c.mustNotUse.length > 0).length).toBeGreaterThanOrEqual(55)
  })

  for (const item of CORPUS) {
    for (const kind of KINDS) {
      it(`${item.id} / ${kind}`, async () => {
        const { body, problems } = await judge(item, kind, speller, harper)
        expect(problems, body).toEqual([])
      })
    }
  }

  it('a check-in after the thank-you was sent refers to other notes, or back in other words', async () => {
    for (const item of CORPUS) {
      const thanks = compose({ kind: 'thank-you', context: item.context }, { speller })
      const context = { ...contextFor('check-in', item.context), previousMessages: [thanks.body] }
      const checkIn = compose({ kind: 'check-in', context }, { speller })
      for (const source of checkIn.sources) {
        const said = thanks.sources.find((s) => s.note === source.note)
        if (said === undefined) continue
        // A callback names the topic briefly; it does not say the thank-you's sentence again.
        const mine = checkIn.body.slice(source.start, source.end)
        expect(sentenceOverlap(mine, thanks.body.slice(said.start, said.end)), mine).toBeLessThan(0.5)
      }
      const verdict = await judge(item, 'check-in', speller, harper, [thanks.body])
      expect(verdict.problems, verdict.body).toEqual([])
    }
  }, 60_000)
})
