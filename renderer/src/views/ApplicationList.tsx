import { useState, type FormEvent } from 'react'
import type { Application } from '../../../shared/model/journal'
import { StatusOptions } from './StatusOptions'
import { useJournal } from '../store/journal-store'
import { STATUS_LABELS } from '../lib/format'
import { AddSection } from './AddSection'

export function ApplicationList() {
  const journal = useJournal((s) => s.journal)
  const selected = useJournal((s) => s.selection.applicationId)
  const select = useJournal((s) => s.select)
  const applications = Object.values(journal?.applications ?? {}).sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt)
  )

  return (
    <nav className="sidebar" aria-label="Applications">
      <h2>Applications</h2>
      {journal && (
        <AddSection startOpen={applications.length === 0} label="Add another application…">
          <NewApplicationForm />
        </AddSection>
      )}
      {applications.length === 0 ? (
        <p className="empty">No applications yet. Add the first one above.</p>
      ) : (
        <ul className="app-list">
          {applications.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className={a.id === selected ? 'app-item selected' : 'app-item'}
                aria-current={a.id === selected ? 'true' : undefined}
                onClick={() => select({ applicationId: a.id, interviewId: null })}
              >
                <span className="app-company">{a.company}</span>
                <span className="app-role">{a.role}</span>
                <span className={`status status-${a.status}`}>{STATUS_LABELS[a.status]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}

function NewApplicationForm() {
  const run = useJournal((s) => s.run)
  const select = useJournal((s) => s.select)
  const [company, setCompany] = useState('')
  const [role, setRole] = useState('')
  const [status, setStatus] = useState<Application['status']>('applied')

  async function submit(event: FormEvent) {
    event.preventDefault()
    const created = await run(() => window.api.applications.create({ company, role, status }))
    if (created) {
      setCompany('')
      setRole('')
      select({ applicationId: created.id, interviewId: null })
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label="New application">
      <label>
        Company
        <input value={company} onChange={(e) => setCompany(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Role
        <input value={role} onChange={(e) => setRole(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Status
        <select value={status} onChange={(e) => setStatus(e.target.value as Application['status'])}>
          <StatusOptions />
        </select>
      </label>
      <button type="submit">Add application</button>
    </form>
  )
}
