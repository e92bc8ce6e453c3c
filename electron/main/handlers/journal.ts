/**
 * Handlers for the journal's records, one module per record type (journal/*.ts): each builds the JournalOps for
 * one user action (a delete cascades to what hangs off the record), applies them in one durable step, and tells
 * the window what changed. Plus the read side: the views' queries.
 */
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'
import { createApplicationHandlers } from './journal/applications'
import { createInterviewHandlers } from './journal/interviews'
import { createNoteHandlers } from './journal/notes'
import { createPeopleHandlers } from './journal/people'
import { createQueryHandlers } from './journal/queries'

export function createJournalHandlers(deps: HandlerDeps) {
  return {
    ...createQueryHandlers(deps),
    ...createApplicationHandlers(deps),
    ...createInterviewHandlers(deps),
    ...createPeopleHandlers(deps),
    ...createNoteHandlers(deps)
  } satisfies Partial<Handlers>
}
