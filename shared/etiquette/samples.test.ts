/** The sample drafts (test/etiquette/samples.ts): each fires its expected rules and nothing unexpected. */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSpeller } from '../../electron/main/etiquette/speller'
import { SAMPLES } from '../../test/etiquette/samples'
import { CheckInput, Finding } from './contract'
import { check, RULE_IDS, type Speller } from './index'

let speller: Speller
beforeAll(async () => {
  speller = await loadSpeller()
})

describe('sample drafts', () => {
  it('cover every rule and include clean drafts', () => {
    const covered = new Set(SAMPLES.flatMap((s) => s.expect))
    expect(RULE_IDS.filter((id) => !covered.has(id))).toEqual([])
    expect(SAMPLES.filter((s) => s.expect.length === 0).length).toBeGreaterThanOrEqual(5)
  })

  for (const sample of SAMPLES) {
    it(`${sample.id}: fires ${sample.expect.join(', ') || 'nothing'} and nothing unexpected`, () => {
      const findings = check(CheckInput.parse(sample.input), { speller })
      const fired = new Set(findings.map((f) => f.rule))
      for (const rule of sample.expect) expect(fired, `expected ${rule}`).toContain(rule)
      const allowed = new Set<string>([...sample.expect, ...sample.allow])
      const unexpected = findings.filter((f) => !allowed.has(f.rule))
      expect(unexpected).toEqual([])
      for (const f of findings) expect(Finding.safeParse(f).success).toBe(true)
    })
  }
})
