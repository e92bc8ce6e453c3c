/**
 * Validation of a proposal in main, before the user sees it as final: the etiquette checker (no error, no warning
 * about the text) and the fact guard. Rules about the situation rather than the text (timing, over-following-up,
 * the channel and address the user chose) are not the model's doing and do not count against it.
 */
import { check, type Speller } from '../../../shared/etiquette'
import type { DraftKind, Finding } from '../../../shared/etiquette/contract'
import { guardProposal, type Rejection } from './guard'
import { checkerContext, type LlmContext } from './notes'
import type { DraftText, LlmMode } from './prompt'

const SITUATION_RULES: ReadonlySet<string> = new Set([
  'timing.late-thank-you',
  'timing.early-follow-up',
  'overfollow',
  'privacy.channel'
])

/** What a proposal is asked for (propose.ts takes it as is) and so what it is validated against. */
export interface ProposalRequest {
  mode: LlmMode
  kind: DraftKind
  context: LlmContext
  /** The current draft: what a polish polishes (and a source of facts it may keep). */
  draft?: DraftText
  /** Where the message goes: the checker reads them, the model never sees them. */
  channel: string
  to: string
  disabledRules?: readonly string[]
  speller?: Speller
}

export interface ValidationInput extends ProposalRequest {
  proposal: DraftText
}

export interface Validation {
  accepted: boolean
  findings: Finding[]
  rejected: Rejection[]
}

export function validateProposal(input: ValidationInput): Validation {
  const { proposal, speller } = input
  const findings = check(
    {
      draft: { kind: input.kind, channel: input.channel, to: input.to, ...proposal },
      context: checkerContext(input.context)
    },
    { disabledRules: input.disabledRules, speller }
  )
  const blocking = findings.filter((f) => f.severity !== 'info' && !SITUATION_RULES.has(f.rule))
  const rejected = [
    ...guardProposal({
      ...input,
      isDictionaryWord: speller ? (word) => speller.correct(word) : undefined
    }),
    ...blocking.map((f) => ({ reason: 'etiquette' as const, detail: `${f.rule}: ${f.message}` }))
  ]
  return { accepted: rejected.length === 0, findings, rejected }
}

/** The findings in words the model can act on, for the one repair request. */
export function problemsForRepair(validation: Validation): string[] {
  return validation.rejected.map((r) => {
    switch (r.reason) {
      case 'etiquette':
        // A content finding quotes the words at fault, which may come from a private note: name the rule only.
        return r.detail.startsWith('content.')
          ? `${r.detail.split(':')[0]}: it mentions something a careful candidate keeps out of writing (pay, confidential or negative matters). Leave it out.`
          : r.detail
      case 'too-long':
        return `Too long: ${r.detail}.`
      case 'private-note':
        return 'It repeats something the candidate keeps private. Leave that out entirely.'
      default:
        return `${r.reason.replace('-', ' ')}: “${r.detail}” is not in the facts given. Remove it.`
    }
  })
}
