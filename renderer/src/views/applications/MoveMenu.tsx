import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../../shared/model/constants'
import { STATUS_LABELS } from '../../lib/format'

/**
 * "Move to…": a small menu of the other statuses, for whoever does not know (or cannot use) the drag keys. A menu
 * button as the ARIA practices describe it: the first item takes the focus, arrows move, Escape closes and returns
 * to the button, leaving the menu (Tab, a click elsewhere) closes it.
 */
export function MoveMenu(props: {
  company: string
  current: ApplicationStatus
  onMove: (to: ApplicationStatus) => void
}) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLUListElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [open])

  function close() {
    setOpen(false)
    button.current?.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')]
    const at = items.findIndex((item) => item === document.activeElement)
    const go = (index: number) => items[(index + items.length) % items.length]?.focus()
    if (event.key === 'ArrowDown') go(at + 1)
    else if (event.key === 'ArrowUp') go(at - 1)
    else if (event.key === 'Home') go(0)
    else if (event.key === 'End') go(items.length - 1)
    else if (event.key === 'Escape') close()
    else if (event.key === 'Tab') return setOpen(false)
    else return
    // Handled here: not a shortcut of the app (Escape would close the page) nor a key for the drag sensor.
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div
      className="move-menu"
      // Presses inside the menu are clicks, never the start of a drag of the card around it.
      onPointerDown={(event) => event.stopPropagation()}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false)
      }}
    >
      <button
        ref={button}
        type="button"
        className="link move-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        Move to…
      </button>
      {open && (
        <ul
          ref={menu}
          className="menu"
          role="menu"
          id={menuId}
          aria-label={`Move ${props.company} to`}
          onKeyDown={onKeyDown}
        >
          {APPLICATION_STATUSES.filter((s) => s !== props.current).map((status) => (
            <li key={status} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false)
                  props.onMove(status)
                }}
              >
                {STATUS_LABELS[status]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
