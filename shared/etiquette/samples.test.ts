import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSpeller } from '../../electron/main/etiquette/speller'
import { CheckInput, Finding, type RuleId } from './contract'
import { check, type Speller } from './index'

// The team's samples live outside the repo: <repo>/../shared/spec/.
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const samplesFile = resolve(repoRoot, '../shared/spec/etiquette-samples.json')

interface Sample {
  id: string
  input: unknown
  expect: RuleId[]
  allow: RuleId[]
}
const samples = JSON.parse(readFileSync(samplesFile, 'utf8')) as Sample[]

let speller: Speller
beforeAll(async () => {
  speller = await loadSpeller()
})

describe('etiquette-samples.json', () => {
  it('has samples', () => {
    expect(samples.length).toBeGreaterThan(10)
  })

  for (const sample of samples) {
    it(`${sample.id}: fires ${sample.expect.join(', ') || 'nothing'} and nothing unexpected`, () => {
      const findings = check(CheckInput.parse(sample.input), { speller })
      const fired = new Set(findings.map((f) => f.rule))
      for (const rule of sample.expect) expect(fired, `expected ${rule}`).toContain(rule)
      const unexpected = findings.filter(
        (f) => !sample.expect.includes(f.rule) && !sample.allow.includes(f.rule)
      )
      expect(unexpected).toEqual([])
      for (const f of findings) expect(Finding.safeParse(f).success).toBe(true)
    })
  }
})
