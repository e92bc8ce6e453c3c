/**
 * The board's cache: each shown column asks main for its own first page (`journal:applications` with its status
 * and the list's filter), "Show more" asks for the next, and a `journal:changed` that may change the list asks the
 * shown columns again. A move is shown at once and put back when main refuses it. Active only while the board is
 * on screen (start/stop), so a hidden board costs nothing.
 */
import { create } from 'zustand'
import type { ApplicationStatus } from '../../../shared/model/constants'
import { STATUS_LABELS } from '../lib/format'
import { changesList } from './cache'
import { useJournal } from './journal-store'
import {
  COLUMN_PAGE,
  emptyColumns,
  planMove,
  refreshRequests,
  shownStatuses,
  type Columns
} from './board-columns'

interface BoardState {
  columns: Columns
  /** Whether each column has had its first answer (a column still loading says so instead of "No applications"). */
  loaded: Readonly<Partial<Record<ApplicationStatus, boolean>>>
  /** What the last move did, in plain words, for the board's live region. */
  said: string
  /** Starts asking main and listening for changes; returns the stop function. */
  start(): () => void
  showMore(status: ApplicationStatus): Promise<void>
  /** Moves a card to another status through main; false (and the card back in place) if main refused. */
  move(id: string, to: ApplicationStatus): Promise<boolean>
  say(words: string): void
}

/** Bumped per column when it is asked again, so an older answer (or a "Show more" meanwhile) is dropped. */
const versions: Partial<Record<ApplicationStatus, number>> = {}

function query(status: ApplicationStatus, offset: number, limit: number) {
  const { search, dueOnly } = useJournal.getState().filter
  return window.api.journal.applications({
    offset,
    limit,
    status,
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(dueOnly ? { dueOnly } : {})
  })
}

export const useBoard = create<BoardState>((set, get) => {
  async function loadColumn(status: ApplicationStatus, shown: number): Promise<void> {
    const version = (versions[status] = (versions[status] ?? 0) + 1)
    const answers = await Promise.all(refreshRequests(shown).map((r) => query(status, r.offset, r.limit)))
    if (versions[status] !== version) return
    const failed = answers.find((a) => !a.ok)
    if (failed && !failed.ok) return useJournal.getState().showError(failed.error.message)
    const ok = answers.flatMap((a) => (a.ok ? [a.value] : []))
    const column = { total: ok[0]?.total ?? 0, items: ok.flatMap((a) => a.items) }
    set((s) => ({ columns: { ...s.columns, [status]: column }, loaded: { ...s.loaded, [status]: true } }))
  }

  /** Asks every shown column again, keeping as many cards as each shows. */
  function refresh(): void {
    for (const status of shownStatuses(useJournal.getState().filter.status)) {
      void loadColumn(status, get().columns[status].items.length)
    }
  }

  return {
    columns: emptyColumns(),
    loaded: {},
    said: '',
    start() {
      set({ columns: emptyColumns(), loaded: {} })
      refresh()
      const stopChanges = window.api.on('journal:changed', (change) => {
        if (changesList(change)) refresh()
      })
      const stopFilter = useJournal.subscribe((s, previous) => {
        if (s.filter === previous.filter) return
        set({ columns: emptyColumns(), loaded: {} })
        refresh()
      })
      return () => {
        stopChanges()
        stopFilter()
        for (const status of Object.keys(versions) as ApplicationStatus[]) versions[status]! += 1
      }
    },
    async showMore(status) {
      const version = versions[status]
      const column = get().columns[status]
      const answer = await query(status, column.items.length, COLUMN_PAGE)
      if (versions[status] !== version) return
      if (!answer.ok) return useJournal.getState().showError(answer.error.message)
      set((s) => {
        const known = new Set(s.columns[status].items.map((a) => a.id))
        const items = [...s.columns[status].items, ...answer.value.items.filter((a) => !known.has(a.id))]
        return { columns: { ...s.columns, [status]: { total: answer.value.total, items } } }
      })
    },
    async move(id, to) {
      const before = get().columns
      const plan = planMove(before, id, to)
      if (!plan) return false
      set({ columns: plan.columns })
      const saved = await useJournal
        .getState()
        .run(() => window.api.applications.update({ id, patch: { status: to } }))
      if (saved) return true
      // Refused: the card goes back where it was, and both columns are asked again to be sure.
      set((s) => ({ columns: { ...s.columns, [plan.from]: before[plan.from], [to]: before[to] } }))
      get().say(`${plan.card.company} could not be moved; it stays in ${STATUS_LABELS[plan.from]}.`)
      void loadColumn(plan.from, before[plan.from].items.length)
      void loadColumn(to, before[to].items.length)
      return false
    },
    say(words) {
      set({ said: words })
    }
  }
})
