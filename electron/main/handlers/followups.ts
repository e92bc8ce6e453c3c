/** Handlers for follow-up reminders: what is due now, from the journal and the app's clock. */
import { followUpPlan } from '../../../shared/followup'
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'

type FollowUpHandlers = Pick<Handlers, 'followups:list'>

/** The user's IANA time zone, for the times written in the reminders (main and the window share the machine). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

export function createFollowUpHandlers(deps: HandlerDeps): FollowUpHandlers {
  return {
    'followups:list': () => {
      const { due, stopped, nextChangeAt } = followUpPlan(deps.store.get(), deps.now(), {
        timeZone: localTimeZone()
      })
      return { due, stopped, nextChangeAt }
    }
  }
}
