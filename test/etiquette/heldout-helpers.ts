/** What every held-out case file shares: the case shape and the small builders the cases are written with. */
import type { CheckContext, CheckInput } from '../../shared/etiquette/contract'
import type { RuleId } from '../../shared/etiquette/rules/index'
import { inputFor, type DraftSpec, type Scenario } from './heldout-scenarios'

export interface HeldoutCase {
  id: string
  input: CheckInput
  expect: RuleId[]
  allow: RuleId[]
}

/** Paragraphs joined by blank lines. */
export const p = (...paragraphs: string[]): string => paragraphs.join('\n\n')

/** One case: a draft for a scenario, the rules it must trigger and the rules it may trigger. */
export function c(
  id: string,
  s: Scenario,
  draft: DraftSpec,
  expect: RuleId[] = [],
  allow: RuleId[] = [],
  ctx: Partial<CheckContext> = {}
): HeldoutCase {
  return { id, input: inputFor(s, draft, ctx), expect, allow }
}

export const FU = 'check-in' as const
