/**
 * The etiquette checker: one draft plus its journal context in, findings out (contract:
 * ../shared/spec/etiquette-rules.md). Pure and synchronous, fast enough to run on every keystroke; spelling uses
 * an injected Speller (loaded once, off the typing path) and stays silent without one.
 */
import type { CheckInput, Finding } from './contract'
import { Doc } from './doc'
import { availabilityMissing, gratitudeMissing, interestMissing, questionsMissing } from './checks/presence'
import {
  earlyFollowUp,
  greetingMissing,
  lateThankYou,
  overfollow,
  privacyChannel,
  signoffMissing,
  subjectMissing,
  tooLong
} from './checks/form'
import { companyMismatch, nameMismatch } from './checks/names'
import { personalDuplicate, personalGeneric, personalMissing } from './checks/personal'
import { placeholder, repeatedWord, spelling } from './checks/proofing'
import { toneCasual, tonePushy } from './checks/tone'
import type { Check } from './checks/types'
import type { Speller } from './speller-api'

export type { Speller } from './speller-api'
export { RULES, type RuleInfo } from './rules'
export { suggestSpelling } from './suggest'
export type { CheckInput, Finding, RuleId, Severity } from './contract'

export interface CheckOptions {
  /** Rule ids the user switched off: their findings are dropped and their work skipped. */
  disabledRules?: readonly string[]
  /** Without a speller the `spelling` rule stays silent. */
  speller?: Speller
}

const CHECKS: readonly Check[] = [
  lateThankYou,
  earlyFollowUp,
  overfollow,
  gratitudeMissing,
  interestMissing,
  personalMissing,
  personalDuplicate,
  personalGeneric,
  nameMismatch,
  companyMismatch,
  tooLong,
  toneCasual,
  tonePushy,
  spelling,
  repeatedWord,
  availabilityMissing,
  questionsMissing,
  privacyChannel,
  subjectMissing,
  greetingMissing,
  signoffMissing,
  placeholder
]

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
    if (!disabled?.has(rule.id)) rule.run(doc, out, env)
  }
  return out.sort(byPosition)
}
