/**
 * A confirmation for what cannot be undone (an import that replaces the journal, clearing the API key). Built on
 * the native <dialog> with showModal(): the browser makes the rest of the page inert (a real focus trap, also for
 * screen readers), closes on Escape (the `cancel` event) and returns focus to what opened it. A headless library
 * (Radix, Headless UI, React Aria) would add 10-30 KB gzip for what Chromium already does; Electron always ships a
 * Chromium that supports it. Deletes do not ask: they show an Undo toast instead.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react'

/**
 * Keeps Tab inside the dialog: the modal makes the page inert, but Tab from the last button would still leave for
 * the browser's own UI in a browser (in the Chromium harness); wrap to the first instead, and back.
 */
export function wrapTab(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return
  const focusable = [
    ...event.currentTarget.querySelectorAll<HTMLElement>('button, [href], input, select, textarea')
  ]
  const first = focusable[0]
  const last = focusable[focusable.length - 1]
  if (!first || !last) return
  if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first.focus()
  } else if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last.focus()
  }
}

/**
 * Opens and closes a native modal <dialog> with `open`; Escape fires `cancel`, and the owner decides (it sets open to
 * false), so the dialog never closes behind its state's back. Used by every dialog of the app.
 */
export function useModalDialog(open: boolean, onCancel: () => void): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const cancel = (event: Event) => {
      event.preventDefault()
      onCancel()
    }
    dialog.addEventListener('cancel', cancel)
    return () => dialog.removeEventListener('cancel', cancel)
  }, [onCancel])
  return ref
}

export interface ConfirmDialogProps {
  open: boolean
  title: string
  /** What will happen, in plain words. */
  message: string
  confirmLabel: string
  cancelLabel?: string
  /** A destructive action gets the warning colour. */
  destructive?: boolean
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const ref = useModalDialog(props.open, props.onCancel)
  const titleId = useId()
  const messageId = useId()

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onKeyDown={wrapTab}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p id={messageId}>{props.message}</p>
      <div className="button-row confirm-actions">
        {/* Cancel first and focused: the safe choice is the default one. */}
        <button type="button" className="secondary" autoFocus onClick={props.onCancel}>
          {props.cancelLabel ?? 'Cancel'}
        </button>
        <button type="button" className={props.destructive ? 'danger' : undefined} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
