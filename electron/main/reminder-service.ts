/**
 * The reminders in the running app: the scheduler over the reminder plan, the OS notifications (one summary for
 * several, snooze buttons where the OS has them) and the tray. Every answer (notified, snoozed) is written to the
 * journal, so a restart neither forgets a snooze nor notifies again. Thin: the decisions are in shared/followup and
 * reminders/, tested under Node.
 */
import { powerMonitor } from 'electron'
import type { FollowUpTarget } from '../../shared/followup'
import { snoozeOptions, type SnoozeChoice } from '../../shared/followup/quiet'
import { timeZoneOf } from './time-zone'
import { showReminderNotification } from './notifications'
import { snoozeReminders } from './reminders/actions'
import { createReminderEngine } from './reminders/engine'
import { viewsOf } from './queries/views'
import { nodeTimers, type ReminderScheduler } from './reminders/scheduler'
import { trayModel } from './reminders/tray-model'
import type { JournalStore } from './store'
import { createReminderTray, type ReminderTray } from './tray'

export interface ReminderServiceDeps {
  store: JournalStore
  now: () => Date
  openDraft(target: FollowUpTarget): void
  openCapture(interviewId: string): void
  openApp(): void
  quit(): void
  /** The journal changed (a snooze from the tray or a notification): the window reloads its lists. */
  changed(reason: string): void
  /** Reminders were shown: the window refreshes its Due panel. */
  notified(keys: string[]): void
}

export interface ReminderService {
  scheduler: ReminderScheduler
  tray: ReminderTray | null
}

export function startReminderService(deps: ReminderServiceDeps): ReminderService {
  const { store, now } = deps
  const report = (error: unknown) =>
    console.error('[reminders]', error instanceof Error ? error.message : error)
  let scheduler: ReminderScheduler | null = null
  const snooze = (keys: string[], choice: SnoozeChoice) =>
    void snoozeReminders(store, keys, choice, now(), timeZoneOf(store))
      .then(() => deps.changed('reminders:snooze'))
      .catch(report)
  const options = () => snoozeOptions(now().getTime(), timeZoneOf(store))
  const tray = attempt('tray', () =>
    createReminderTray({
      openItem: deps.openDraft,
      openApp: deps.openApp,
      quit: deps.quit,
      snooze
    })
  )
  scheduler = createReminderEngine({
    store,
    now,
    plan: () => viewsOf(store, now).plan(),
    timeZone: () => timeZoneOf(store),
    timers: nodeTimers,
    show: (model) =>
      showReminderNotification(model, {
        open: (open) => {
          if (open.type === 'draft') deps.openDraft(open.target)
          else if (open.type === 'capture') deps.openCapture(open.interviewId)
          else deps.openApp()
        },
        snooze
      }),
    onUpdate: (due, notifiedKeys) => {
      tray?.update(trayModel(due, options()))
      deps.notified(notifiedKeys)
    },
    onError: report
  })
  scheduler.refresh()
  // After sleep the armed timer may be late or the clock may have jumped: plan again.
  attempt('power events', () => powerMonitor.on('resume', () => scheduler?.refresh()))
  return { scheduler, tray }
}

/**
 * Reminders are a help, not the app: a desktop with no tray or no power events (some Linux sessions) still gets
 * the scheduler, the notifications and the Due panel.
 */
function attempt<T>(what: string, run: () => T): T | null {
  try {
    return run()
  } catch (error) {
    console.error(`[reminders] no ${what}:`, error instanceof Error ? error.message : error)
    return null
  }
}
