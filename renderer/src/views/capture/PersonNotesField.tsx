import { useEffect, useRef, useState } from 'react'
import type { Note } from '../../../../shared/model/journal'
import { bulletLines, noteChanges } from '../../lib/bullets'
import { useJournal } from '../../store/journal-store'

const SAVE_AFTER_MS = 400

/**
 * One person's bullet notes as one field, one note per line, saved as you type (a moment after the last key): line
 * i is the person's note i for this interview, so editing a line updates that note and clearing it deletes it.
 */
export function PersonNotesField(props: {
  interviewId: string
  personId: string
  name: string
  notes: Note[]
  autoFocus: boolean
  onSaving: (saving: boolean) => void
}) {
  const { interviewId, personId, onSaving } = props
  const run = useJournal((s) => s.run)
  const [text, setText] = useState(() => props.notes.map((n) => n.text).join('\n'))
  // What main holds: the note ids in line order and their texts. Changes are applied one after another.
  const saved = useRef({ ids: props.notes.map((n) => n.id), texts: props.notes.map((n) => n.text) })
  const chain = useRef(Promise.resolve())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef(text)

  function save() {
    timer.current = null
    const lines = bulletLines(latest.current)
    chain.current = chain.current.then(async () => {
      for (const change of noteChanges(saved.current.texts, lines)) {
        const { ids, texts } = saved.current
        if (change.type === 'add') {
          const note = await run(() => window.api.notes.add({ interviewId, personId, text: change.text }))
          if (!note) return
          ids.push(note.id)
          texts.push(change.text)
        } else if (change.type === 'update') {
          if (!(await run(() => window.api.notes.update({ id: ids[change.index]!, text: change.text }))))
            return
          texts[change.index] = change.text
        } else {
          if (!(await run(() => window.api.notes.delete({ id: ids[change.index]! })))) return
          ids.splice(change.index, 1)
          texts.splice(change.index, 1)
        }
      }
    })
    void chain.current.finally(() => onSaving(timer.current !== null))
  }

  // Leaving the view saves what was typed last.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current)
        save()
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    []
  )

  const id = `capture-${personId}`
  return (
    <div className="capture-field">
      <label htmlFor={id}>{props.name}</label>
      <textarea
        id={id}
        rows={4}
        value={text}
        autoFocus={props.autoFocus}
        placeholder="What you talked about, one point per line"
        onChange={(e) => {
          setText(e.target.value)
          latest.current = e.target.value
          onSaving(true)
          if (timer.current) clearTimeout(timer.current)
          timer.current = setTimeout(save, SAVE_AFTER_MS)
        }}
      />
    </div>
  )
}
