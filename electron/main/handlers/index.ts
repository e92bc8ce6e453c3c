/** All IPC handlers, assembled from one file per domain. */
import type { Handlers } from '../ipc/router'
import { createAppHandlers } from './app'
import { createCalendarHandlers } from './calendar'
import { createCorrectionHandlers } from './corrections'
import { createDataHandlers } from './data'
import type { HandlerDeps } from './deps'
import { createDraftHandlers } from './drafts'
import { createFollowUpHandlers } from './followups'
import { createJournalHandlers } from './journal'
import { createLlmHandlers } from './llm'

export type { HandlerDeps } from './deps'

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createAppHandlers(deps),
    ...createJournalHandlers(deps),
    ...createCorrectionHandlers(deps),
    ...createDraftHandlers(deps),
    ...createFollowUpHandlers(deps),
    ...createDataHandlers(deps),
    ...createCalendarHandlers(deps),
    ...createLlmHandlers(deps)
  }
}
