/**
 * The renderer's store: a cache of the journal that main owns. It never writes on its own; every change is a
 * window.api call, after which main emits `journal:changed` and the cache reloads. Errors from main are kept as a
 * message the UI shows; the user's typed input stays in the form that sent it.
 */
import { create } from 'zustand'
import type { Journal } from '../../../shared/model/journal'
import type { Result } from '../../../shared/ipc/result'
import type { ResponseOf } from '../../../shared/ipc/contract'

export type AppInfo = ResponseOf<'app:info'>

export interface Selection {
  applicationId: string | null
  interviewId: string | null
}

interface JournalState {
  journal: Journal | null
  info: AppInfo | null
  error: string | null
  selection: Selection
  load(): Promise<void>
  refresh(): Promise<void>
  select(selection: Partial<Selection>): void
  /** Runs one api call; on failure keeps its message for the UI and returns null. */
  run<T>(call: () => Promise<Result<T>>): Promise<T | null>
  dismissError(): void
}

export const useJournal = create<JournalState>((set, get) => ({
  journal: null,
  info: null,
  error: null,
  selection: { applicationId: null, interviewId: null },
  async load() {
    const [info, journal] = await Promise.all([window.api.app.info(), window.api.journal.get()])
    if (!info.ok) return set({ error: info.error.message })
    if (!journal.ok) return set({ error: journal.error.message })
    set({ info: info.value, journal: journal.value })
  },
  async refresh() {
    const journal = await window.api.journal.get()
    if (journal.ok) set({ journal: journal.value })
    else set({ error: journal.error.message })
  },
  select(selection) {
    set({ selection: { ...get().selection, ...selection } })
  },
  async run(call) {
    const result = await call()
    if (result.ok) {
      set({ error: null })
      return result.value
    }
    set({ error: result.error.message })
    return null
  },
  dismissError() {
    set({ error: null })
  }
}))

let subscribed = false
/** Reload the cache whenever main says the journal changed. Called once at start. */
export function subscribeToMain(): void {
  if (subscribed) return
  subscribed = true
  window.api.on('journal:changed', () => void useJournal.getState().refresh())
}
