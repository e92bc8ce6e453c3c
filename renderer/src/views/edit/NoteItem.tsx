import { useState, type FormEvent, type KeyboardEvent } from 'react'
import type { Note } from '../../store/cache'
import { useJournal } from '../../store/journal-store'
import { deleteWithUndo } from '../../ui/delete-with-undo'
import { NO_PROBLEMS, sentence, submitForm } from '../../lib/submit'
import { NoteUseButton } from '../NoteUseButton'
import { noteLabel } from './record-words'

/** One bullet note: its text, edited in place (Enter saves, Escape cancels), its use, and delete with Undo. */
export function NoteItem({ note }: { note: Note }) {
  const patchLocal = useJournal((s) => s.patchLocal)
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(note.text)
  const [problems, setProblems] = useState(NO_PROBLEMS)

  function startEditing() {
    setText(note.text)
    setProblems(NO_PROBLEMS)
    setEditing(true)
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    if (text.trim() === note.text) return setEditing(false)
    const answer = await submitForm(() => window.api.notes.update({ id: note.id, text }))
    if (!answer.ok) return setProblems(answer.problems)
    patchLocal({ put: { notes: [answer.value] } })
    setEditing(false)
  }

  function cancelOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape') setEditing(false)
  }

  if (editing) {
    const problem = sentence(problems.fields['text'] ?? problems.form ?? undefined)
    return (
      <li className="note-editing">
        <form className="note-edit-form" onSubmit={save}>
          <input
            aria-label="Note text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={cancelOnEscape}
            maxLength={2000}
            autoFocus
            aria-invalid={problem ? true : undefined}
          />
          <button type="submit">Save</button>
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
          {problem && <span className="field-problem">{problem}</span>}
        </form>
      </li>
    )
  }

  return (
    <li className={note.use === 'private' ? 'note-private' : undefined}>
      <span>{note.text}</span>
      <NoteUseButton note={note} />
      <button type="button" className="link" aria-label={`Edit note: ${note.text}`} onClick={startEditing}>
        Edit
      </button>
      <button
        type="button"
        className="link"
        aria-label={`Delete note: ${note.text}`}
        onClick={() =>
          void deleteWithUndo(window.api, noteLabel(note.text), () =>
            window.api.notes.delete({ id: note.id })
          )
        }
      >
        ×
      </button>
    </li>
  )
}
