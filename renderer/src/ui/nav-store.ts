/**
 * Where the user is: one of the app's places, with Back/Forward like a browser, and the last place reopened after a
 * restart. Kept in localStorage, not in the journal's settings over IPC: it is view state of this window (not the
 * user's data), it must be read synchronously before the first paint (no flash of the wrong page), and it must not
 * travel in exports, imports and backups of the journal. A stored place is checked before use (by hand: zod stays
 * out of the renderer bundle).
 */
import { create } from 'zustand'
import { DRAFT_KINDS, isId } from '../../../shared/model/constants'

export type Place =
  | { kind: 'today' }
  | { kind: 'applications' }
  | { kind: 'application'; applicationId: string }
  | {
      kind: 'draft'
      /** The application the interview belongs to: what a restart asks main for, to reopen the draft. */
      applicationId: string
      interviewId: string
      personId: string
      draftKind: (typeof DRAFT_KINDS)[number]
    }
  | { kind: 'settings' }
  | { kind: 'data' }

const SIMPLE_PLACES = new Set(['today', 'applications', 'settings', 'data'])

/**
 * A stored value read back: a place exactly as this version writes it, or null. A draft place stored by an older
 * version (without its application) cannot be reopened: it reads as Today, where the due list leads back to it.
 */
export function asPlace(value: unknown): Place | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  const keys = Object.keys(v).sort().join(',')
  if (typeof v.kind !== 'string') return null
  if (SIMPLE_PLACES.has(v.kind)) return keys === 'kind' ? ({ kind: v.kind } as Place) : null
  if (v.kind === 'application')
    return keys === 'applicationId,kind' && isId(v.applicationId)
      ? { kind: 'application', applicationId: v.applicationId }
      : null
  if (v.kind === 'draft') return asDraftPlace(v, keys)
  return null
}

function asDraftPlace(v: Record<string, unknown>, keys: string): Place | null {
  const draftKind = DRAFT_KINDS.find((k) => k === v.draftKind)
  if (!draftKind || !isId(v.interviewId) || !isId(v.personId)) return null
  if (keys === 'draftKind,interviewId,kind,personId') return HOME
  if (keys !== 'applicationId,draftKind,interviewId,kind,personId' || !isId(v.applicationId)) return null
  return draftPlace(v.applicationId, { interviewId: v.interviewId, personId: v.personId, kind: draftKind })
}

/** A draft's place, its keys always in this order (places are compared by their JSON). */
export function draftPlace(
  applicationId: string,
  target: { interviewId: string; personId: string; kind: (typeof DRAFT_KINDS)[number] }
): Place {
  const { interviewId, personId, kind } = target
  return { kind: 'draft', applicationId, interviewId, personId, draftKind: kind }
}

export const HOME: Place = { kind: 'today' }
export const PLACE_STORAGE_KEY = 'afterword.place'
/** Back goes this far at most: enough for a session, and the list cannot grow without bound. */
export const HISTORY_LIMIT = 50

const samePlace = (a: Place, b: Place) => JSON.stringify(a) === JSON.stringify(b)

export function loadPlace(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Place {
  try {
    const raw = storage?.getItem(PLACE_STORAGE_KEY)
    if (!raw) return HOME
    return asPlace(JSON.parse(raw)) ?? HOME
  } catch {
    return HOME
  }
}

function savePlace(place: Place) {
  try {
    globalThis.localStorage?.setItem(PLACE_STORAGE_KEY, JSON.stringify(place))
  } catch {
    // Storage full or switched off: the app still works, it just reopens on Today.
  }
}

interface NavState {
  /** Visited places, oldest first; `index` is where the user is now. */
  history: Place[]
  index: number
  current: () => Place
  canGoBack: () => boolean
  canGoForward: () => boolean
  /** Opens a place; what was ahead of the current place (Forward) is dropped, as in a browser. */
  go(place: Place): void
  /** Replaces the current place without a history step (a record it named was deleted, say). */
  replace(place: Place): void
  back(): void
  forward(): void
}

export const useNav = create<NavState>()((set, get) => {
  const moveTo = (history: Place[], index: number) => {
    set({ history, index })
    const place = history[index]
    if (place) savePlace(place)
  }
  return {
    history: [loadPlace()],
    index: 0,
    current: () => get().history[get().index] ?? HOME,
    canGoBack: () => get().index > 0,
    canGoForward: () => get().index < get().history.length - 1,
    go(place) {
      const { history, index } = get()
      if (samePlace(history[index] ?? HOME, place)) return
      const next = [...history.slice(0, index + 1), place].slice(-HISTORY_LIMIT)
      moveTo(next, next.length - 1)
    },
    replace(place) {
      const { history, index } = get()
      moveTo(
        history.map((p, i) => (i === index ? place : p)),
        index
      )
    },
    back() {
      if (get().canGoBack()) moveTo(get().history, get().index - 1)
    },
    forward() {
      if (get().canGoForward()) moveTo(get().history, get().index + 1)
    }
  }
})

/** The current place, for components: re-renders only when it changes. */
export const useCurrentPlace = (): Place => useNav((s) => s.history[s.index] ?? HOME)
