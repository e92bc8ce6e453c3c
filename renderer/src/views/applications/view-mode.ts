/**
 * Board or list: how the Applications place shows the applications, remembered in localStorage like the place
 * (nav-store.ts): it is this window's view state, read before the first paint, not the user's data.
 */
import { create } from 'zustand'

export type ApplicationsMode = 'board' | 'list'
export const MODE_STORAGE_KEY = 'afterword.applications-view'

export function loadMode(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage
): ApplicationsMode {
  try {
    return storage?.getItem(MODE_STORAGE_KEY) === 'list' ? 'list' : 'board'
  } catch {
    return 'board'
  }
}

interface ModeState {
  mode: ApplicationsMode
  setMode(mode: ApplicationsMode): void
}

export const useApplicationsMode = create<ModeState>((set) => ({
  mode: loadMode(),
  setMode(mode) {
    set({ mode })
    try {
      globalThis.localStorage?.setItem(MODE_STORAGE_KEY, mode)
    } catch {
      // Storage switched off: the choice holds until the window closes.
    }
  }
}))
