/**
 * Which interview the quick-capture view is open for: set by a capture notification (main's `reminders:capture`)
 * or by the Due panel's "Note it now". Its own small store, so the journal store stays as it is.
 */
import { create } from 'zustand'

interface CaptureState {
  interviewId: string | null
  open(interviewId: string): void
  close(): void
}

export const useCapture = create<CaptureState>((set) => ({
  interviewId: null,
  open: (interviewId) => set({ interviewId }),
  close: () => set({ interviewId: null })
}))

let subscribed = false
/** Open quick capture when main says a capture notification was clicked. Called once at start. */
export function subscribeToCapture(): void {
  if (subscribed) return
  subscribed = true
  window.api.on('reminders:capture', ({ interviewId }) => useCapture.getState().open(interviewId))
}
