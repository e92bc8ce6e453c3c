import type { Finding, RuleId } from '../contract'
import type { Doc } from '../doc'
import type { Speller } from '../speller-api'

export interface CheckEnv {
  speller?: Speller
}

/** One rule: its id (for disabledRules) and the work that pushes its findings. */
export interface Check {
  id: RuleId
  run(doc: Doc, out: Finding[], env: CheckEnv): void
}
