/**
 * What the handlers need from the outside world, injected so the same handlers run in Electron's main process,
 * in unit tests and behind the e2e bridge: the store, a clock, an id source, and the few OS services.
 */
import type { EventName } from '../../../shared/ipc/channels'
import type { EventPayload } from '../../../shared/ipc/contract'
import type { JournalStore } from '../store'
import type { Speller } from '../../../shared/etiquette'
import type { Secrets } from '../secrets'

export type StoreForHandlers = JournalStore

export interface FileFilter {
  name: string
  extensions: string[]
}

/** The OS's save and open dialogs (Electron's `dialog` in the app; scripted answers in tests). Null: cancelled. */
export interface Dialogs {
  chooseSavePath(options: {
    title: string
    defaultName: string
    filters: FileFilter[]
  }): Promise<string | null>
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>
}

/** The spell checker loads in the background (about 0.3 s); checks run without it until it is ready. */
export interface SpellerSource {
  current(): Speller | null
  state(): 'ready' | 'loading' | 'unavailable'
}

export interface HandlerDeps {
  store: StoreForHandlers
  now: () => Date
  newId: () => string
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  openExternal: (url: string) => Promise<void>
  dialogs: Dialogs
  speller: SpellerSource
  secrets: Secrets
  /** LLM request limits; tests shorten them. */
  llm?: { timeoutMs?: number; maxRetries?: number }
  app: { version: string; runtime: 'electron' | 'chromium-harness' }
}
