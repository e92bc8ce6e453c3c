import type { CheckInput, Finding } from '../../shared/etiquette/contract'
import type { RuleId } from '../../shared/etiquette/rules/index'
import { check, type CheckOptions } from '../../shared/etiquette/index'

/** Findings of one rule only. */
export function findingsOf(rule: RuleId, inputValue: CheckInput, options: CheckOptions = {}): Finding[] {
  return check(inputValue, options).filter((f) => f.rule === rule)
}

/** The text a finding points at. */
export function textAt(inputValue: CheckInput, f: Finding): string {
  const field = f.field === 'draft' ? '' : inputValue.draft[f.field]
  return field.slice(f.start, f.end)
}

/** A clean thank-you body with one sentence swapped in the middle paragraph's place. */
export function withLine(body: string, line: string): string {
  return body.replace('If there is anything else I can answer, please let me know.', line)
}
