/**
 * Handlers for follow-up reminders: what is due now (from the journal, its reminder state and the app's clock), and
 * the user's answers to a reminder: snooze it, or dismiss it for good.
 */
import { reminderPlan, snoozedReason } from '../../../shared/followup/reminders'
import { snoozeOptions } from '../../../shared/followup/quiet'
import { AppError } from '../../../shared/ipc/result'
import { dismissReminder, snoozeReminders, SnoozeNotPossible } from '../reminders/actions'
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'

type FollowUpHandlers = Pick<Handlers, 'followups:list' | 'reminders:snooze' | 'reminders:dismiss'>

/** The user's IANA time zone, for the times written in the reminders (main and the window share the machine). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

export function createFollowUpHandlers(deps: HandlerDeps): FollowUpHandlers {
  return {
    'followups:list': () => {
      const now = deps.now()
      const timeZone = localTimeZone()
      const plan = reminderPlan(deps.store.get(), now, { timeZone })
      return {
        due: plan.due,
        stopped: plan.stopped,
        snoozed: plan.snoozed.map((s) => ({ ...s, reason: snoozedReason(s, timeZone, now.getTime()) })),
        captures: plan.captures,
        snoozeOptions: snoozeOptions(now.getTime(), timeZone),
        heldUntil: plan.heldUntil,
        nextChangeAt: plan.nextChangeAt
      }
    },
    'reminders:snooze': async ({ keys, choice }) => {
      try {
        const until = await snoozeReminders(deps.store, keys, choice, deps.now(), localTimeZone())
        deps.emit('journal:changed', { reason: 'reminders:snooze' })
        return { snoozedUntil: until.toISOString() }
      } catch (error) {
        if (error instanceof SnoozeNotPossible) throw new AppError('invalid-request', error.message)
        throw error
      }
    },
    'reminders:dismiss': async ({ key }) => {
      await dismissReminder(deps.store, key)
      deps.emit('journal:changed', { reason: 'reminders:dismiss' })
      return { dismissed: true as const }
    }
  }
}
