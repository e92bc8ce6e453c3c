// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfirmDialog } from './ConfirmDialog'

afterEach(cleanup)

function Harness({ onConfirm = vi.fn() }: { onConfirm?: () => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Replace journal
      </button>
      <ConfirmDialog
        open={open}
        title="Replace your journal?"
        message="Everything in it now is replaced by the file. A backup is kept."
        confirmLabel="Replace"
        destructive
        onConfirm={() => {
          onConfirm()
          setOpen(false)
        }}
        onCancel={() => setOpen(false)}
      />
    </>
  )
}

const dialog = () => document.querySelector('dialog') as HTMLDialogElement

describe('ConfirmDialog', () => {
  it('opens as a modal named by its title and described by its message, with Cancel focused', () => {
    render(<Harness />)
    expect(dialog().open).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: 'Replace journal' }))
    expect(dialog().open).toBe(true)
    const named = screen.getByRole('dialog', { name: 'Replace your journal?' })
    expect(named.getAttribute('aria-describedby')).toBe(
      screen.getByText(/Everything in it now/).getAttribute('id')
    )
    expect(document.activeElement?.textContent).toBe('Cancel')
  })

  it('confirms with the confirm button, and closes', () => {
    const onConfirm = vi.fn()
    render(<Harness onConfirm={onConfirm} />)
    fireEvent.click(screen.getByRole('button', { name: 'Replace journal' }))
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }))
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(dialog().open).toBe(false)
  })

  it('Escape (the dialog’s cancel event) cancels without confirming', () => {
    const onConfirm = vi.fn()
    render(<Harness onConfirm={onConfirm} />)
    fireEvent.click(screen.getByRole('button', { name: 'Replace journal' }))
    fireEvent(dialog(), new Event('cancel', { cancelable: true }))
    expect(dialog().open).toBe(false)
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('keeps Tab inside: from the last button to the first, and Shift+Tab back', () => {
    render(<Harness />)
    fireEvent.click(screen.getByRole('button', { name: 'Replace journal' }))
    const cancel = screen.getByRole('button', { name: 'Cancel' })
    const replace = screen.getByRole('button', { name: 'Replace' })
    replace.focus()
    fireEvent.keyDown(replace, { key: 'Tab' })
    expect(document.activeElement).toBe(cancel)
    fireEvent.keyDown(cancel, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(replace)
  })
})
