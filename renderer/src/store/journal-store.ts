/**
 * The renderer's store: a cache of the journal that main owns. It never writes on its own; every change is a
 * window.api call, after which main emits `journal:changed` and the cache reloads. Errors from main are kept as a
 * message the UI shows; the user's typed input stays in the form that sent it.
 */
import { create } from 'zustand'
import type { Draft, Journal } from '../../../shared/model/journal'
import type { LeftOutNote } from '../../../shared/etiquette/contract'
import type { DraftTarget } from '../../../shared/model/draft-context'
import type { Result } from '../../../shared/ipc/result'
import type { ResponseOf } from '../../../shared/ipc/contract'
import type { FollowUpTarget } from '../../../shared/followup/schema'
import { findOpenDraft } from '../lib/drafts'

export type AppInfo = ResponseOf<'app:info'>
export type View = 'journal' | 'settings' | 'data'

export interface Selection {
  applicationId: string | null
  interviewId: string | null
}

/** The draft open in the editor: its target and the record it starts from (the cache may lag behind main). */
export interface Editing {
  target: DraftTarget
  draft: Draft
  /** The notes the composer left out and why, when the draft was just composed. */
  leftOut?: LeftOutNote[]
}

interface JournalState {
  journal: Journal | null
  info: AppInfo | null
  error: string | null
  selection: Selection
  view: View
  editing: Editing | null
  load(): Promise<void>
  refresh(): Promise<void>
  select(selection: Partial<Selection>): void
  setView(view: View): void
  openEditor(editing: Editing | null): void
  /** Shows that person's draft for a reminder: the journal view, their interview, the editor (composing if needed). */
  openFollowUp(target: FollowUpTarget): Promise<void>
  /** Runs one api call; on failure keeps its message for the UI and returns null. */
  run<T>(call: () => Promise<Result<T>>): Promise<T | null>
  showError(message: string): void
  dismissError(): void
}

export const useJournal = create<JournalState>((set, get) => ({
  journal: null,
  info: null,
  error: null,
  selection: { applicationId: null, interviewId: null },
  view: 'journal',
  editing: null,
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
    const next = { ...get().selection, ...selection }
    // An editor belongs to one interview: leaving it closes the editor (its text is autosaved on the way out).
    const editing = get().editing
    const keep = editing && editing.target.interviewId === next.interviewId ? editing : null
    set({ selection: next, editing: keep })
  },
  setView(view) {
    set({ view })
  },
  openEditor(editing) {
    set({ editing })
  },
  async openFollowUp({ applicationId, interviewId, personId, kind }) {
    const target = { interviewId, personId, kind }
    set({ view: 'journal' })
    get().select({ applicationId, interviewId })
    const journal = get().journal
    const existing = journal ? findOpenDraft(journal, target) : undefined
    if (existing) return get().openEditor({ target, draft: existing })
    const composed = await get().run(() => window.api.drafts.compose(target))
    if (composed) get().openEditor({ target, draft: composed.draft, leftOut: composed.leftOut })
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
  showError(message) {
    set({ error: message })
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
