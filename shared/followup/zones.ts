/**
 * Wall-clock time in an IANA zone, with Intl only (no zone database of our own): what local date and time an
 * instant is, and which instant a local date and time is. Quiet hours ("21:00 to 08:00") and snooze choices
 * ("tomorrow morning") are wall-clock times in the user's zone, so across a daylight-saving change a night is 23 or
 * 25 hours long and "tomorrow 09:00" is still 09:00.
 */

export interface WallTime {
  year: number
  /** 1 to 12 */
  month: number
  day: number
  hour: number
  minute: number
}

const MINUTE_MS = 60_000
const partFormatters = new Map<string, Intl.DateTimeFormat>()

/** A formatter for the zone, or for UTC when the name is unknown (a hand-edited journal, an old runtime). */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric'
      })
    } catch {
      formatter = partsFormatter('UTC')
    }
    partFormatters.set(timeZone, formatter)
  }
  return formatter
}

/** The local date and time of an instant in a zone. */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {}
  for (const part of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0
  }
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute)

/** The zone's offset from UTC at an instant, in ms (whole minutes; seconds of historic offsets are dropped). */
export function offsetAt(ms: number, timeZone: string): number {
  const minute = Math.floor(ms / MINUTE_MS) * MINUTE_MS
  return asUtc(wallTimeAt(minute, timeZone)) - minute
}

/**
 * The instant a local date and time names in a zone. A time skipped by a spring-forward change (02:30 on that
 * night) is read with the offset before the change, so it lands just after the gap; a time that happens twice (an
 * autumn night) is its first occurrence.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const utc = asUtc(wall)
  const candidates = [
    utc - offsetAt(utc - 14 * 3600_000, timeZone),
    utc - offsetAt(utc + 14 * 3600_000, timeZone)
  ]
  const exact = candidates.filter((t) => asUtc(wallTimeAt(t, timeZone)) === utc).sort((a, b) => a - b)
  return exact[0] ?? Math.max(...candidates)
}

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
