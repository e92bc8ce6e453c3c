/**
 * Where the user is: one of the app's places, with Back/Forward like a browser, and the last place reopened after a
 * restart. Kept in localStorage, not in the journal's settings over IPC: it is view state of this window (not the
 * user's data), it must be read synchronously before the first paint (no flash of the wrong page), and it must not
 * travel in exports, imports and backups of the journal. A stored place is validated (zod) before use.
 */
import { z } from 'zod'
import { create } from 'zustand'
import { DraftKind, Id } from '../../../shared/model/journal'

export const Place = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('today') }),
  z.object({ kind: z.literal('applications') }),
  z.object({ kind: z.literal('application'), applicationId: Id }),
  z.object({ kind: z.literal('draft'), interviewId: Id, personId: Id, draftKind: DraftKind }),
  z.object({ kind: z.literal('settings') }),
  z.object({ kind: z.literal('data') })
])
export type Place = z.infer<typeof Place>

export const HOME: Place = { kind: 'today' }
export const PLACE_STORAGE_KEY = 'afterword.place'
/** Back goes this far at most: enough for a session, and the list cannot grow without bound. */
export const HISTORY_LIMIT = 50

const samePlace = (a: Place, b: Place) => JSON.stringify(a) === JSON.stringify(b)

export function loadPlace(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Place {
  try {
    const raw = storage?.getItem(PLACE_STORAGE_KEY)
    if (!raw) return HOME
    const parsed = Place.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : HOME
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
