/**
 * The v3 notes (test/compose/messy-notes-v3.ts), written after the v2 corpus and never tuned against: for each of
 * 25 contexts a thank-you and then a check-in with that thank-you in previousMessages. Each draft is silent in the
 * checker (errors and warnings) and in Harper's grammar lints (one documented false positive aside), carries no raw
 * fragment and no private or sensitive note; each check-in refers to the conversation, and a check-in that refers
 * back to a note the thank-you used does so in other words.
 */
import type { LocalLinter } from 'harper.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { MESSY_NOTES_V3 } from '../../test/compose/messy-notes-v3'
import { loadReferees } from '../../test/compose/corpus-referee'
import { judgeV3 } from '../../test/compose/v3-referee'
import { notesWithUse } from '../etiquette/contract'
import type { Speller } from '../etiquette/index'
import { compose } from './index'

let speller: Speller
let harper: LocalLinter

beforeAll(async () => {
  ;({ speller, harper } = await loadReferees())
}, 60_000)

describe('the v3 messy notes', () => {
  it('has at least 80 notes from at least 12 industries, with private and sensitive ones', () => {
    const notes = MESSY_NOTES_V3.flatMap((c) => notesWithUse(c.context.notes))
    expect(notes.length).toBeGreaterThanOrEqual(80)
    expect(new Set(MESSY_NOTES_V3.map((c) => c.industry)).size).toBeGreaterThanOrEqual(12)
    expect(MESSY_NOTES_V3.filter((c) => c.mustNotUse.length > 0).length).toBeGreaterThanOrEqual(15)
  })

  for (const item of MESSY_NOTES_V3) {
    it(`${item.id}: thank-you, then a check-in after it`, async () => {
      const verdict = await judgeV3(item, speller, harper)
      for (const draft of [verdict.thankYou, verdict.checkIn]) {
        const problems = [...draft.checker, ...draft.harper, ...draft.raw]
        expect(problems, `${draft.kind}\n${draft.body}`).toEqual([])
      }
      expect(verdict.leaks, verdict.checkIn.body).toEqual([])
      expect(verdict.checkInGeneric, verdict.checkIn.body).toBe(false)
      expect(verdict.callbackOverlap ?? 0, verdict.checkIn.body).toBeLessThan(0.5)
      expect(verdict.checkIn.body).not.toBe(verdict.thankYou.body)
    })
  }

  it('writes the same drafts for the same input', () => {
    for (const item of MESSY_NOTES_V3) {
      const once = compose({ kind: 'thank-you', context: item.context }, { speller })
      const again = compose({ kind: 'thank-you', context: item.context }, { speller })
      expect(again).toEqual(once)
    }
  })
})
