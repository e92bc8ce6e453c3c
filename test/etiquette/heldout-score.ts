/**
 * Per-rule precision and recall of the checker on a labelled set: a finding of an `expect` rule is a true
 * positive, a missing one a false negative, a finding of a rule neither expected nor allowed a false positive
 * (a finding of an allowed rule counts for nothing either way).
 */
import type { Finding } from '../../shared/etiquette/contract'
import type { RuleId } from '../../shared/etiquette/rules/index'

export interface Labelled {
  id: string
  expect: readonly RuleId[]
  allow: readonly RuleId[]
}

export interface RuleScore {
  rule: string
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
}

export interface CaseErrors {
  id: string
  missed: RuleId[]
  unexpected: string[]
}

/** Whether a rule is one the case expects or allows. */
function labelled(label: Labelled, rule: string): boolean {
  return (
    (label.expect as readonly string[]).includes(rule) || (label.allow as readonly string[]).includes(rule)
  )
}

/** Rules fired per case, compared with the labels. */
export function caseErrors(label: Labelled, findings: readonly Finding[]): CaseErrors {
  const fired = new Set(findings.map((f) => f.rule))
  return {
    id: label.id,
    missed: label.expect.filter((r) => !fired.has(r)),
    unexpected: [...fired].filter((r) => !labelled(label, r))
  }
}

export function scoreRules(
  results: ReadonlyArray<{ label: Labelled; findings: readonly Finding[] }>
): RuleScore[] {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>()
  const at = (rule: string) => {
    let c = counts.get(rule)
    if (!c) counts.set(rule, (c = { tp: 0, fp: 0, fn: 0 }))
    return c
  }
  for (const { label, findings } of results) {
    const fired = new Set(findings.map((f) => f.rule))
    for (const rule of label.expect) at(rule)[fired.has(rule) ? 'tp' : 'fn']++
    for (const rule of fired) if (!labelled(label, rule)) at(rule).fp++
  }
  return [...counts.entries()]
    .map(([rule, c]) => ({
      rule,
      ...c,
      precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
    }))
    .sort((a, b) => (a.rule < b.rule ? -1 : 1))
}

/** A fixed-width table, one line per rule. */
export function formatScores(scores: readonly RuleScore[]): string {
  const head = `${'rule'.padEnd(24)} ${'tp'.padStart(3)} ${'fp'.padStart(3)} ${'fn'.padStart(3)}  precision  recall`
  const lines = scores.map(
    (s) =>
      `${s.rule.padEnd(24)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${s.precision.toFixed(2).padStart(9)}  ${s.recall.toFixed(2).padStart(6)}`
  )
  return [head, ...lines].join('\n')
}
