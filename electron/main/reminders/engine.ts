/**
 * The reminders over the journal store, without Electron: the scheduler on the reminder plan, the notifier (one
 * summary for several, snooze choices) and the record of what was shown, written to the journal so a restart does
 * not show it again. Main hands it Electron's notifications (reminder-service.ts); the e2e harness and the tests
 * hand it a list.
 */
import { snoozeOptions } from '../../../shared/followup/quiet'
import { reminderPlan, type ReminderPlan } from '../../../shared/followup/reminders'
import type { DueItem } from '../../../shared/followup/schema'
import type { JournalStore } from '../store'
import { recordNotified } from './actions'
import { createNotifier, type NotificationModel } from './notification-model'
import { createReminderScheduler, type ReminderScheduler, type Timers } from './scheduler'

export interface ReminderEngineDeps {
  store: Pick<JournalStore, 'get' | 'apply'>
  now: () => Date
  timeZone: () => string
  /** The plan to follow; main passes the views' plan, cached per revision and minute. */
  plan?: () => ReminderPlan
  timers: Timers
  show: (notification: NotificationModel) => void
  onUpdate?: (due: DueItem[], notifiedKeys: string[]) => void
  onError: (error: unknown) => void
}

export function createReminderEngine(deps: ReminderEngineDeps): ReminderScheduler {
  const { store, now } = deps
  return createReminderScheduler({
    plan: deps.plan ?? (() => reminderPlan(store.get(), now(), { timeZone: deps.timeZone() })),
    now,
    timers: deps.timers,
    notify: createNotifier({
      enabled: () => store.get().settings.notifications,
      snoozeOptions: () => snoozeOptions(now().getTime(), deps.timeZone()),
      show: deps.show,
      recordNotified: (keys) => void recordNotified(store, keys, now()).catch(deps.onError)
    }),
    ...(deps.onUpdate ? { onUpdate: deps.onUpdate } : {}),
    onError: deps.onError
  })
}
