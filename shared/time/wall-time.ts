/**
 * The one conversion between wall-clock time in an IANA zone and instants, with Intl only (no zone database of our
 * own). Reminders, quiet hours and snooze (shared/followup) and invite times (shared/calendar) all read wall times
 * through here, so a daylight-saving change is handled one way everywhere.
 */

export interface WallTime {
  year: number
  /** 1 to 12 */
  month: number
  day: number
  hour: number
  minute: number
  /** 0 when left out (reminder times are whole minutes; invites may carry seconds). */
  second?: number
}

// Building an Intl.DateTimeFormat costs far more than using one: one per zone, kept (a few zones per session).
const formats = new Map<string, Intl.DateTimeFormat | null>()

/** A formatter for the zone (its resolvedOptions give the canonical name), or null when Intl does not know it. */
export function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  let format = formats.get(zone)
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric'
      })
    } catch {
      format = null
    }
    if (formats.size > 500) formats.clear()
    formats.set(zone, format)
  }
  return format
}

/**
 * Whether a name is an IANA time zone this runtime's Intl knows ("Europe/Berlin", "Asia/Tokyo", "UTC"). Offsets
 * such as "+02:00", which newer Intl versions also accept, are not zones: they know nothing of daylight saving.
 */
export function isTimeZone(zone: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone) && zone.length <= 100 && zoneFormat(zone) !== null
}

function knownFormat(zone: string): Intl.DateTimeFormat {
  const format = zoneFormat(zone)
  if (!format) throw new RangeError(`Unknown time zone ${zone}`)
  return format
}

/** The local date and time (to the second) of an instant in a zone. Throws a RangeError for an unknown zone. */
export function wallTimeAt(ms: number, zone: string): Required<WallTime> {
  const parts = knownFormat(zone).formatToParts(new Date(ms))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second')
  }
}

/** The wall time read as if it were UTC: the "naive" instant that the zone's offset is added to. */
const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0)

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). Throws for an unknown zone. */
export function offsetAt(ms: number, zone: string): number {
  const second = Math.floor(ms / 1000) * 1000
  return asUtc(wallTimeAt(second, zone)) - second
}

/**
 * No zone is more than 14 hours from UTC, so the instant a wall time names lies within 14 hours of its naive
 * reading: the offsets there, before and after any change in between, are the only candidates.
 */
const WIDEST_OFFSET_MS = 14 * 3600_000

/**
 * The instant a wall time names in a zone. Throws a RangeError for an unknown zone. Both ambiguous cases follow
 * RFC 5545 (3.3.5), which is also what reminders want:
 * - a time skipped by a spring-forward change (02:30 in Berlin on 29 Mar 2026) is read with the offset before the
 *   gap, so it lands as far after the gap's start as it was written (03:30 summer time);
 * - a time that happens twice (02:30 in Berlin on 25 Oct 2026) is its first occurrence (summer time).
 */
export function instantOf(wall: WallTime, zone: string): number {
  const naive = asUtc(wall)
  const before = naive - offsetAt(naive - WIDEST_OFFSET_MS, zone)
  const after = naive - offsetAt(naive + WIDEST_OFFSET_MS, zone)
  const valid = [before, after].filter((t) => naive - offsetAt(t, zone) === t)
  return valid.length > 0 ? Math.min(...valid) : before
}
