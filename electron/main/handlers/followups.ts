/** Handlers for follow-up reminders: what is due now, from the journal and the app's clock. */
import { viewsOf } from '../queries/views'
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'

type FollowUpHandlers = Pick<Handlers, 'followups:list'>

export { localTimeZone } from '../time-zone'

export function createFollowUpHandlers(deps: HandlerDeps): FollowUpHandlers {
  return {
    'followups:list': () => {
      const { due, stopped, nextChangeAt } = viewsOf(deps.store, deps.now).plan()
      return { due, stopped, nextChangeAt }
    }
  }
}
