import { useState } from 'react'
import { INTERVIEW_TYPES } from '../../../../shared/model/constants'
import type { Interview } from '../../../../shared/model/journal'
import { INTERVIEW_TYPE_LABELS } from '../../lib/format'
import { useJournal } from '../../store/journal-store'
import type { Preview } from './InviteImport'
import { InvitePeople, type PersonChoice } from './InvitePeople'
import { MyEmails } from './MyEmails'
import { ActionNote, EventPicker, When } from './InviteParts'

const NEW = '__new__'

interface Props {
  text: string
  preview: Preview
  pick: { eventIndex: number; occurrence: string | null }
  onPick(pick: { eventIndex: number; occurrence: string | null }): void
  onSettingsChanged(): void
  onDone(): void
}

/** The proposal, editable: the application, the interview type and who to add. Confirm writes it all at once. */
export function InvitePreview({ text, preview, pick, onPick, onSettingsChanged, onDone }: Props) {
  const { event, proposal } = preview
  const [applicationId, setApplicationId] = useState(proposal.application.id ?? NEW)
  const [company, setCompany] = useState(proposal.application.company)
  const [role, setRole] = useState(proposal.application.role)
  const [type, setType] = useState<Interview['type']>(event.type)
  const [people, setPeople] = useState<PersonChoice[]>(proposal.people.map((p) => ({ ...p })))
  const [busy, setBusy] = useState(false)
  const run = useJournal((s) => s.run)
  const select = useJournal((s) => s.select)
  const setView = useJournal((s) => s.setView)
  const fixedApplication = proposal.interviewId !== null
  const blocked = proposal.action === 'cancel-missing' || proposal.action === 'outdated'

  async function confirm() {
    setBusy(true)
    const done = await run(() =>
      window.api.calendar.confirm({
        text,
        ...pick,
        applicationId: applicationId === NEW ? null : applicationId,
        newApplication: applicationId === NEW ? { company, role } : null,
        type,
        people: people.filter((p) => p.include && !p.inInterview).map(({ email, name }) => ({ email, name }))
      })
    )
    setBusy(false)
    if (!done) return
    setView('journal')
    select({ applicationId: done.applicationId, interviewId: done.interviewId })
    onDone()
  }

  return (
    <div className="form invite-preview" aria-label="Invite preview">
      <EventPicker preview={preview} pick={pick} onPick={onPick} />
      <h3>{event.title}</h3>
      <When event={event} />
      {proposal.location && <p className="muted">Where: {proposal.location}</p>}
      <ActionNote proposal={proposal} />
      {preview.needsMyEmails && <MyEmails people={proposal.people} onSaved={onSettingsChanged} />}
      <label>
        Application
        <select
          value={applicationId}
          disabled={fixedApplication}
          onChange={(e) => setApplicationId(e.target.value)}
        >
          {preview.applications.map((a) => (
            <option key={a.id} value={a.id}>
              {a.company} — {a.role}
            </option>
          ))}
          <option value={NEW}>New application…</option>
        </select>
      </label>
      {!fixedApplication && <p className="muted">Suggested: {proposal.application.reason}.</p>}
      {applicationId === NEW && (
        <div className="row">
          <label>
            Company
            <input value={company} onChange={(e) => setCompany(e.target.value)} />
          </label>
          <label>
            Role
            <input
              value={role}
              onChange={(e) => setRole(e.target.value)}
              placeholder="e.g. Backend Engineer"
            />
          </label>
        </div>
      )}
      <label>
        Interview type
        <select value={type} onChange={(e) => setType(e.target.value as Interview['type'])}>
          {INTERVIEW_TYPES.map((t) => (
            <option key={t} value={t}>
              {INTERVIEW_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      {proposal.action !== 'cancel' && <InvitePeople people={people} onChange={setPeople} />}
      <div className="button-row">
        <button
          type="button"
          disabled={busy || blocked || (applicationId === NEW && (!company.trim() || !role.trim()))}
          onClick={() => void confirm()}
        >
          Confirm
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  )
}
