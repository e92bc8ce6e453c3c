/**
 * What the user (or the OS) does to reminders, as journal changes: the same code answers the Due panel, the tray and
 * a notification's snooze button, and records what the scheduler showed. The `*Ops` builders are pure, so the IPC
 * handlers commit them like any other change (the window gets the delta and the new due list).
 */
import { markDismissed, markNotified, markSnoozed } from '../../../shared/followup/reminders'
import { snoozeUntil, type SnoozeChoice } from '../../../shared/followup/quiet'
import type { Journal } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import type { JournalStore } from '../store'

type Store = Pick<JournalStore, 'get' | 'apply'>
type States = Journal['reminders']

export class SnoozeNotPossible extends Error {}

/** The ops that snooze the reminders until the choice's moment in the zone, and that moment. */
export function snoozeOps(
  states: States,
  keys: string[],
  choice: SnoozeChoice,
  now: Date,
  timeZone: string
): { ops: JournalOp[]; until: Date } {
  const until = snoozeUntil(choice, now.getTime(), timeZone)
  if (until === null) {
    throw new SnoozeNotPossible('It is already evening: snooze for an hour or until tomorrow morning.')
  }
  const ops = keys.map((key): JournalOp => ({
    type: 'reminder',
    key,
    state: markSnoozed(states[key], until)
  }))
  return { ops, until: new Date(until) }
}

export function dismissOps(states: States, key: string): JournalOp[] {
  return [{ type: 'reminder', key, state: markDismissed(states[key]) }]
}

/** Snoozes the reminders until the choice's moment in the zone; returns that moment. */
export async function snoozeReminders(
  store: Store,
  keys: string[],
  choice: SnoozeChoice,
  now: Date,
  timeZone: string
): Promise<Date> {
  const { ops, until } = snoozeOps(store.get().reminders, keys, choice, now, timeZone)
  await store.apply(ops)
  return until
}

export async function dismissReminder(store: Store, key: string): Promise<void> {
  await store.apply(dismissOps(store.get().reminders, key))
}

/** Records that the OS showed these reminders (alone or in a summary): a restart does not show them again. */
export async function recordNotified(store: Store, keys: string[], now: Date): Promise<void> {
  const states = store.get().reminders
  await store.apply(
    keys.map((key) => ({ type: 'reminder' as const, key, state: markNotified(states[key], now) }))
  )
}
