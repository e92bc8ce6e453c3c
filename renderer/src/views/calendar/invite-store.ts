/**
 * The invite being imported: its text (dropped, pasted or opened) and where it came from. Its own small store, so
 * a drop anywhere on the window can open the import panel. The text is the user's own file, read in the renderer
 * (a File read as text, size-capped) or by main's dialog; main parses it, never the renderer.
 */
import { create } from 'zustand'
import { MAX_INVITE_BYTES } from '../../../../shared/calendar/limits'

interface InviteState {
  open: boolean
  text: string | null
  source: string
  problem: string | null
  start(): void
  setText(text: string, source: string): void
  close(): void
  /** A dropped file: refused before reading when it is too large, read as text otherwise. */
  drop(file: File): Promise<void>
}

export const useInvite = create<InviteState>((set) => ({
  open: false,
  text: null,
  source: '',
  problem: null,
  start: () => set({ open: true, text: null, source: '', problem: null }),
  setText: (text, source) => set({ open: true, text, source, problem: null }),
  close: () => set({ open: false, text: null, source: '', problem: null }),
  async drop(file) {
    if (file.size > MAX_INVITE_BYTES) {
      const mb = (file.size / 1024 / 1024).toFixed(1)
      return set({
        open: true,
        text: null,
        source: file.name,
        problem: `${file.name} is ${mb} MB: far too large for a calendar invite (at most 1 MB). Nothing was imported.`
      })
    }
    try {
      set({ open: true, text: await file.text(), source: file.name, problem: null })
    } catch {
      set({ open: true, text: null, source: file.name, problem: `${file.name} could not be read.` })
    }
  }
}))

/** Window-wide drag and drop of an .ics file (or any file: main says clearly when it is no invite). */
export function dropHandlers() {
  return {
    onDragOver(event: React.DragEvent) {
      if (event.dataTransfer.types.includes('Files')) event.preventDefault()
    },
    onDrop(event: React.DragEvent) {
      const file = event.dataTransfer.files[0]
      if (!file) return
      event.preventDefault()
      void useInvite.getState().drop(file)
    }
  }
}
