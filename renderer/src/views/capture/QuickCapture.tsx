import { useState, type KeyboardEvent } from 'react'
import { interviewPhrase } from '../../../../shared/followup/wording'
import type { Note } from '../../../../shared/model/journal'
import { useCapture } from '../../store/capture-store'
import { useJournal } from '../../store/journal-store'
import { PersonNotesField } from './PersonNotesField'

/**
 * Capture while fresh: right after an interview, one field per person met, bullet notes saved as you type, and the
 * people not in the journal yet added right here. Keyboard only: the first field has the focus, Tab moves on,
 * each line is one note, Escape closes (what was typed is saved).
 */
export function QuickCapture() {
  const interviewId = useCapture((s) => s.interviewId)
  const close = useCapture((s) => s.close)
  // The application was selected when quick capture opened, so its detail (people, notes) is in the cache.
  const detail = useJournal((s) => s.detail)
  const interview = interviewId ? detail?.interviews[interviewId] : undefined
  if (!detail || !interview) return null
  const application = detail.application
  const people = Object.values(detail.meetings)
    .filter((m) => m.interviewId === interview.id)
    .flatMap((m) => (detail.people[m.personId] ? [detail.people[m.personId]!] : []))
  const notes = Object.values(detail.notes)
    .filter((n) => n.interviewId === interview.id)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt))
  const title = `How did the ${interviewPhrase(interview.type)} at ${application.company} go?`

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close()
  }
  return (
    <div className="capture-backdrop">
      <div
        className="capture card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="capture-title"
        onKeyDown={onKeyDown}
      >
        <h2 id="capture-title">{title}</h2>
        <p className="muted">
          Note what you talked about with each person, one point per line, while it is fresh: it is what makes
          a thank-you personal. Saved as you type; Escape closes.
        </p>
        <Fields
          key={interview.id}
          interviewId={interview.id}
          people={people.map((p) => ({ id: p.id, name: p.name }))}
          notes={notes}
        />
        <div className="capture-actions">
          <button type="button" onClick={close}>
            Done
          </button>
        </div>
      </div>
    </div>
  )
}

function Fields(props: { interviewId: string; people: Array<{ id: string; name: string }>; notes: Note[] }) {
  const run = useJournal((s) => s.run)
  // Which fields have typing not yet saved; null until the first key.
  const [busy, setBusy] = useState<Record<string, boolean> | null>(null)
  const [added, setAdded] = useState<string | null>(null)
  const [name, setName] = useState('')
  const status = busy === null ? '' : Object.values(busy).some(Boolean) ? 'Saving…' : 'All notes saved'

  async function addPerson() {
    const trimmed = name.trim()
    if (!trimmed) return
    const result = await run(() =>
      window.api.people.add({ interviewId: props.interviewId, person: { name: trimmed } })
    )
    if (result) {
      setName('')
      setAdded(result.person.id)
    }
  }

  return (
    <>
      {props.people.map((person, index) => (
        <PersonNotesField
          key={person.id}
          interviewId={props.interviewId}
          personId={person.id}
          name={person.name}
          notes={props.notes.filter((n) => n.personId === person.id)}
          autoFocus={added ? added === person.id : index === 0}
          onSaving={(on) => setBusy((b) => ({ ...b, [person.id]: on }))}
        />
      ))}
      <div className="capture-field">
        <label htmlFor="capture-add-person">Someone else you met</label>
        <input
          id="capture-add-person"
          value={name}
          autoFocus={props.people.length === 0}
          placeholder="Their name, then Enter"
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              void addPerson()
            }
          }}
        />
      </div>
      <p role="status" className="muted capture-status">
        {status}
      </p>
    </>
  )
}
