/**
 * Checks the draft as the user types: one `drafts:check` ~100 ms after the last keystroke, answers to older text
 * ignored. The journal is part of the input (notes, disabled rules, what was sent), so a change there re-checks too.
 */
import { useEffect, useRef, useState } from 'react'
import type { DraftTarget } from '../../../../shared/model/draft-context'
import type { ResponseOf } from '../../../../shared/ipc/contract'
import type { DraftText } from './draft-text'

const DEBOUNCE_MS = 100
/** While the spell checker loads in main, ask again after this long so spelling findings appear by themselves. */
const SPELLER_RETRY_MS = 500

export type CheckAnswer = ResponseOf<'drafts:check'> & { text: DraftText }

export function useDraftCheck(
  target: DraftTarget,
  text: DraftText,
  journalVersion: unknown,
  enabled: boolean
): { answer: CheckAnswer | null; problem: string | null } {
  const [answer, setAnswer] = useState<CheckAnswer | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [retry, setRetry] = useState(0)
  const latestRequest = useRef(0)
  const { interviewId, personId, kind } = target
  const { channel, to, subject, body } = text

  useEffect(() => {
    if (!enabled) return
    const request = ++latestRequest.current
    let retryTimer: ReturnType<typeof setTimeout> | undefined
    const timer = setTimeout(() => {
      const checked = { channel, to, subject, body }
      void window.api.drafts.check({ interviewId, personId, kind, text: checked }).then((result) => {
        if (request !== latestRequest.current) return // the user typed on: a newer check is coming
        if (!result.ok) return setProblem(result.error.message)
        setProblem(null)
        setAnswer({ ...result.value, text: checked })
        if (result.value.spelling === 'loading') {
          retryTimer = setTimeout(() => setRetry((n) => n + 1), SPELLER_RETRY_MS)
        }
      })
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      clearTimeout(retryTimer)
    }
  }, [enabled, interviewId, personId, kind, channel, to, subject, body, journalVersion, retry])

  return { answer, problem }
}
