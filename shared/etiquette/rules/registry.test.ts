/** The registry derives everything from the rule files: one file per rule, each registered once. */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { check } from '../index'
import { input } from '../../../test/etiquette/fixtures'
import { CHECKS, RULE_DEFINITIONS, RULE_IDS, RULES, RuleId } from './index'

const HELPERS = new Set(['define.ts', 'index.ts', 'time.ts'])
const ruleFiles = readdirSync(fileURLToPath(new URL('.', import.meta.url))).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !HELPERS.has(f)
)

describe('rule registry', () => {
  it('registers every rule file exactly once, under the id its file is named after', () => {
    const fileIds = ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()
    const registered = RULE_DEFINITIONS.map((d) => d.id.replace('.', '-')).sort()
    expect(registered).toEqual(fileIds)
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length)
  })

  it('derives the ids, the checks, the schema and the Settings list from the definitions', () => {
    expect(RULE_IDS).toEqual(RULE_DEFINITIONS.map((d) => d.id))
    expect(CHECKS).toBe(RULE_DEFINITIONS)
    expect(RULES.map((r) => r.id)).toEqual(RULE_IDS)
    expect(RuleId.options).toEqual(RULE_IDS)
    for (const r of RULES) {
      expect(r.title.length, r.id).toBeGreaterThan(2)
      expect(r.description.length, r.id).toBeGreaterThan(10)
      expect(['error', 'warning', 'info']).toContain(r.severity)
    }
  })

  it('reports findings with the id and default severity of the rule that made them', () => {
    const findings = check(input({ subject: '', body: 'Hey Jane, gonna write soon' }))
    for (const f of findings) {
      const rule = RULE_DEFINITIONS.find((d) => d.id === f.rule)
      expect(rule, f.rule).toBeDefined()
      if (f.rule !== 'privacy.channel') expect(f.severity).toBe(rule?.severity)
    }
    expect(findings.map((f) => f.rule)).toContain('tone.casual')
  })
})
