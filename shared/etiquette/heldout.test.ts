/**
 * Held-out evaluation: realistic drafts unlike the samples (test/etiquette/heldout-cases*.ts), labelled by reading them
 * against the contract. Every case must fire its expected rules and nothing outside expect + allow; the per-rule
 * precision/recall table is printed so a change that trades one for the other shows up in the test output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSpeller } from '../../electron/main/etiquette/speller'
import { Finding } from './contract'
import { check, type Speller } from './index'
import { HELDOUT_CASES } from '../../test/etiquette/heldout-cases'
import { HELDOUT_PART_THREE } from '../../test/etiquette/heldout-cases-3'
import { HELDOUT_V2 } from '../../test/etiquette/heldout-cases-v2'
import { caseErrors, formatScores, scoreRules, type Labelled } from '../../test/etiquette/heldout-score'

let speller: Speller
beforeAll(async () => {
  speller = await loadSpeller()
})

const ALL_CASES = [...HELDOUT_CASES, ...HELDOUT_PART_THREE, ...HELDOUT_V2]

const results: Array<{ label: Labelled; findings: Finding[] }> = []

describe('held-out drafts', () => {
  it('has at least 180 cases with unique ids', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(180)
    expect(new Set(ALL_CASES.map((c) => c.id)).size).toBe(ALL_CASES.length)
  })

  for (const heldout of ALL_CASES) {
    it(`${heldout.id}: fires ${heldout.expect.join(', ') || 'nothing'} and nothing unexpected`, () => {
      const findings = check(heldout.input, { speller })
      results.push({ label: heldout, findings })
      for (const f of findings) expect(Finding.safeParse(f).success).toBe(true)
      const errors = caseErrors(heldout, findings)
      const detail = findings.map((f) => `${f.rule}@${f.field}:${f.start}-${f.end}`).join(' ')
      expect({ missed: errors.missed, unexpected: errors.unexpected }, detail).toEqual({
        missed: [],
        unexpected: []
      })
    })
  }
})

afterAll(() => {
  if (results.length > 0)
    console.log(`held-out precision/recall per rule\n${formatScores(scoreRules(results))}`)
})
