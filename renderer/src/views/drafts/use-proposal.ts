/**
 * An LLM proposal for the open draft: "What will be sent" before the first request to an endpoint, the streamed
 * text (`llm:delta` for this request id; a repair attempt starts a fresh text), then the validated proposal, which
 * the user accepts (a revision from `llm`, undoable) or discards. Nothing is saved unless the user accepts.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { RequestOf, ResponseOf } from '../../../../shared/ipc/contract'

export type LlmMode = 'write' | 'polish'
export type Proposal = ResponseOf<'llm:propose'>['proposal']
export type SendPreview = ResponseOf<'llm:preview'>

export type ProposalState =
  | { phase: 'idle' }
  | { phase: 'preview'; mode: LlmMode; preview: SendPreview; asked: boolean }
  | { phase: 'running'; mode: LlmMode; requestId: string; streamed: string; attempt: number }
  | { phase: 'ready'; mode: LlmMode; proposal: Proposal }
  | { phase: 'failed'; mode: LlmMode; message: string; cancelled: boolean }

export function useProposal(draftId: string) {
  const [state, setState] = useState<ProposalState>({ phase: 'idle' })
  const unsubscribe = useRef<(() => void) | null>(null)
  useEffect(() => () => unsubscribe.current?.(), [])

  const run = useCallback(
    async (mode: LlmMode, approve: boolean) => {
      const requestId = crypto.randomUUID()
      let streamed = ''
      let attempt = 1
      setState({ phase: 'running', mode, requestId, streamed, attempt })
      unsubscribe.current?.()
      unsubscribe.current = window.api.on('llm:delta', (delta) => {
        if (delta.requestId !== requestId) return
        if ((delta.attempt ?? 1) !== attempt) {
          attempt = delta.attempt ?? 1
          streamed = ''
        }
        streamed += delta.text
        setState((s) =>
          s.phase === 'running' && s.requestId === requestId ? { ...s, streamed, attempt } : s
        )
      })
      const request: RequestOf<'llm:propose'> = { draftId, mode, requestId, approve }
      const result = await window.api.llm.propose(request)
      unsubscribe.current?.()
      unsubscribe.current = null
      if (result.ok) setState({ phase: 'ready', mode, proposal: result.value.proposal })
      else
        setState({
          phase: 'failed',
          mode,
          message: result.error.message,
          cancelled: result.error.code === 'llm-aborted'
        })
    },
    [draftId]
  )

  /** Starts at once when the user already agreed to this endpoint, else shows what will be sent first. */
  const start = useCallback(
    async (mode: LlmMode, options: { showPreview?: boolean } = {}) => {
      const preview = await window.api.llm.preview({ draftId, mode })
      if (!preview.ok) {
        setState({ phase: 'failed', mode, message: preview.error.message, cancelled: false })
        return
      }
      if (preview.value.approved && !options.showPreview) return run(mode, false)
      setState({ phase: 'preview', mode, preview: preview.value, asked: !preview.value.approved })
    },
    [draftId, run]
  )

  const send = useCallback(() => {
    if (state.phase === 'preview') void run(state.mode, true)
  }, [state, run])

  const cancel = useCallback(async () => {
    if (state.phase === 'running') await window.api.llm.cancel({ requestId: state.requestId })
  }, [state])

  const close = useCallback(() => setState({ phase: 'idle' }), [])

  return { state, start, send, cancel, close }
}
