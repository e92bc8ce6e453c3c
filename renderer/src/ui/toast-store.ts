/**
 * Toasts: short messages at the bottom of the window ("Deleted Jane Doe · Undo"), each gone after a while.
 * A tiny zustand store of their own so any view (or a store action) can show one without prop drilling, and the
 * one ToastHost renders them. A toast's timer pauses while the user's pointer or focus is on it (WCAG 2.2.1: enough
 * time to reach Undo by keyboard).
 */
import { create } from 'zustand'

/** How long a toast stays: long enough to read a line and press Undo (Gmail's undo toast is about as long). */
export const TOAST_MS = 8000

export interface ToastAction {
  label: string
  run: () => void | Promise<void>
}

export interface Toast {
  id: number
  message: string
  action?: ToastAction
  /** 'error' toasts are announced at once (role="alert"); others wait politely (role="status"). */
  tone: 'info' | 'error'
}

interface ToastState {
  toasts: Toast[]
  show(message: string, options?: { action?: ToastAction; tone?: Toast['tone']; durationMs?: number }): number
  dismiss(id: number): void
  /** Stops the toast's timer (pointer or focus on it). */
  hold(id: number): void
  /** Restarts the toast's timer with its full time. */
  release(id: number): void
}

let nextId = 0
const timers = new Map<number, { handle: ReturnType<typeof setTimeout> | null; ms: number }>()

/** At most this many toasts at once: an older one gives way (its undo is then gone, as in every mail app). */
const MAX_TOASTS = 3

export const useToasts = create<ToastState>()((set, get) => {
  const startTimer = (id: number) => {
    const timer = timers.get(id)
    if (!timer || timer.ms <= 0) return
    if (timer.handle) clearTimeout(timer.handle)
    timer.handle = setTimeout(() => get().dismiss(id), timer.ms)
  }
  return {
    toasts: [],
    show(message, options = {}) {
      const id = ++nextId
      const toast: Toast = {
        id,
        message,
        tone: options.tone ?? 'info',
        ...(options.action && { action: options.action })
      }
      const kept = get().toasts.slice(-(MAX_TOASTS - 1))
      for (const old of get().toasts) if (!kept.includes(old)) get().dismiss(old.id)
      set({ toasts: [...kept, toast] })
      timers.set(id, { handle: null, ms: options.durationMs ?? TOAST_MS })
      startTimer(id)
      return id
    },
    dismiss(id) {
      const timer = timers.get(id)
      if (timer?.handle) clearTimeout(timer.handle)
      timers.delete(id)
      set({ toasts: get().toasts.filter((t) => t.id !== id) })
    },
    hold(id) {
      const timer = timers.get(id)
      if (timer?.handle) clearTimeout(timer.handle)
      if (timer) timer.handle = null
    },
    release: startTimer
  }
})

/** Shorthand for the common case: a message with an Undo button. */
export function showUndoToast(message: string, undo: () => void | Promise<void>): number {
  return useToasts.getState().show(message, { action: { label: 'Undo', run: undo } })
}
