/**
 * The etiquette checker: one draft plus its journal context in, findings out (the contract is
 * docs/etiquette-rules.md; the rules are shared/etiquette/rules/, one file each). Pure and synchronous, fast enough
 * to run on every keystroke; spelling uses an injected Speller (loaded once, off the typing path) and stays silent
 * without one.
 */
import type { CheckInput, Finding } from './contract'
import { Doc } from './doc'
import { runRule } from './rules/define'
import { CHECKS } from './rules/index'
import type { Speller } from './speller-api'

export type { Speller } from './speller-api'
export { RULES, RULE_IDS, type RuleId, type RuleInfo } from './rules/index'
export { suggestSpelling } from './suggest'
export type { CheckInput, Finding, Severity } from './contract'

export interface CheckOptions {
  /** Rule ids the user switched off: their findings are dropped and their work skipped. */
  disabledRules?: readonly string[]
  /** Without a speller the `spelling` rule stays silent. */
  speller?: Speller
}

const FIELD_ORDER: Record<Finding['field'], number> = { draft: 0, to: 1, subject: 2, body: 3 }

function byPosition(a: Finding, b: Finding): number {
  return (
    FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
    a.start - b.start ||
    a.end - b.end ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  )
}

/** Checks one draft; findings sorted by field (draft, to, subject, body) then by start offset. */
export function check(input: CheckInput, options: CheckOptions = {}): Finding[] {
  const disabled = options.disabledRules?.length ? new Set(options.disabledRules) : undefined
  const doc = new Doc(input)
  const out: Finding[] = []
  const env = { speller: options.speller }
  for (const rule of CHECKS) {
    if (!disabled?.has(rule.id)) runRule(rule, doc, env, out)
  }
  return out.sort(byPosition)
}
