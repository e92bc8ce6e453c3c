/**
 * One LLM proposal, from request to validated result: build the messages, stream the answer, validate it in main
 * (checker + fact guard); on failure send the findings back once and validate the second answer. The result is a
 * proposal with its findings: nothing here saves anything. Used by the IPC handlers and by the llm-draft CLI.
 */
import { compose } from '../../../shared/compose'
import type { Finding } from '../../../shared/etiquette/contract'
import { COMPOSER_WORD_LIMITS } from '../../../shared/policy/index'
import { chat, type LlmConfig } from './client'
import type { LlmErrorCode } from './errors'
import type { Rejection } from './guard'
import { checkerContext } from './notes'
import { buildMessages, buildRepairMessages, parseAnswer, type DraftText } from './prompt'
import { problemsForRepair, validateProposal, type ProposalRequest, type Validation } from './validate'

/** The stream is stopped at this many times the word limit: past that the answer is unusable anyway. */
export const STREAM_CAP_FACTOR = 3
/** One first answer and at most one repair. */
export const MAX_ATTEMPTS = 2

export type ProposeRequest = ProposalRequest

export interface Proposal extends DraftText {
  accepted: boolean
  attempts: number
  findings: Finding[]
  rejected: Rejection[]
}

export type ProposeResult =
  { ok: true; proposal: Proposal } | { ok: false; error: { code: LlmErrorCode; message: string } }

export interface ProposeHooks {
  /** Each streamed piece, with the attempt it belongs to (1, then 2 for the repair). */
  onDelta?: (text: string, attempt: number) => void
  signal?: AbortSignal
}

function fallbackSubject(req: ProposeRequest): string {
  if (req.mode === 'polish' && req.draft) return req.draft.subject
  return compose({ kind: req.kind, context: checkerContext(req.context) }).subject
}

function validate(req: ProposeRequest, proposal: DraftText, capped: boolean): Validation {
  const validation = validateProposal({ ...req, proposal })
  if (!capped || validation.rejected.some((r) => r.reason === 'too-long')) return validation
  const limit = COMPOSER_WORD_LIMITS[req.kind]
  const rejected = [
    {
      reason: 'too-long' as const,
      detail: `the answer ran on past ${STREAM_CAP_FACTOR * limit} words and was stopped`
    },
    ...validation.rejected
  ]
  return { ...validation, accepted: false, rejected }
}

export async function proposeDraft(
  config: LlmConfig,
  req: ProposeRequest,
  hooks: ProposeHooks = {}
): Promise<ProposeResult> {
  const maxWords = STREAM_CAP_FACTOR * COMPOSER_WORD_LIMITS[req.kind]
  const subject = fallbackSubject(req)
  let messages = buildMessages(req)
  let best: Proposal | null = null
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const answer = await chat(config, messages, {
      maxWords,
      signal: hooks.signal,
      onDelta: (text) => hooks.onDelta?.(text, attempt)
    })
    if (!answer.ok) {
      // A failed repair still leaves the first proposal to show, with its findings; a cancel leaves nothing.
      if (best && answer.error.code !== 'llm-aborted') return { ok: true, proposal: best }
      return { ok: false, error: answer.error }
    }
    const proposal = parseAnswer(answer.text, subject)
    const validation = validate(req, proposal, answer.capped)
    best = { ...proposal, ...validation, attempts: attempt }
    if (validation.accepted) break
    messages = buildRepairMessages(messages, answer.text, problemsForRepair(validation))
  }
  if (!best) throw new Error('unreachable: no attempt was made')
  return { ok: true, proposal: best }
}
