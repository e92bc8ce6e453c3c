/**
 * The renderer's store: a cache of what the views show, asked of main view by view (a page of the application
 * list, the open application's detail, the settings, the due list). It never writes on its own; every change is a
 * window.api call, after which main emits `journal:changed` with what changed, and the cache patches those
 * records or asks again only for the views that show them. Errors from main are kept as a message the UI shows.
 */
import { create } from 'zustand'
import type { LeftOutNote } from '../../../shared/etiquette/contract'
import type { DraftTarget } from '../../../shared/model/draft-context'
import type { Result } from '../../../shared/ipc/result'
import type { ResponseOf } from '../../../shared/ipc/contract'
import type { FollowUpList, FollowUpTarget } from '../../../shared/followup/schema'
import type { ApplicationStatus } from '../../../shared/model/constants'
import { findOpenDraft, latestSentDraft } from '../lib/drafts'
import { setUserTimeZone, userTimeZone } from '../lib/datetime'
import {
  changesList,
  detailFrom,
  patchDetail,
  type ApplicationSummary,
  type Change,
  type Detail,
  type DraftView
} from './cache'

export type AppInfo = ResponseOf<'app:info'>
export type Settings = ResponseOf<'settings:get'>
export type View = 'journal' | 'settings' | 'data'
/** The journal's page when no application is open: Today (due now) or Applications (board or list). */
export type JournalHome = 'today' | 'applications'
/** Rows of the application list fetched at a time. */
export const LIST_PAGE = 100

export interface Selection {
  applicationId: string | null
  interviewId: string | null
}

/** The draft open in the editor: its target and the record it starts from (the cache may lag behind main). */
export interface Editing {
  target: DraftTarget
  draft: DraftView
  /** The notes the composer left out and why, when the draft was just composed. */
  leftOut?: LeftOutNote[]
}

/** What the application list is narrowed to: words in the company or role, and one status ('' for all). */
export interface ListFilter {
  search: string
  status: ApplicationStatus | ''
  /** Only applications with a thank-you or check-in due now. */
  dueOnly: boolean
}

export interface ListState {
  total: number
  /** Pages of rows by page number; a page missing is asked for when the list scrolls to it. */
  pages: Readonly<Record<number, ApplicationSummary[]>>
}

interface JournalState {
  ready: boolean
  info: AppInfo | null
  settings: Settings | null
  list: ListState
  filter: ListFilter
  /** The selected application's detail (null while none is selected or it is loading). */
  detail: Detail | null
  due: FollowUpList | null
  error: string | null
  selection: Selection
  view: View
  /** Where closing an application returns to. */
  home: JournalHome
  editing: Editing | null
  load(): Promise<void>
  /** Asks for one page of the application list (once, until a change makes it stale). */
  loadListPage(page: number): Promise<void>
  loadDue(): Promise<void>
  /** Narrows the application list; the pages are asked again from the first. */
  setFilter(filter: Partial<ListFilter>): void
  applyChange(change: Change): void
  /** Patches the cache with what an api call answered, so the UI need not wait for the change event. */
  patchLocal(patch: Pick<Change, 'put' | 'settings'>): void
  select(selection: Partial<Selection>): void
  setView(view: View): void
  /** Shows Today or Applications: the journal view, no application open, no editor. */
  showHome(home: JournalHome): void
  openEditor(editing: Editing | null): void
  /**
   * Shows that person's draft for a reminder: the journal view, their interview, the editor (composing if needed).
   * `existingOnly` (a place shown again: Back/Forward, a restart) opens the draft that is there, open or else the
   * last sent, and never composes a new one.
   */
  openFollowUp(target: FollowUpTarget, options?: { existingOnly?: boolean }): Promise<void>
  /** Runs one api call; on failure keeps its message for the UI and returns null. */
  run<T>(call: () => Promise<Result<T>>): Promise<T | null>
  showError(message: string): void
  dismissError(): void
}

/** With a search, a note or a person's name can move a row in or out of the list (main searches them too). */
const touchesSearch = (change: Change) =>
  Boolean(change.put?.notes?.length || change.deleted?.notes?.length || change.put?.people?.length)

const requested = new Set<number>()
/** Bumped when the filter changes, so pages asked under the old filter are dropped when they arrive. */
let listGeneration = 0
let detailRequest = 0

