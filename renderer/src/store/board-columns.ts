/**
 * The board's columns as pure data: one column per status, each holding the first pages main sent for it (newest
 * first, as main sorts them) and the column's total. Pure functions (no window.api) so paging and the planning of a
 * move are unit-tested; board-store.ts does the asking.
 */
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../shared/model/constants'
import type { ApplicationSummary } from './cache'

/** Cards a column asks main for at a time ("Show N more" asks for the next page). */
export const COLUMN_PAGE = 50
/** The most one `journal:applications` request may ask for (the contract's limit). */
export const MAX_REQUEST = 500

export interface Column {
  /** Applications of this status that match the filter, in main. */
  total: number
  /** The cards loaded so far, in main's order. */
  items: ApplicationSummary[]
}
export type Columns = Readonly<Record<ApplicationStatus, Column>>

export function emptyColumns(): Columns {
  const columns = {} as Record<ApplicationStatus, Column>
  for (const status of APPLICATION_STATUSES) columns[status] = { total: 0, items: [] }
  return columns
}

/** The statuses the board shows: all of them, or the one the status filter names. */
export function shownStatuses(statusFilter: ApplicationStatus | ''): ApplicationStatus[] {
  return statusFilter ? [statusFilter] : [...APPLICATION_STATUSES]
}

/** How many more cards "Show more" would bring: a page, or what is left. */
export function moreCount(column: Column): number {
  return Math.max(0, Math.min(COLUMN_PAGE, column.total - column.items.length))
}

/**
 * The requests that ask a column again after a change, keeping as many cards as it shows (at least a page), in
 * slices the contract accepts.
 */
export function refreshRequests(shown: number): Array<{ offset: number; limit: number }> {
  const want = Math.max(COLUMN_PAGE, shown)
  const requests: Array<{ offset: number; limit: number }> = []
  for (let offset = 0; offset < want; offset += MAX_REQUEST) {
    requests.push({ offset, limit: Math.min(MAX_REQUEST, want - offset) })
  }
  return requests
}

/** Main's order: newest first, then by id (electron/main/queries/views.ts `newestFirst`). */
function before(a: ApplicationSummary, b: ApplicationSummary): boolean {
  return a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id < b.id)
}

export interface PlannedMove {
  from: ApplicationStatus
  card: ApplicationSummary
  /** The columns as they look once main agrees; shown at once, put back if main refuses. */
  columns: Columns
}

/**
 * A card moved to another status, shown before main answers: it leaves its column and takes its place in the
 * target by main's order. A card older than every loaded card of a column that has more to load is only counted
 * there (it would appear after "Show more", as it will from main). Null when the card is not on the board or is
 * already in that column.
 */
export function planMove(columns: Columns, id: string, to: ApplicationStatus): PlannedMove | null {
  const from = APPLICATION_STATUSES.find((s) => columns[s].items.some((a) => a.id === id))
  if (!from || from === to) return null
  const source = columns[from]
  const card = source.items.find((a) => a.id === id)
  if (!card) return null
  const moved = { ...card, status: to }
  const target = columns[to]
  const at = target.items.findIndex((a) => before(moved, a))
  const fullyLoaded = target.items.length >= target.total
  const items =
    at >= 0
      ? [...target.items.slice(0, at), moved, ...target.items.slice(at)]
      : fullyLoaded
        ? [...target.items, moved]
        : target.items
  return {
    from,
    card,
    columns: {
      ...columns,
      [from]: { total: Math.max(0, source.total - 1), items: source.items.filter((a) => a.id !== id) },
      [to]: { total: target.total + 1, items }
    }
  }
}

/** The column `step` places left (-1) or right (+1) of `current` in `order`, staying at the ends. */
export function neighbour<T>(order: readonly T[], current: T, step: -1 | 1): T | undefined {
  const index = order.indexOf(current)
  if (index < 0) return order[0]
  return order[Math.min(order.length - 1, Math.max(0, index + step))]
}
