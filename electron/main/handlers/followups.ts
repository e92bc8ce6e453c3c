/**
 * Handlers for follow-up reminders: what is due now (from the journal, its reminder state and the app's clock; the
 * plan is cached per revision and minute in the views), and the user's answers to a reminder: snooze it, or dismiss
 * it for good.
 */
import { AppError } from '../../../shared/ipc/result'
import type { Handlers } from '../ipc/router'
import { commitChange } from '../queries/changes'
import { viewsOf } from '../queries/views'
import { dismissOps, snoozeOps, SnoozeNotPossible } from '../reminders/actions'
import { timeZoneOf } from '../time-zone'
import type { HandlerDeps } from './deps'

type FollowUpHandlers = Pick<Handlers, 'followups:list' | 'reminders:snooze' | 'reminders:dismiss'>

export function createFollowUpHandlers(deps: HandlerDeps): FollowUpHandlers {
  return {
    'followups:list': () => viewsOf(deps.store, deps.now).dueList(),
    'reminders:snooze': async ({ keys, choice }) => {
      try {
        const states = deps.store.get().reminders
        const { ops, until } = snoozeOps(states, keys, choice, deps.now(), timeZoneOf(deps.store))
        await commitChange(deps, ops, 'reminders:snooze')
        return { snoozedUntil: until.toISOString() }
      } catch (error) {
        if (error instanceof SnoozeNotPossible) throw new AppError('invalid-request', error.message)
        throw error
      }
    },
    'reminders:dismiss': async ({ key }) => {
      await commitChange(deps, dismissOps(deps.store.get().reminders, key), 'reminders:dismiss')
      return { dismissed: true as const }
    }
  }
}
