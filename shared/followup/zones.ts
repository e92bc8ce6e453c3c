/**
 * Wall-clock time in an IANA zone, with Intl only (no zone database of our own): what local date and time an
 * instant is, and which instant a local date and time is. Quiet hours ("21:00 to 08:00") and snooze choices
 * ("tomorrow morning") are wall-clock times in the user's zone, so across a daylight-saving change a night is 23 or
 * 25 hours long and "tomorrow 09:00" is still 09:00.
 */

import * as wallTime from '../time/wall-time'

/** A local date and time to the minute (reminder, quiet-hour and snooze times carry no seconds). */
export type WallTime = Omit<wallTime.WallTime, 'second'>

/** The zone itself, or UTC when the name is unknown (a hand-edited journal, an old runtime). */
const knownOrUtc = (timeZone: string) => (wallTime.zoneFormat(timeZone) ? timeZone : 'UTC')

/** The local date and time of an instant in a zone, to the minute (seconds are dropped). */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const { year, month, day, hour, minute } = wallTime.wallTimeAt(ms, knownOrUtc(timeZone))
  return { year, month, day, hour, minute }
}

/** The zone's offset from UTC at an instant, in ms. */
export const offsetAt = (ms: number, timeZone: string): number => wallTime.offsetAt(ms, knownOrUtc(timeZone))

/**
 * The instant a local date and time names in a zone. A time skipped by a spring-forward change (02:30 on that
 * night) is read with the offset before the change, so it lands just after the gap; a time that happens twice (an
 * autumn night) is its first occurrence.
 */
export const instantOf = (wall: WallTime, timeZone: string): number =>
  wallTime.instantOf(wall, knownOrUtc(timeZone))

/** The same local date moved by whole days (the calendar's, not 24-hour steps). */
export function addDays(wall: WallTime, days: number): WallTime {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days))
  return { ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** "21:00" as minutes since midnight. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}

/** The instant of a time of day ("09:00") on the local date of `ms`, moved by `days`. */
export function atLocalTime(ms: number, time: string, timeZone: string, days = 0): number {
  const minutes = minutesOfDay(time)
  const day = addDays(wallTimeAt(ms, timeZone), days)
  return instantOf({ ...day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, timeZone)
}

export const sameLocalDate = (a: number, b: number, timeZone: string): boolean => {
  const x = wallTimeAt(a, timeZone)
  const y = wallTimeAt(b, timeZone)
  return x.year === y.year && x.month === y.month && x.day === y.day
}
