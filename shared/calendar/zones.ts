/**
 * Time zone names in invites, as IANA names. Outlook and Exchange write Windows names ("W. Europe Standard Time");
 * they are mapped with the windows-iana package (its table is CLDR's windowsZones.xml: the "001" territory entry,
 * listed first, is the zone CLDR takes as the name's meaning). Some producers prefix the IANA name with a path
 * ("/mozilla.org/20070129_1/Europe/Berlin", "/citadel.org/…"): the IANA part is kept.
 */
import { findIana } from 'windows-iana'

// Building an Intl.DateTimeFormat costs far more than using one: one per zone, kept (a few zones per session).
const formats = new Map<string, Intl.DateTimeFormat | null>()

function formatFor(zone: string): Intl.DateTimeFormat | null {
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

/** True when this runtime's Intl knows the IANA zone. */
export function isIanaZone(name: string): boolean {
  return Boolean(name) && name.length <= 64 && formatFor(name) !== null
}

const resolved = new Map<string, string | null>()

/** The IANA name for a TZID as producers write it, or null when it is not a zone name Afterword knows. */
export function ianaZoneOf(tzid: string): string | null {
  let zone = resolved.get(tzid)
  if (zone === undefined) {
    zone = resolveZone(tzid)
    if (resolved.size > 500) resolved.clear()
    resolved.set(tzid, zone)
  }
  return zone
}

function resolveZone(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '')
  if (/^(utc|gmt|z)$/i.test(name)) return 'UTC'
  const windows = findIana(name)[0]
  if (windows) return windows
  if (isIanaZone(name) && name.includes('/')) return canonical(name)
  // A path-prefixed IANA name: try the last three, then the last two segments.
  const parts = name.split('/').filter(Boolean)
  for (const n of [3, 2]) {
    const tail = parts.slice(-n).join('/')
    if (parts.length >= n && tail.includes('/') && isIanaZone(tail)) return canonical(tail)
  }
  return isIanaZone(name) ? canonical(name) : null
}

function canonical(name: string): string {
  return formatFor(name)?.resolvedOptions().timeZone ?? name
}

export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** The offset of a zone from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(instant: number, zone: string): number {
  const format = formatFor(zone)
  if (!format) throw new RangeError(`Unknown time zone ${zone}`)
  const parts = format.formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return asUtc - Math.floor(instant / 1000) * 1000
}

const DAY_MS = 86_400_000

/**
 * The instant a wall-clock time in an IANA zone names. Zones change offset at most a few times a year, so the
 * offsets a day before and a day after are the only candidates. A time that exists twice (autumn) is the first
 * one; a time in the spring-forward gap is read with the offset before the change, as RFC 5545 asks.
 */
export function instantOfWallTime(wall: WallTime, zone: string): number {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  const before = naive - offsetAt(naive - DAY_MS, zone)
  const after = naive - offsetAt(naive + DAY_MS, zone)
  const valid = [before, after].filter((t) => naive - offsetAt(t, zone) === t)
  return valid.length > 0 ? Math.min(...valid) : before
}
