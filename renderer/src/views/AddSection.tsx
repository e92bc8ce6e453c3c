import { useState, type ReactNode } from 'react'

/**
 * A "new …" form that stays out of the way once its list has entries: open when the list starts empty, otherwise
 * behind an "Add another …" button. A form given as a function gets `close`, to call after a successful submit
 * (what was added then shows in the list above, and the button offers the next one).
 */
export function AddSection(props: {
  startOpen: boolean
  label: string
  children: ReactNode | ((close: () => void) => ReactNode)
}) {
  const [open, setOpen] = useState(props.startOpen)
  if (!open) {
    return (
      <button type="button" className="secondary add-toggle" onClick={() => setOpen(true)}>
        {props.label}
      </button>
    )
  }
  const close = () => setOpen(false)
  return (
    <div className="add-section">
      {typeof props.children === 'function' ? props.children(close) : props.children}
      <button type="button" className="link" onClick={close}>
        Hide form
      </button>
    </div>
  )
}
