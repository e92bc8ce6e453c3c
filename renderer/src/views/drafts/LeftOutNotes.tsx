import type { LeftOutNote } from '../../../../shared/etiquette/contract'
import type { Note } from '../../../../shared/model/journal'
import { proposeUse } from '../../../../shared/note-use/classify-use'

/** The word shown for a note kept out of the draft: why, in one word or two. */
function reasonWord(note: Note | undefined, reason: LeftOutNote['reason']): string {
  if (reason === 'private') return 'private'
  if (reason === 'unphraseable') return 'unclear wording'
  return (note && proposeUse(note.text).category) ?? 'sensitive'
}

/**
 * “2 notes kept out: pay, confidential · change”: which notes the composer kept out of this draft and why, with a
 * link to the person's notes. `leftOut` is the composer's own list when the draft was just composed; without it
 * (a draft reopened later) the notes' uses and the sensitivity reading tell the same story.
 */
export function LeftOutNotes({
  notes,
  leftOut,
  onChange
}: {
  notes: readonly Note[]
  leftOut: readonly LeftOutNote[] | null
  onChange: () => void
}) {
  const kept = (
    leftOut ??
    notes.flatMap((n, index): LeftOutNote[] => {
      if (n.use === 'private') return [{ note: index, reason: 'private' }]
      if (n.use === 'auto' && proposeUse(n.text).sensitive) return [{ note: index, reason: 'sensitive' }]
      return []
    })
  ).filter((l) => l.reason !== 'not-chosen')
  if (kept.length === 0) return null
  const words = [...new Set(kept.map((l) => reasonWord(notes[l.note], l.reason)))]
  return (
    <p className="left-out muted" role="note">
      {kept.length === 1 ? '1 note' : `${kept.length} notes`} kept out: {words.join(', ')} ·{' '}
      <button type="button" className="link" onClick={onChange}>
        change
      </button>
    </p>
  )
}
