import { useState } from 'react'
import { handoffFor, type Handoff as HandoffPlan } from '../../../../shared/handoff'
import { useJournal } from '../../store/journal-store'
import type { DraftText } from './draft-text'

/**
 * Sending the draft from here: "Open in mail app" (a mailto the OS opens), or for LinkedIn "Copy and open
 * profile"; then "Did you send it?" marks it sent. When the mail app cannot take it (no address, too long), the
 * reason is said plainly and Copy (beside) is the way. `text` is the editor's live text; without it the last saved
 * text of the open draft is used (autosave keeps it within a moment of the typing).
 */
export function Handoff(props: { text?: DraftText; busy: boolean; onMarkSent(): void }) {
  const draftId = useJournal((s) => s.editing?.draft.id)
  const saved = useJournal((s) => (draftId ? (s.detail?.drafts[draftId] ?? s.editing?.draft) : undefined))
  const contacts = useJournal((s) => {
    const personId = s.editing?.target.personId
    return personId ? s.detail?.people[personId]?.contacts : undefined
  })
  const [asked, setAsked] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const draft = props.text ?? saved
  const markSent = (
    <button type="button" className="secondary" onClick={props.onMarkSent} disabled={props.busy}>
      Mark as sent
    </button>
  )
  if (!draft) return markSent
  const plan = handoffFor(draft, contacts ?? [])

  async function open(p: Exclude<HandoffPlan, { kind: 'copy' }>) {
    if (p.kind === 'linkedin') await navigator.clipboard.writeText(p.copyText)
    const url = p.kind === 'mail' ? p.url : p.profileUrl
    const answer = await window.api.shell.openExternal({ url })
    if (!answer.ok || !answer.value.opened) {
      return setProblem(
        answer.ok ? 'The app could not open it. Copy the note instead.' : answer.error.message
      )
    }
    setProblem(null)
    setAsked(true)
  }

  if (asked) {
    return (
      <div className="handoff" role="group" aria-label="Did you send it?">
        <span>Did you send it?</span>
        <button type="button" onClick={props.onMarkSent}>
          Yes, mark as sent
        </button>
        <button type="button" className="secondary" onClick={() => setAsked(false)}>
          Not yet
        </button>
      </div>
    )
  }
  if (plan.kind === 'copy') {
    return (
      <>
        {markSent}
        <span className="muted handoff-reason">{plan.reason}</span>
      </>
    )
  }
  return (
    <>
      <button type="button" onClick={() => void open(plan)}>
        {plan.kind === 'mail' ? 'Open in mail app' : 'Copy and open profile'}
      </button>
      {problem && (
        <span className="form-problem" role="alert">
          {problem}
        </span>
      )}
      {markSent}
    </>
  )
}
