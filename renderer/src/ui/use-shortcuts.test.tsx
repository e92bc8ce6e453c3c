// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useShortcuts, type ShortcutHandlers } from './use-shortcuts'

afterEach(cleanup)

function Page({ handlers }: { handlers: ShortcutHandlers }) {
  useShortcuts(handlers)
  return (
    <>
      <input aria-label="Company" />
      <button type="button">Save</button>
      <dialog open>
        <button type="button">In dialog</button>
      </dialog>
    </>
  )
}

function setup() {
  const handlers = {
    newApplication: vi.fn(),
    search: vi.fn(),
    close: vi.fn(),
    back: vi.fn(),
    forward: vi.fn()
  }
  render(<Page handlers={handlers} />)
  return handlers
}

describe('keyboard shortcuts', () => {
  it('Ctrl+N or ⌘N starts a new application and keeps the key from the page', () => {
    const h = setup()
    const event = new KeyboardEvent('keydown', { key: 'n', ctrlKey: true, bubbles: true, cancelable: true })
    screen.getByRole('button', { name: 'Save' }).dispatchEvent(event)
    fireEvent.keyDown(document.body, { key: 'N', metaKey: true })
    expect(h.newApplication).toHaveBeenCalledTimes(2)
    expect(event.defaultPrevented).toBe(true)
  })

  it('"/" searches, except while typing in a field; Ctrl+F searches from anywhere', () => {
    const h = setup()
    fireEvent.keyDown(document.body, { key: '/' })
    fireEvent.keyDown(screen.getByLabelText('Company'), { key: '/' })
    expect(h.search).toHaveBeenCalledTimes(1)
    fireEvent.keyDown(screen.getByLabelText('Company'), { key: 'f', ctrlKey: true })
    expect(h.search).toHaveBeenCalledTimes(2)
  })

  it('Escape closes, also from a field, but not from inside an open dialog (it closes itself)', () => {
    const h = setup()
    fireEvent.keyDown(screen.getByLabelText('Company'), { key: 'Escape' })
    fireEvent.keyDown(screen.getByRole('button', { name: 'In dialog' }), { key: 'Escape' })
    expect(h.close).toHaveBeenCalledTimes(1)
  })

  it('Alt+← and Alt+→ go back and forward; plain arrows do nothing', () => {
    const h = setup()
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true })
    fireEvent.keyDown(document.body, { key: 'ArrowRight', altKey: true })
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' })
    fireEvent.keyDown(document.body, { key: '[', metaKey: true })
    expect(h.back).toHaveBeenCalledTimes(2)
    expect(h.forward).toHaveBeenCalledTimes(1)
  })

  it('stops listening when unmounted', () => {
    const h = setup()
    cleanup()
    fireEvent.keyDown(document.body, { key: 'Escape' })
    expect(h.close).not.toHaveBeenCalled()
  })
})
