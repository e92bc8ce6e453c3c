/** Whether the new-application dialog is open: one dialog for the whole window (button and Ctrl/⌘+N open it). */
import { create } from 'zustand'

interface NewApplicationState {
  open: boolean
  show(): void
  hide(): void
}

export const useNewApplication = create<NewApplicationState>((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false })
}))
