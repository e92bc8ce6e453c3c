/**
 * Polishing a saved draft with the LLM: a fresh request id, the `llm:delta` text for that id gathered into a
 * preview as it streams, then either the polished draft or the reason it failed (the draft is then unchanged).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Draft } from '../../../../shared/model/journal'

export type PolishState =
  | { phase: 'idle' }
  | { phase: 'running'; requestId: string; preview: string }
  | { phase: 'failed'; preview: string; message: string; cancelled: boolean }

export function usePolish() {
  const [state, setState] = useState<PolishState>({ phase: 'idle' })
  const unsubscribe = useRef<(() => void) | null>(null)
  useEffect(() => () => unsubscribe.current?.(), [])

  /** Resolves to the polished draft (already saved by main), or null when polishing failed or was cancelled. */
  const start = useCallback(async (draftId: string): Promise<Draft | null> => {
    const requestId = crypto.randomUUID()
    let preview = ''
    setState({ phase: 'running', requestId, preview })
    unsubscribe.current?.()
    unsubscribe.current = window.api.on('llm:delta', (delta) => {
      if (delta.requestId !== requestId) return
      preview += delta.text
      setState((s) => (s.phase === 'running' && s.requestId === requestId ? { ...s, preview } : s))
    })
    const result = await window.api.llm.polish({ draftId, requestId })
    unsubscribe.current?.()
    unsubscribe.current = null
    if (result.ok) {
      setState({ phase: 'idle' })
      return result.value.draft
    }
    const cancelled = result.error.code === 'llm-aborted'
    setState({ phase: 'failed', preview, message: result.error.message, cancelled })
    return null
  }, [])

  const cancel = useCallback(async () => {
    if (state.phase !== 'running') return
    await window.api.llm.cancel({ requestId: state.requestId })
  }, [state])

  const dismiss = useCallback(() => setState({ phase: 'idle' }), [])

  return { state, start, cancel, dismiss }
}
