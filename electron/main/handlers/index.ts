/** All IPC handlers, assembled from one file per domain. */
import type { Handlers } from '../ipc/router'
import { createAppHandlers } from './app'
import type { HandlerDeps } from './deps'
import { createJournalHandlers } from './journal'

export type { HandlerDeps } from './deps'

export function createHandlers(deps: HandlerDeps): Handlers {
  return { ...createAppHandlers(deps), ...createJournalHandlers(deps) }
}