export const useJournal = create<JournalState>((set, get) => {
  async function fetchDetail(applicationId: string | null): Promise<void> {
    const request = ++detailRequest
    if (!applicationId) return set({ detail: null })
    const answer = await window.api.journal.application({ id: applicationId })
    if (request !== detailRequest) return // another application was selected meanwhile
    if (!answer.ok) return set({ error: answer.error.message })
    set({ detail: answer.value ? detailFrom(answer.value) : null })
  }

  async function fetchPage(page: number): Promise<void> {
    requested.add(page)
    const generation = listGeneration
    const { search, status, dueOnly } = get().filter
    const answer = await window.api.journal.applications({
      offset: page * LIST_PAGE,
      limit: LIST_PAGE,
      ...(status ? { status } : {}),
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(dueOnly ? { dueOnly } : {})
    })
    if (generation !== listGeneration) return
    if (!answer.ok) {
      requested.delete(page)
      return set({ error: answer.error.message })
    }
    const { total, items } = answer.value
    set((s) => ({ list: { total, pages: { ...s.list.pages, [page]: items } } }))
  }

  /**
   * Keeps the settings, and the zone the window writes dates in. When the zone changes, the open application and
   * the due list are asked again, so every date on screen is drawn anew in the new zone.
   */
  function adoptSettings(settings: Settings): void {
    const before = userTimeZone()
    setUserTimeZone(settings.timeZone)
    set({ settings })
    if (userTimeZone() === before || !get().ready) return
    void fetchDetail(get().selection.applicationId)
    void get().loadDue()
  }

  /** The list after a change: the loaded pages asked again (rows shown meanwhile stay until the answers). */
  function refreshList(): void {
    const loaded = Object.keys(get().list.pages).map(Number)
    requested.clear()
    for (const page of loaded.length ? loaded : [0]) void fetchPage(page)
  }

  return {
    ready: false,
    info: null,
    settings: null,
    list: { total: 0, pages: {} },
    filter: { search: '', status: '', dueOnly: false },
    detail: null,
    due: null,
    error: null,
    selection: { applicationId: null, interviewId: null },
    view: 'journal',
    home: 'today',
    editing: null,
    async load() {
      const [info, settings] = await Promise.all([window.api.app.info(), window.api.settings.get()])
      if (!info.ok) return set({ error: info.error.message })
      if (!settings.ok) return set({ error: settings.error.message })
      requested.clear()
      await fetchPage(0)
      adoptSettings(settings.value)
      set({ info: info.value, ready: true })
      void get().loadDue()
    },
    async loadListPage(page) {
      if (requested.has(page)) return
      await fetchPage(page)
    },
    setFilter(filter) {
      listGeneration++
      requested.clear()
      set((s) => ({ filter: { ...s.filter, ...filter }, list: { total: s.list.total, pages: {} } }))
      void fetchPage(0)
    },
    async loadDue() {
      const list = await window.api.followups.list()
      if (list.ok) set({ due: list.value })
    },
    applyChange(change) {
      const state = get()
      if (change.settings) adoptSettings(change.settings)
      if (change.due) set({ due: change.due })
      if (changesList(change) || (state.filter.search.trim() !== '' && touchesSearch(change))) refreshList()
      if (change.reset) {
        void fetchDetail(state.selection.applicationId)
        if (!change.due) void get().loadDue()
        return
      }
      if (state.detail) {
        const detail = patchDetail(state.detail, change)
        if (detail !== state.detail) set({ detail })
        if (!detail) set({ selection: { applicationId: null, interviewId: null }, editing: null })
      }
    },
    patchLocal({ put, settings }) {
      if (settings) adoptSettings(settings)
      const detail = get().detail
      if (put && detail) set({ detail: patchDetail(detail, { reason: 'local', revision: -1, put }) })
    },
    select(selection) {
      const previous = get().selection
      const next = { ...previous, ...selection }
      // An editor belongs to one interview: leaving it closes the editor (its text is autosaved on the way out).
      const editing = get().editing
      const keep = editing && editing.target.interviewId === next.interviewId ? editing : null
      set({ selection: next, editing: keep })
      if (next.applicationId !== previous.applicationId || !get().detail) {
        if (next.applicationId !== get().detail?.application.id) set({ detail: null })
        void fetchDetail(next.applicationId)
      }
    },
    setView(view) {
      set({ view })
    },
    showHome(home) {
      detailRequest++ // an application still loading is not shown after all
      // One set, so the place sync sees one step (not a passing "application closed" on the way).
      set({
        view: 'journal',
        home,
        selection: { applicationId: null, interviewId: null },
        editing: null,
        detail: null
      })
    },
    openEditor(editing) {
      set({ editing })
    },
    async openFollowUp({ applicationId, interviewId, personId, kind }, options = {}) {
      const target = { interviewId, personId, kind }
      set({ view: 'journal' })
      get().select({ applicationId, interviewId })
      await fetchDetail(applicationId)
      const drafts = get().detail?.drafts
      const existing =
        findOpenDraft(drafts, target) ?? (options.existingOnly ? latestSentDraft(drafts, target) : undefined)
      if (existing) return get().openEditor({ target, draft: existing })
      if (options.existingOnly) return
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
  }
})

let subscribed = false
/** Patch the cache with what main says changed; ask for the due list again when a reminder falls due. */
export function subscribeToMain(): void {
  if (subscribed) return
  subscribed = true
  window.api.on('journal:changed', (change) => useJournal.getState().applyChange(change))
  window.api.on('reminders:due', () => void useJournal.getState().loadDue())
}
