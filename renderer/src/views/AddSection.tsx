import { useState, type ReactNode } from 'react'

/**
 * A "new …" form that stays out of the way once its list has entries: open when the list starts empty, otherwise
 * behind an "Add another …" button. Once opened it stays open (people add several interviewers in a row).
 */
export function AddSection(props: { startOpen: boolean; label: string; children: ReactNode }) {
  const [open, setOpen] = useState(props.startOpen)
  if (!open) {
    return (
      <button type="button" className="secondary add-toggle" onClick={() => setOpen(true)}>
        {props.label}
      </button>
    )
  }
  return (
    <div className="add-section">
      {props.children}
      <button type="button" className="link" onClick={() => setOpen(false)}>
        Hide form
      </button>
    </div>
  )
}
