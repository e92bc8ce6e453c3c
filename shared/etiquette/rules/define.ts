/**
 * What an etiquette rule is, in the manner of an ESLint rule module: one file per rule exports one definition
 * (id, severity, title, the "fires when" description, the fixes it can offer, and the check itself). The registry
 * (./index.ts), the Settings list and the generated reference (docs/etiquette-rules-reference.md) all read these.
 */
import type { Finding, Severity } from '../contract'
import type { Doc } from '../doc'
import type { Speller } from '../speller-api'

export type Field = Finding['field']

/** What a finding may offer: a replacement for its range, or adding the word to the personal dictionary. */
export type FixKind = 'replace' | 'add-to-dictionary'

export interface CheckEnv {
  speller?: Speller
}

/** Reports one finding of the rule being run; the severity defaults to the rule's own. */
export type Report = (
  field: Field,
  start: number,
  end: number,
  message: string,
  replacement?: string,
  severity?: Severity
) => void

export interface RuleContext {
  doc: Doc
  env: CheckEnv
  report: Report
  /** A finding about the whole message (timing, a missing part): field `draft`, range 0/0. */
  whole(message: string, severity?: Severity): void
  /** Adds an "Add to dictionary" action to the finding reported last. */
  offerWord(word: string): void
}

export interface RuleDefinition<Id extends string = string> {
  readonly id: Id
  readonly severity: Severity
  /** A few words for Settings. */
  readonly title: string
  /** When the rule fires, in plain words (Settings and the reference). */
  readonly description: string
  readonly fixes: readonly FixKind[]
  check(context: RuleContext): void
}

/** Keeps the id's literal type, so the registry can derive the id union from its definitions. */
export function defineRule<const Id extends string>(definition: RuleDefinition<Id>): RuleDefinition<Id> {
  return definition
}

/** Runs one rule on a document, appending its findings to `out`. */
export function runRule(rule: RuleDefinition, doc: Doc, env: CheckEnv, out: Finding[]): void {
  const report: Report = (field, start, end, message, replacement, severity) => {
    const f: Finding = { rule: rule.id, severity: severity ?? rule.severity, field, start, end, message }
    if (replacement !== undefined) f.fix = { replacement }
    out.push(f)
  }
  rule.check({
    doc,
    env,
    report,
    whole: (message, severity) => report('draft', 0, 0, message, undefined, severity),
    offerWord(word) {
      const last = out[out.length - 1]
      if (last && last.rule === rule.id) last.action = { kind: 'add-to-dictionary', word }
    }
  })
}
