import { startTransition, useOptimistic, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { DraftTarget } from '../../../shared/model/draft-context'
import type { Person } from '../store/cache'
import { useJournal } from '../store/journal-store'
import { findOpenDraft, followUpStatus, KIND_LABELS, latestSentDraft } from '../lib/drafts'
import { followUpState } from '../lib/follow-up-state'

const KINDS: DraftTarget['kind'][] = ['thank-you', 'check-in']

/**
 * The follow-up part of a person card: what was sent and heard in plain words, whether they asked for
 * availability, and only the next sensible step (the thank-you, then a check-in while no reply came), plus links
 * to what was sent. The draft editor opens on click (composing a first draft from the notes when there is none).
 */
export function FollowUp({ person, interviewId }: { person: Person; interviewId: string }) {
  const run = useJournal((s) => s.run)
  const openEditor = useJournal((s) => s.openEditor)
  const patchLocal = useJournal((s) => s.patchLocal)
  // Each selector picks this person's records out of the open application, so other people's edits (an autosave
  // of someone else's draft) leave this card alone.
  const editingKind = useJournal((s) =>
    s.editing?.target.personId === person.id && s.editing.target.interviewId === interviewId
      ? s.editing.target.kind
      : null
  )
  const [busy, setBusy] = useState(false)
  const status = useJournal(useShallow((s) => followUpStatus(s.detail?.contactLog, person.id, interviewId)))
  const meeting = useJournal((s) =>
    Object.values(s.detail?.meetings ?? {}).find(
      (m) => m.interviewId === interviewId && m.personId === person.id
    )
  )
  const target = (kind: DraftTarget['kind']) => ({ interviewId, personId: person.id, kind })
  const open = {
    'thank-you': useJournal((s) => findOpenDraft(s.detail?.drafts, target('thank-you'))),
    'check-in': useJournal((s) => findOpenDraft(s.detail?.drafts, target('check-in')))
  }
  const sent = {
    'thank-you': useJournal((s) => latestSentDraft(s.detail?.drafts, target('thank-you'))),
    'check-in': useJournal((s) => latestSentDraft(s.detail?.drafts, target('check-in')))
  }
  const [askedAvailability, setAskedAvailability] = useOptimistic(meeting?.availabilityRequested ?? false)

  function toggleAvailability(id: string, requested: boolean) {
    startTransition(async () => {
      setAskedAvailability(requested)
      const updated = await run(() =>
        window.api.meetings.update({ id, patch: { availabilityRequested: requested } })
      )
      if (updated) patchLocal({ put: { meetings: [updated] } })
    })
  }

  async function openDraft(kind: DraftTarget['kind']) {
    const existing = open[kind]
    if (existing) return openEditor({ target: target(kind), draft: existing })
    setBusy(true)
    const composed = await run(() => window.api.drafts.compose(target(kind)))
    setBusy(false)
    if (composed) openEditor({ target: target(kind), draft: composed.draft, leftOut: composed.leftOut })
  }

  function viewSent(kind: DraftTarget['kind']) {
    const draft = sent[kind]
    if (draft) openEditor({ target: target(kind), draft })
  }

  const state = followUpState(status, new Date())
  const next = state.next
  return (
    <div className="check-in">
      <p className="follow-up-status" aria-label={`Follow-up with ${person.name}`}>
        {state.facts.map((fact) => (
          <span key={fact.text} className={`pill pill-${fact.tone}`}>
            {fact.text}
          </span>
        ))}
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
        {next && (
          <button
            type="button"
            aria-pressed={editingKind === next}
            disabled={busy}
            onClick={() => void openDraft(next)}
          >
            {open[next] ? `Edit ${KIND_LABELS[next]}` : `Write ${KIND_LABELS[next]}`}
          </button>
        )}
        {state.awaitingReply && (
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
        )}
        {KINDS.map((kind) =>
          sent[kind] ? (
            <button key={`sent-${kind}`} type="button" className="link" onClick={() => viewSent(kind)}>
              View sent {KIND_LABELS[kind]}
            </button>
          ) : null
        )}
      </div>
    </div>
  )
}
