/**
 * When a notification may be shown, and the snooze choices, in the user's zone. Quiet hours are a daily window of
 * wall-clock time (21:00 to 08:00 by default, across midnight) plus every interview in the journal: a reminder
 * never buzzes during the next interview. A notification that falls in a quiet time waits for its end.
 */
import type { QuietHours } from '../model/journal'
import { HOUR_MS } from '../policy'
import { SNOOZE_CHOICE_VALUES } from './schema'
import { atLocalTime, minutesOfDay, wallTimeAt } from './zones'

/** An interval of the journal that is quiet: an interview, from its start to its end. */
export interface QuietSpan {
  startAt: string
  endAt: string
}

/** When the daily window that holds `t` ends, or null when `t` is outside it. */
function dailyQuietEnd(t: number, quiet: QuietHours, timeZone: string): number | null {
  const start = minutesOfDay(quiet.start)
  const end = minutesOfDay(quiet.end)
  if (!quiet.enabled || start === end) return null
  const wall = wallTimeAt(t, timeZone)
  const now = wall.hour * 60 + wall.minute
  if (start < end) return now >= start && now < end ? atLocalTime(t, quiet.end, timeZone) : null
  // Across midnight: the evening part ends tomorrow morning, the morning part this morning.
  if (now >= start) return atLocalTime(t, quiet.end, timeZone, 1)
  if (now < end) return atLocalTime(t, quiet.end, timeZone)
  return null
}

function spanEnd(t: number, spans: readonly QuietSpan[]): number | null {
  let end: number | null = null
  for (const span of spans) {
    const from = Date.parse(span.startAt)
    const to = Date.parse(span.endAt)
    if (t >= from && t < to) end = Math.max(end ?? to, to)
  }
  return end
}

/**
 * The first moment at or after `t` that is not quiet: `t` itself when it is not quiet. Quiet times that touch
 * (the night ends at 08:00, an interview runs 07:30 to 09:00) are crossed together.
 */
export function firstLoudMoment(
  t: number,
  quiet: QuietHours,
  spans: readonly QuietSpan[],
  timeZone: string
): number {
  let at = t
  for (let step = 0; step < 50; step++) {
    const end = Math.max(dailyQuietEnd(at, quiet, timeZone) ?? -Infinity, spanEnd(at, spans) ?? -Infinity)
    if (!Number.isFinite(end) || end <= at) return at
    at = end
  }
  return at
}

export const SNOOZE_CHOICES = SNOOZE_CHOICE_VALUES
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number]

const EVENING = '18:00'
const MORNING = '09:00'

/**
 * Until when a snooze lasts, or null when the choice makes no sense now ("this evening" after 18:00).
 * "Tomorrow morning" is 09:00 on the next local date, so it is right on a night with a daylight-saving change.
 */
export function snoozeUntil(choice: SnoozeChoice, now: number, timeZone: string): number | null {
  if (choice === 'hour') return now + HOUR_MS
  if (choice === 'morning') return atLocalTime(now, MORNING, timeZone, 1)
  const evening = atLocalTime(now, EVENING, timeZone)
  return evening > now ? evening : null
}

export const SNOOZE_LABELS: Readonly<Record<SnoozeChoice, string>> = {
  hour: 'In 1 hour',
  evening: 'This evening',
  morning: 'Tomorrow morning'
}

/** The choices that make sense now, with their labels, for the Due panel, the tray and the notification. */
export function snoozeOptions(now: number, timeZone: string): Array<{ choice: SnoozeChoice; label: string }> {
  return SNOOZE_CHOICES.filter((choice) => snoozeUntil(choice, now, timeZone) !== null).map((choice) => ({
    choice,
    label: SNOOZE_LABELS[choice]
  }))
}
