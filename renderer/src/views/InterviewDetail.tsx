import { useMemo, useState } from 'react'
import { useJournal } from '../store/journal-store'
import { INTERVIEW_TYPE_LABELS } from '../lib/format'
import { formatInterviewTime } from '../lib/datetime'
import { NewPersonForm } from './NewPersonForm'
import { PersonCard } from './PersonCard'
import { AddSection } from './AddSection'
import { DraftEditor } from './drafts/DraftEditor'
import { CalendarExportButton } from './calendar/CalendarExport'
import { EditInterview } from './edit/EditInterview'
import { deleteWithUndo } from '../ui/delete-with-undo'

/** One interview: the people met in it, each with their own bullet notes (the person is the unit of follow-up). */
export function InterviewDetail({ interviewId }: { interviewId: string }) {
  const interview = useJournal((s) => s.detail?.interviews[interviewId])
  const meetings = useJournal((s) => s.detail?.meetings)
  const peopleTable = useJournal((s) => s.detail?.people)
  const editing = useJournal((s) => s.editing)
  const select = useJournal((s) => s.select)
  const [editingId, setEditingId] = useState<string | null>(null)
  const people = useMemo(
    () =>
      Object.values(meetings ?? {})
        .filter((m) => m.interviewId === interviewId)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((m) => peopleTable?.[m.personId])
        .filter((p) => p !== undefined),
    [meetings, peopleTable, interviewId]
  )
  if (!interview) return null
  const label = `the ${INTERVIEW_TYPE_LABELS[interview.type].toLowerCase()} interview`

  async function removeInterview() {
    const deleted = await deleteWithUndo(window.api, label, () =>
      window.api.interviews.delete({ id: interviewId })
    )
    if (deleted) select({ interviewId: null })
  }

  return (
    <section className="card" aria-label="People met">
      {editingId === interviewId ? (
        <EditInterview interview={interview} onDone={() => setEditingId(null)} />
      ) : (
        <>
          <h3>
            People met · {INTERVIEW_TYPE_LABELS[interview.type]}{' '}
            <span className="muted">{formatInterviewTime(interview)}</span>
            {interview.status === 'cancelled' && <span className="tag cancelled">Cancelled</span>}
          </h3>
          {interview.location && <p className="muted">{interview.location}</p>}
          <div className="record-actions">
            <CalendarExportButton interviewId={interviewId} label="Add to calendar" className="link" />
            <button type="button" className="link" onClick={() => setEditingId(interviewId)}>
              Edit interview
            </button>
            <button
              type="button"
              className="link danger-link"
              title="With the people's notes and drafts from it"
              onClick={() => void removeInterview()}
            >
              Delete interview
            </button>
          </div>
        </>
      )}
      {people.length === 0 && (
        <p className="empty">Add each person you met: each one gets their own thank-you.</p>
      )}
      <div className="people">
        {people.map((p) => (
          <PersonCard key={p.id} person={p} interviewId={interviewId} />
        ))}
      </div>
      {editing && editing.target.interviewId === interviewId && (
        <DraftEditor key={editing.draft.id} editing={editing} />
      )}
      <AddSection key={interviewId} startOpen={people.length === 0} label="Add another person…">
        {(close) => <NewPersonForm interviewId={interviewId} onAdded={close} />}
      </AddSection>
    </section>
  )
}
