import { startTransition, useOptimistic, useState } from 'react'
import type { DraftTarget } from '../../../shared/model/draft-context'
import type { Journal, Person } from '../../../shared/model/journal'
import { useJournal } from '../store/journal-store'
import { findOpenDraft, followUpStatus, KIND_LABELS, latestSentDraft } from '../lib/drafts'
import { formatMoment } from '../lib/format'

const KINDS: DraftTarget['kind'][] = ['thank-you', 'follow-up']

/**
 * The follow-up part of a person card: what was sent and heard, whether they asked for availability, and the
 * buttons that open the draft editor (composing a first draft from the notes when there is none yet).
 */
export function FollowUp({
  person,
  interviewId,
  journal
}: {
  person: Person
  interviewId: string
  journal: Journal
}) {
  const run = useJournal((s) => s.run)
  const openEditor = useJournal((s) => s.openEditor)
  const editing = useJournal((s) => s.editing)
  const [busy, setBusy] = useState(false)
  const status = followUpStatus(journal, person.id, interviewId)
  const refresh = useJournal((s) => s.refresh)
  const meeting = Object.values(journal.meetings).find(
    (m) => m.interviewId === interviewId && m.personId === person.id
  )
  const [askedAvailability, setAskedAvailability] = useOptimistic(meeting?.availabilityRequested ?? false)

  function toggleAvailability(id: string, requested: boolean) {
    startTransition(async () => {
      setAskedAvailability(requested)
      const updated = await run(() =>
        window.api.meetings.update({ id, patch: { availabilityRequested: requested } })
      )
      if (updated) await refresh()
    })
  }

  async function open(kind: DraftTarget['kind']) {
    const target = { interviewId, personId: person.id, kind }
    const existing = findOpenDraft(journal, target)
    if (existing) return openEditor({ target, draft: existing })
    setBusy(true)
    const composed = await run(() => window.api.drafts.compose(target))
    setBusy(false)
    if (composed) openEditor({ target, draft: composed.draft, leftOut: composed.leftOut })
  }

  function viewSent(kind: DraftTarget['kind']) {
    const target = { interviewId, personId: person.id, kind }
    const sent = latestSentDraft(journal, target)
    if (sent) openEditor({ target, draft: sent })
  }

  return (
    <div className="follow-up">
      <p className="follow-up-status" aria-label={`Follow-up with ${person.name}`}>
        {status.thankYouSentAt ? (
          <span className="pill pill-done">Thank-you sent {formatMoment(status.thankYouSentAt)}</span>
        ) : (
          <span className="pill pill-todo">No thank-you sent yet</span>
        )}
        {status.checkInsSent > 0 && status.lastCheckInAt && (
          <span className="pill">
            {status.checkInsSent === 1 ? 'Check-in' : `${status.checkInsSent} check-ins`} sent, last{' '}
            {formatMoment(status.lastCheckInAt)}
          </span>
        )}
        {status.lastReplyAt && (
          <span className="pill pill-done">Replied {formatMoment(status.lastReplyAt)}</span>
        )}
      </p>
      {meeting && (
        <label className="inline check">
          <input
            type="checkbox"
            checked={askedAvailability}
            onChange={(e) => toggleAvailability(meeting.id, e.target.checked)}
          />
          Asked for my availability
        </label>
      )}
      <div className="button-row">
        {KINDS.map((kind) => {
          const target = { interviewId, personId: person.id, kind }
          const hasOpen = findOpenDraft(journal, target) !== undefined
          const isOpen =
            editing?.target.personId === person.id &&
            editing.target.interviewId === interviewId &&
            editing.target.kind === kind
          const label = hasOpen ? `Edit ${KIND_LABELS[kind]}` : `Write ${KIND_LABELS[kind]}`
          return (
            <button
              key={kind}
              type="button"
              className={kind === 'thank-you' ? '' : 'secondary'}
              aria-pressed={isOpen}
              disabled={busy}
              onClick={() => void open(kind)}
            >
              {label}
            </button>
          )
        })}
        {KINDS.map((kind) =>
          latestSentDraft(journal, { interviewId, personId: person.id, kind }) ? (
            <button key={`sent-${kind}`} type="button" className="secondary" onClick={() => viewSent(kind)}>
              View sent {KIND_LABELS[kind]}
            </button>
          ) : null
        )}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void run(() =>
              window.api.contacts.logReply({ personId: person.id, interviewId, channel: 'email' })
            )
          }
        >
          Log a reply
        </button>
      </div>
    </div>
  )
}
