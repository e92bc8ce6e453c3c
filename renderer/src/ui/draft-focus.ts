/**
 * The draft in focus: when the editor opens on a person's draft (from the Due panel, a person card, a notification
 * or Back/Forward), it is scrolled into view and the cursor is put in the body, so the note can be written at once.
 * When it closes (Escape, Close), focus goes back to where the user was: the control that opened it, or, when that
 * is gone (the card now offers another action), that person's card, so a keyboard user is not dropped at the top.
 */
import { useJournal } from '../store/journal-store'
import type { DraftTarget } from '../../../shared/model/draft-context'
import { notesListId } from '../views/PersonCard'

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

/** What had focus when the editor opened, and for whom it was. */
let opener: { element: HTMLElement | null; target: DraftTarget } | null = null

const focusLost = () => !document.activeElement || document.activeElement === document.body

function returnFocus(): void {
  const from = opener
  opener = null
  if (!from || !focusLost()) return
  const { element, target } = from
  if (element?.isConnected && element.offsetParent !== null) return element.focus()
  // The opener is gone: the person's notes list (focusable, inside their card) stands for the card.
  document.getElementById(notesListId(target.interviewId, target.personId))?.focus()
}

let started = false
export function startDraftFocus(): void {
  if (started) return
  started = true
  useJournal.subscribe((s, previous) => {
    const key = targetKey(s.editing?.target)
    const before = targetKey(previous.editing?.target)
    if (key === before) return
    if (key) {
      // Opened from a control (not from another draft): that control is where Escape comes back to.
      if (!before) {
        const active = document.activeElement
        opener = {
          element: active instanceof HTMLElement && active !== document.body ? active : null,
          target: s.editing!.target
        }
      } else if (opener) opener = { ...opener, target: s.editing!.target }
      requestAnimationFrame(focusEditor)
    } else if (opener) requestAnimationFrame(returnFocus)
  })
}
