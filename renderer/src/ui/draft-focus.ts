/**
 * The draft in focus: when the editor opens on a person's draft (from the Due panel, a person card, a notification
 * or Back/Forward), it is scrolled into view and the cursor is put in the body, so the note can be written at once.
 */
import { useJournal } from '../store/journal-store'

const targetKey = (t: { interviewId: string; personId: string; kind: string } | undefined) =>
  t ? `${t.interviewId}:${t.personId}:${t.kind}` : ''

function focusEditor(): void {
  const editor = document.querySelector<HTMLElement>('section.editor')
  if (!editor) return
  editor.scrollIntoView({ block: 'start' })
  const body = editor.querySelector<HTMLTextAreaElement>('textarea.hl-textarea')
  if (!body || body.readOnly) return
  body.focus({ preventScroll: true })
  body.setSelectionRange(0, 0)
}

let started = false
export function startDraftFocus(): void {
  if (started) return
  started = true
  useJournal.subscribe((s, previous) => {
    const key = targetKey(s.editing?.target)
    if (key && key !== targetKey(previous.editing?.target)) requestAnimationFrame(focusEditor)
  })
}
