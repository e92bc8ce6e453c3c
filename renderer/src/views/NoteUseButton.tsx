import type { Note } from '../../../shared/model/journal'
import { proposeUse } from '../../../shared/note-use/classify-use'
import { useJournal } from '../store/journal-store'

/** auto → use → private → auto: one click moves a note to the next use. */
const NEXT: Record<Note['use'], Note['use']> = { auto: 'use', use: 'private', private: 'auto' }

/** What the button says, and a sentence for screen readers and the tooltip. */
export function noteUseLabel(note: Pick<Note, 'text' | 'use'>): { label: string; explain: string } {
  if (note.use === 'private') return { label: 'Private', explain: 'Never used in a draft or sent to an LLM.' }
  if (note.use === 'use') return { label: 'Use', explain: 'You want drafts to mention it.' }
  const { sensitive, category } = proposeUse(note.text)
  if (sensitive && category)
    return {
      label: `Kept out (${category})`,
      explain: `Auto: looks like ${category}, so drafts leave it out unless you choose Use.`
    }
  return { label: 'Auto', explain: 'The composer decides whether a draft mentions it.' }
}

/** Shows a note's use and flips it (auto → use → private) with one click. */
export function NoteUseButton({ note }: { note: Note }) {
  const run = useJournal((s) => s.run)
  const { label, explain } = noteUseLabel(note)
  const sensitive = note.use === 'auto' && label !== 'Auto'
  return (
    <button
      type="button"
      className={`pill note-use note-use-${note.use}${sensitive ? ' note-use-sensitive' : ''}`}
      title={`${explain} Click to change.`}
      aria-label={`Use of note “${note.text}”: ${label}. ${explain} Change to ${NEXT[note.use]}.`}
      onClick={() => void run(() => window.api.notes.update({ id: note.id, use: NEXT[note.use] }))}
    >
      {label}
    </button>
  )
}
