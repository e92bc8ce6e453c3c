/**
 * The reminder scheduler: plain Node, no Electron. It asks the policy what is due, notifies each reminder once, and
 * sleeps on one timer until the next moment the answer can change on its own (an interview ends, a thank-you turns
 * overdue, a week of silence is up), never longer than a few hours, so a suspended laptop or a changed system
 * clock is caught up with soon. Main calls `refresh()` whenever the journal changes.
 * The clock and the timer functions are injected: tests drive it with fake ones, no real waiting.
 */
import type { DueItem } from '../../../shared/followup'
import type { Notifiable } from '../../../shared/followup/reminders'

export interface Timers {
  set(callback: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export interface SchedulerOptions {
  /**
   * What is due now, what the OS should show now (not yet notified for its due moment, outside quiet hours: see
   * shared/followup/reminders.ts) and when that next changes.
   */
  plan: () => { due: DueItem[]; toNotify: Notifiable[]; nextChangeAt: string | null }
  now: () => Date
  timers: Timers
  /**
   * Called with everything to show at one evaluation, once (the notifier makes one summary of several, and records
   * them as notified in the journal, so the plan stops asking).
   */
  notify: (batch: Notifiable[]) => void
  /** Called when the due list changed (items, or an overdue flag): tray and renderer refresh. */
  onUpdate?: (due: DueItem[], notifiedKeys: string[]) => void
  /** Longest sleep between two evaluations; default 3 hours. */
  maxSleepMs?: number
  /** Shortest sleep, so a clock that lags behind the plan cannot spin the timer; default 1 second. */
  minSleepMs?: number
  /** Where a failing notify or update is reported; the scheduler keeps going. */
  onError?: (error: unknown) => void
}

export interface ReminderScheduler {
  /** Evaluates now and re-arms the timer (call on start and whenever the journal changes). */
  refresh(): void
  stop(): void
  /** When the armed timer fires, or null when stopped. */
  nextWakeAt(): Date | null
  /**
   * Keys handed to `notify` that the plan still asks for (the journal has not recorded them yet): not notified
   * twice meanwhile. The journal is the lasting record, so a restart does not notify again.
   */
  pendingKeys(): ReadonlySet<string>
}

/** The real timers, for main. */
export const nodeTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

export const DEFAULT_MAX_SLEEP_MS = 3 * 3600_000
const DEFAULT_MIN_SLEEP_MS = 1000

export function createReminderScheduler(options: SchedulerOptions): ReminderScheduler {
  const maxSleep = options.maxSleepMs ?? DEFAULT_MAX_SLEEP_MS
  const minSleep = options.minSleepMs ?? DEFAULT_MIN_SLEEP_MS
  const report = options.onError ?? (() => undefined)
  let notified = new Set<string>()
  let handle: unknown = null
  let wakeAt: number | null = null
  let lastSignature: string | null = null
  let stopped = false

  function disarm() {
    if (handle !== null) options.timers.clear(handle)
    handle = null
    wakeAt = null
  }

  function arm(nextChangeAt: string | null) {
    const now = options.now().getTime()
    const next = nextChangeAt === null ? Infinity : Date.parse(nextChangeAt)
    const delay = Math.max(minSleep, Math.min(next - now, maxSleep))
    wakeAt = now + delay
    handle = options.timers.set(() => {
      handle = null
      refresh()
    }, delay)
  }

  function refresh() {
    if (stopped) return
    disarm()
    let plan: ReturnType<SchedulerOptions['plan']>
    try {
      plan = options.plan()
    } catch (error) {
      report(error)
      arm(null)
      return
    }
    const asked = plan.toNotify.map(keyOf)
    const batch = plan.toNotify.filter((n) => !notified.has(keyOf(n)))
    if (batch.length > 0) {
      try {
        options.notify(batch)
      } catch (error) {
        report(error)
      }
    }
    // Only keys the plan still asks for are kept: once the journal records them they leave the plan, so a snoozed
    // reminder that comes due again is notified again, and memory stays bounded.
    notified = new Set(asked)
    const signature = plan.due.map((item) => `${item.key}:${item.overdue}`).join('|')
    if (signature !== lastSignature || batch.length > 0) {
      lastSignature = signature
      try {
        options.onUpdate?.(plan.due, batch.map(keyOf))
      } catch (error) {
        report(error)
      }
    }
    arm(plan.nextChangeAt)
  }

  return {
    refresh,
    stop() {
      stopped = true
      disarm()
    },
    nextWakeAt: () => (wakeAt === null ? null : new Date(wakeAt)),
    pendingKeys: () => notified
  }
}

export const keyOf = (n: Notifiable): string => (n.kind === 'due' ? n.item.key : n.prompt.key)
