/**
 * What the handlers need from the outside world, injected so the same handlers run in Electron's main process,
 * in unit tests and behind the e2e bridge: the store, a clock, an id source, and the few OS actions.
 */
import type { Journal } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import type { EventName } from '../../../shared/ipc/channels'
import type { EventPayload, StartupReport } from '../../../shared/ipc/contract'

/** The part of the journal store the handlers use (see electron/main/store). */
export interface StoreForHandlers {
  readonly dir: string
  readonly startup: StartupReport
  get(): Journal
  apply(ops: JournalOp[]): Promise<Journal>
}

export interface HandlerDeps {
  store: StoreForHandlers
  now: () => Date
  newId: () => string
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  openExternal: (url: string) => Promise<void>
  app: { version: string; runtime: 'electron' | 'chromium-harness' }
}
