/**
 * Which interview the quick-capture view is open for: set by a capture notification (main's `reminders:capture`)
 * or by the Due panel's "Note it now". Its own small store, so the journal store stays as it is.
 */
import { create } from 'zustand'
import { useJournal } from './journal-store'

interface CaptureState {
  interviewId: string | null
  /** Opens quick capture for that interview, and loads its application (the view reads the people from it). */
  open(interviewId: string, applicationId: string): void
  close(): void
}

export const useCapture = create<CaptureState>((set) => ({
  interviewId: null,
  open: (interviewId, applicationId) => {
    useJournal.getState().select({ applicationId, interviewId })
    set({ interviewId })
  },
  close: () => set({ interviewId: null })
}))

let subscribed = false
/** Open quick capture when main says a capture notification was clicked. Called once at start. */
export function subscribeToCapture(): void {
  if (subscribed) return
  subscribed = true
  window.api.on('reminders:capture', ({ interviewId, applicationId }) =>
    useCapture.getState().open(interviewId, applicationId)
  )
}
