/**
 * One way to show dates and times, from the user's locale and time zone (Intl.DateTimeFormat): "Tue, 1 Dec 2026"
 * in en-GB, "Tue, Dec 1, 2026" in en-US, "Di., 1. Dez. 2026" in German, 24- or 12-hour clock as the locale has it.
 * Every function takes an optional locale and zone so tests can pin them; the app passes nothing and gets the
 * OS's locale and the user's zone (Settings, else the computer's). Formatters are cached: building one costs far
 * more than using it, and a long list formats many dates. Date and time inputs are read and filled in that zone.
 */
import { instantOf, isTimeZone, wallTimeAt } from '../../../shared/time/wall-time'

export interface DateTimeOptions {
  /** BCP 47 locale, e.g. "en-GB"; default: the user's (navigator / OS). */
  locale?: string
  /** IANA zone the user lives in, e.g. "Europe/Berlin"; default: the OS's. */
  timeZone?: string
}

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(options: Intl.DateTimeFormatOptions, where: DateTimeOptions): Intl.DateTimeFormat {
  const timeZone = where.timeZone ?? userTimeZone()
  const key = JSON.stringify([where.locale ?? '', timeZone, options])
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(where.locale, { ...options, timeZone })
    cache.set(key, f)
  }
  return f
}

/** The zone chosen in Settings ('' follows the computer's); the journal store keeps it current. */
let chosenZone = ''

/** Sets the user's zone from Settings ('' or an unknown name: the computer's). */
export function setUserTimeZone(zone: string): void {
  chosenZone = zone && isTimeZone(zone) ? zone : ''
}

/** The computer's IANA zone. */
export function computerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** The zone dates are shown in: the user's from Settings, else the computer's. */
export function userTimeZone(): string {
  return chosenZone || computerTimeZone()
}

const DATE: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }
/** The locale's own short time: "14:05" / "02:30" in en-GB, "2:05 PM" in en-US. */
const TIME: Intl.DateTimeFormatOptions = { timeStyle: 'short' }

/** "Tue, 1 Dec 2026". */
export function formatDate(iso: string, where: DateTimeOptions = {}): string {
  return formatter(DATE, where).format(new Date(iso))
}

/** "14:05" or "2:05 PM", as the locale writes times. */
export function formatTime(iso: string, where: DateTimeOptions = {}): string {
  return formatter(TIME, where).format(new Date(iso))
}

/**
 * "Tue, 1 Dec 2026, 14:05". Joined with a comma ourselves: Intl cannot combine timeStyle with a weekday, and
 * hour/minute options lose the locale's own time form (en-GB "02:30" would become "2:30").
 */
export function formatDateTime(iso: string, where: DateTimeOptions = {}): string {
  return `${formatDate(iso, where)}, ${formatTime(iso, where)}`
}

/** Minutes east of UTC that a zone is at an instant (DST included). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatter(
    {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23'
    },
    { locale: 'en-US', timeZone }
  ).formatToParts(instant)
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'))
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000)
}

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * An interview as the user reads it: "Tue, 1 Dec 2026, 14:00–15:00" in their own zone, then, when the interview
 * was set in a zone whose clock differs at that moment, its time there with the zone's name:
 * "Tue, 1 Dec 2026, 15:00–16:00 (09:00–10:00 EST)". A zone with the same clock (Paris for a Berlin user) adds nothing.
 */
export function formatInterviewTime(
  interview: { startAt: string; endAt: string; timeZone?: string },
  where: DateTimeOptions = {}
): string {
  const start = new Date(interview.startAt)
  const userZone = where.timeZone ?? userTimeZone()
  const local = { ...where, timeZone: userZone }
  const own = `${formatDateTime(interview.startAt, local)}–${formatTime(interview.endAt, local)}`
  const zone = interview.timeZone
  if (!zone || !isValidZone(zone) || offsetMinutes(start, zone) === offsetMinutes(start, userZone)) return own
  const there = { ...where, timeZone: zone }
  const zoneName =
    formatter({ hour: 'numeric', timeZoneName: 'short' }, there)
      .formatToParts(start)
      .find((p) => p.type === 'timeZoneName')?.value ?? zone
  const sameDay = calendarDay(start, zone) === calendarDay(start, userZone)
  const thereStart = sameDay ? formatTime(interview.startAt, there) : formatDateTime(interview.startAt, there)
  return `${own} (${thereStart}–${formatTime(interview.endAt, there)} ${zoneName})`
}

/** Days since 1970 of the calendar date an instant falls on in a zone. */
function calendarDay(instant: Date, timeZone: string): number {
  return Math.floor((instant.getTime() + offsetMinutes(instant, timeZone) * 60000) / 86_400_000)
}

/**
 * A day near now in words: "today", "tomorrow", "yesterday" (in the locale's language, first letter capitalised),
 * otherwise "Tue, 1 Dec", with the year only when it is not this year. For lines such as "Check-in due Tue, 8 Dec".
 */
export function formatRelativeDay(iso: string, now: Date, where: DateTimeOptions = {}): string {
  const zone = where.timeZone ?? userTimeZone()
  const instant = new Date(iso)
  const days = calendarDay(instant, zone) - calendarDay(now, zone)
  if (Math.abs(days) <= 1) {
    const word = new Intl.RelativeTimeFormat(where.locale, { numeric: 'auto' }).format(days, 'day')
    return word.charAt(0).toLocaleUpperCase(where.locale) + word.slice(1)
  }
  const year = (d: Date) => formatter({ year: 'numeric' }, { ...where, timeZone: zone }).format(d)
  const options = year(instant) === year(now) ? DAY : DATE
  return formatter(options, { ...where, timeZone: zone }).format(instant)
}

/** A date ("2026-03-03") and time ("14:30") from form inputs, read in the user's zone, as an ISO instant. */
export function localToIso(date: string, time: string, timeZone: string = userTimeZone()): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t) return null
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number
  ]
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null
  const ms = instantOf({ year, month, day, hour, minute }, timeZone)
  // 31 February is no date: the wall time there would roll over into March.
  const there = wallTimeAt(ms, timeZone)
  return there.month === month && there.day === day ? new Date(ms).toISOString() : null
}

/** The inverse of localToIso: an ISO instant as the date and time inputs show it in the user's zone. */
export function isoToLocal(iso: string, timeZone: string = userTimeZone()): { date: string; time: string } {
  const w = wallTimeAt(new Date(iso).getTime(), timeZone)
  const two = (n: number) => String(n).padStart(2, '0')
  return { date: `${w.year}-${two(w.month)}-${two(w.day)}`, time: `${two(w.hour)}:${two(w.minute)}` }
}
