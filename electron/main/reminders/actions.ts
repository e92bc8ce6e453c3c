/**
 * What the user (or the OS) does to reminders, as journal changes: the same code answers the Due panel, the tray and
 * a notification's snooze button, and records what the scheduler showed.
 */
import { markDismissed, markNotified, markSnoozed } from '../../../shared/followup/reminders'
import { snoozeUntil, type SnoozeChoice } from '../../../shared/followup/quiet'
import type { JournalStore } from '../store'

type Store = Pick<JournalStore, 'get' | 'apply'>

export class SnoozeNotPossible extends Error {}

/** Snoozes the reminders until the choice's moment in the zone; returns that moment. */
export async function snoozeReminders(
  store: Store,
  keys: string[],
  choice: SnoozeChoice,
  now: Date,
  timeZone: string
): Promise<Date> {
  const until = snoozeUntil(choice, now.getTime(), timeZone)
  if (until === null) {
    throw new SnoozeNotPossible('It is already evening: snooze for an hour or until tomorrow morning.')
  }
  const states = store.get().reminders
  await store.apply(
    keys.map((key) => ({ type: 'reminder' as const, key, state: markSnoozed(states[key], until) }))
  )
  return new Date(until)
}

export async function dismissReminder(store: Store, key: string): Promise<void> {
  await store.apply([{ type: 'reminder', key, state: markDismissed(store.get().reminders[key]) }])
}

/** Records that the OS showed these reminders (alone or in a summary): a restart does not show them again. */
export async function recordNotified(store: Store, keys: string[], now: Date): Promise<void> {
  const states = store.get().reminders
  await store.apply(
    keys.map((key) => ({ type: 'reminder' as const, key, state: markNotified(states[key], now) }))
  )
}
