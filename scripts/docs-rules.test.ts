/** The committed rules reference is the one the definitions render: regenerate with `npm run docs:rules`. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../shared/etiquette/rules/index'
import { formattedRulesReference, renderRulesReference } from './rules-reference'

describe('docs/etiquette-rules-reference.md', () => {
  it('is up to date with the rule definitions (run `npm run docs:rules` when this fails)', async () => {
    const target = resolve(__dirname, '../docs/etiquette-rules-reference.md')
    expect(readFileSync(target, 'utf8')).toBe(await formattedRulesReference(target))
  })
  it('lists every rule with its severity and description', () => {
    const doc = renderRulesReference()
    for (const r of RULES) expect(doc).toContain(`| \`${r.id}\` | ${r.severity} |`)
  })
  it('changes when a definition changes', () => {
    const [first, ...rest] = RULES
    if (!first) throw new Error('no rules')
    const changed = renderRulesReference([{ ...first, description: 'something else entirely' }, ...rest])
    expect(changed).not.toBe(renderRulesReference())
  })
})
