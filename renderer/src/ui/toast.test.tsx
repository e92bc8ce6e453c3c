// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ToastHost } from './ToastHost'
import { showUndoToast, TOAST_MS, useToasts } from './toast-store'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  cleanup()
  for (const t of useToasts.getState().toasts) useToasts.getState().dismiss(t.id)
  vi.useRealTimers()
})

describe('toasts with Undo', () => {
  it('shows the message in the status region with an Undo button that runs the undo once and closes', async () => {
    const undo = vi.fn()
    render(<ToastHost />)
    act(() => void showUndoToast('Deleted Jane Doe', undo))
    const region = screen.getByRole('status', { name: 'Notifications' })
    expect(region.textContent).toContain('Deleted Jane Doe')
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })))
    expect(undo).toHaveBeenCalledTimes(1)
    expect(screen.queryByText('Deleted Jane Doe')).toBeNull()
  })

  it('goes away on its own after TOAST_MS, not before', () => {
    render(<ToastHost />)
    act(() => void showUndoToast('Deleted a note', () => undefined))
    act(() => vi.advanceTimersByTime(TOAST_MS - 1))
    expect(screen.queryByText('Deleted a note')).not.toBeNull()
    act(() => vi.advanceTimersByTime(1))
    expect(screen.queryByText('Deleted a note')).toBeNull()
  })

  it('waits while the keyboard is on it: focus on Undo stops the timer, leaving restarts it', () => {
    render(
      <>
        <button type="button">elsewhere</button>
        <ToastHost />
      </>
    )
    act(() => void showUndoToast('Deleted Bob Stone', () => undefined))
    const undo = screen.getByRole('button', { name: 'Undo' })
    act(() => undo.focus())
    act(() => vi.advanceTimersByTime(TOAST_MS * 3))
    expect(screen.queryByText('Deleted Bob Stone')).not.toBeNull()
    act(() => screen.getByRole('button', { name: 'elsewhere' }).focus())
    act(() => vi.advanceTimersByTime(TOAST_MS))
    expect(screen.queryByText('Deleted Bob Stone')).toBeNull()
  })

  it('has a Close button named after its message, and keeps at most three toasts', () => {
    render(<ToastHost />)
    act(() => {
      for (const n of [1, 2, 3, 4]) useToasts.getState().show(`Toast ${n}`)
    })
    expect(screen.queryByText('Toast 1')).toBeNull()
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(['Toast 2', 'Toast 3', 'Toast 4'])
    fireEvent.click(screen.getByRole('button', { name: 'Close: Toast 3' }))
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(['Toast 2', 'Toast 4'])
  })

  it('announces an error at once (role="alert")', () => {
    render(<ToastHost />)
    act(
      () =>
        void useToasts.getState().show('The undo failed: the interview was deleted since.', { tone: 'error' })
    )
    expect(screen.getByRole('alert').textContent).toContain('The undo failed')
  })
})
