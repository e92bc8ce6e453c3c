/**
 * Time zone names in invites, as IANA names. Outlook and Exchange write Windows names ("W. Europe Standard Time");
 * they are mapped with the windows-iana package (its table is CLDR's windowsZones.xml: the "001" territory entry,
 * listed first, is the zone CLDR takes as the name's meaning). Some producers prefix the IANA name with a path
 * ("/mozilla.org/20070129_1/Europe/Berlin", "/citadel.org/…"): the IANA part is kept.
 */
import { findIana } from 'windows-iana'
import { zoneFormat } from '../time/wall-time'

/** True when this runtime's Intl knows the IANA zone. */
export function isIanaZone(name: string): boolean {
  return Boolean(name) && name.length <= 64 && zoneFormat(name) !== null
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
  return zoneFormat(name)?.resolvedOptions().timeZone ?? name
}

// The wall time ↔ instant conversion (RFC 5545's gap and repeated-hour rules) is shared/time's, under the name the
// invite readers use.
export { instantOf as instantOfWallTime } from '../time/wall-time'
