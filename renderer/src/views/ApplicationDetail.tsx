import { useMemo, useState } from 'react'
import type { ApplicationStatus } from '../../../shared/model/constants'
import { StatusOptions } from './StatusOptions'
import { useJournal } from '../store/journal-store'
import { INTERVIEW_TYPE_LABELS } from '../lib/format'
import { formatInterviewTime } from '../lib/datetime'
import { NewInterviewForm } from './NewInterviewForm'
import { InterviewDetail } from './InterviewDetail'
import { AddSection } from './AddSection'
import { EditApplication } from './edit/EditApplication'
import { deleteWithUndo } from '../ui/delete-with-undo'
import type { Application } from '../store/cache'

export function ApplicationDetail() {
  const application = useJournal((s) => s.detail?.application)
  const interviewTable = useJournal((s) => s.detail?.interviews)
  const { applicationId, interviewId } = useJournal((s) => s.selection)
  const select = useJournal((s) => s.select)
  const run = useJournal((s) => s.run)
  const [editingId, setEditingId] = useState<string | null>(null)
  const interviews = useMemo(
    () => Object.values(interviewTable ?? {}).sort((a, b) => a.startAt.localeCompare(b.startAt)),
    [interviewTable]
  )

  if (!application || application.id !== applicationId) {
    return (
      <main className="detail empty-detail">
        <p>
          {applicationId
            ? 'Opening the application…'
            : 'Select an application, or add one, to record its interviews and the people you met.'}
        </p>
      </main>
    )
  }

  return (
    <main className="detail" aria-label={`${application.company} application`}>
      <BackToHome />
      <section className="card">
        {editingId === application.id ? (
          <EditApplication application={application} onDone={() => setEditingId(null)} />
        ) : (
          <div className="record-heading">
            <h2>
              {application.role} <span className="muted">at</span> {application.company}
            </h2>
            <ApplicationActions application={application} onEdit={() => setEditingId(application.id)} />
          </div>
        )}
        <label className="inline">
          Status
          <select
            value={application.status}
            onChange={(e) =>
              void run(() =>
                window.api.applications.update({
                  id: application.id,
                  patch: { status: e.target.value as ApplicationStatus }
                })
              )
            }
          >
            <StatusOptions />
          </select>
        </label>
      </section>

      <section className="card">
        <h3>Interviews</h3>
        {interviews.length === 0 ? (
          <p className="empty">No interviews yet.</p>
        ) : (
          <ul className="interview-list">
            {interviews.map((i) => (
              <li key={i.id}>
                <button
                  type="button"
                  className={i.id === interviewId ? 'interview-item selected' : 'interview-item'}
                  onClick={() => select({ interviewId: i.id })}
                >
                  <span className="interview-type">{INTERVIEW_TYPE_LABELS[i.type]}</span>
                  {i.round !== null && <span className="muted"> · round {i.round}</span>}
                  {i.status === 'cancelled' && <span className="tag cancelled">Cancelled</span>}
                  <span className="interview-time">{formatInterviewTime(i)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <AddSection key={application.id} startOpen={interviews.length === 0} label="Add another interview…">
          {(close) => (
            <NewInterviewForm
              applicationId={application.id}
              onCreated={(id) => {
                close()
                select({ interviewId: id })
              }}
            />
          )}
        </AddSection>
      </section>

      {interviewId && interviewTable?.[interviewId] && <InterviewDetail interviewId={interviewId} />}
    </main>
  )
}

/** The way back from one application to the page it was opened from (Escape does the same). */
function BackToHome() {
  const home = useJournal((s) => s.home)
  const select = useJournal((s) => s.select)
  return (
    <button
      type="button"
      className="link back-link"
      onClick={() => select({ applicationId: null, interviewId: null })}
    >
      <span aria-hidden="true">← </span>
      {home === 'applications' ? 'All applications' : 'Today'}
    </button>
  )
}

/** Edit company and role; delete the application with everything in it (undo from the toast). */
function ApplicationActions(props: { application: Application; onEdit: () => void }) {
  const { application } = props
  const select = useJournal((s) => s.select)
  async function remove() {
    const deleted = await deleteWithUndo(window.api, `the ${application.company} application`, () =>
      window.api.applications.delete({ id: application.id })
    )
    if (deleted) select({ applicationId: null, interviewId: null })
  }
  return (
    <span className="record-actions">
      <button type="button" className="link" onClick={props.onEdit}>
        Edit
      </button>
      <button
        type="button"
        className="link danger-link"
        title="With its interviews, people, notes and drafts"
        onClick={() => void remove()}
      >
        Delete application
      </button>
    </span>
  )
}
