import { memo, useMemo, useState, type FormEvent } from 'react'
import { useJournal } from '../store/journal-store'
import type { Person } from '../store/cache'
import { FollowUp } from './FollowUp'
import { NoteItem } from './edit/NoteItem'
import { EditPerson } from './edit/EditPerson'
import { ContactHistory } from './edit/ContactHistory'
import { deleteWithUndo } from '../ui/delete-with-undo'

const CONTACT_LABELS = { email: 'Email', linkedin: 'LinkedIn', phone: 'Phone', other: 'Other' } as const

/** The id of a person's notes list, so the draft editor's "change" link can bring it into view. */
export function notesListId(interviewId: string, personId: string): string {
  return `notes-${interviewId}-${personId}`
}

/** The value of a person card's data-person-card attribute, so a search hit can bring that card into view. */
export function personCardKey(interviewId: string, personId: string): string {
  return `${interviewId}:${personId}`
}

/** A person met in one interview, with their bullet notes from that interview. */
export const PersonCard = memo(function PersonCard({
  person,
  interviewId
}: {
  person: Person
  interviewId: string
}) {
  const noteTable = useJournal((s) => s.detail?.notes)
  const run = useJournal((s) => s.run)
  const [note, setNote] = useState('')
  const [editing, setEditing] = useState(false)
  const notes = useMemo(
    () =>
      Object.values(noteTable ?? {})
        .filter((n) => n.interviewId === interviewId && n.personId === person.id)
        .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt)),
    [noteTable, interviewId, person.id]
  )

  async function addNote(event: FormEvent) {
    event.preventDefault()
    const text = note.trim()
    if (!text) return
    const added = await run(() => window.api.notes.add({ interviewId, personId: person.id, text }))
    if (added) setNote('')
  }

  return (
    <article
      className="person"
      aria-label={person.name}
      data-person-card={personCardKey(interviewId, person.id)}
    >
      {editing ? (
        <EditPerson person={person} onDone={() => setEditing(false)} />
      ) : (
        <>
          <header>
            <h4>{person.name}</h4>
            {person.title && <span className="muted">{person.title}</span>}
            <PersonActions person={person} interviewId={interviewId} onEdit={() => setEditing(true)} />
          </header>
          {person.contacts.length > 0 && (
            <ul className="contacts">
              {person.contacts.map((c) => (
                <li key={`${c.kind}:${c.value}`}>
                  <span className="muted">{CONTACT_LABELS[c.kind]}:</span> {c.value}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <ul
        className="notes"
        id={notesListId(interviewId, person.id)}
        tabIndex={-1}
        aria-label={`Notes about ${person.name}`}
      >
        {notes.map((n) => (
          <NoteItem key={n.id} note={n} />
        ))}
      </ul>
      <form className="note-form" onSubmit={addNote}>
        <input
          aria-label={`New note about ${person.name}`}
          placeholder="What did you talk about?"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={2000}
        />
        <button type="submit">Add note</button>
      </form>
      <FollowUp person={person} interviewId={interviewId} />
      <ContactHistory personId={person.id} interviewId={interviewId} />
    </article>
  )
})

/** Edit, remove from this interview only, or delete everywhere (both deletes can be undone from the toast). */
function PersonActions(props: { person: Person; interviewId: string; onEdit: () => void }) {
  const { person, interviewId } = props
  return (
    <span className="record-actions">
      <button type="button" className="link" aria-label={`Edit ${person.name}`} onClick={props.onEdit}>
        Edit
      </button>
      <button
        type="button"
        className="link"
        aria-label={`Remove ${person.name} from this interview`}
        title="Their notes from this interview go; they stay in other interviews"
        onClick={() =>
          void deleteWithUndo(window.api, `${person.name} from this interview`, () =>
            window.api.people.remove({ interviewId, personId: person.id })
          )
        }
      >
        Remove from interview
      </button>
      <button
        type="button"
        className="link danger-link"
        aria-label={`Delete ${person.name} everywhere`}
        title="Every interview, note, draft and logged contact with them"
        onClick={() =>
          void deleteWithUndo(window.api, person.name, () => window.api.people.delete({ id: person.id }))
        }
      >
        Delete
      </button>
    </span>
  )
}
