/**
 * Times of an invite as instants. A DATE-TIME is UTC ("…Z"), floating (no zone: read in the user's own zone), or
 * local to its TZID. A TZID that names a zone Afterword knows (IANA, or a Windows name mapped to one) is read with
 * the runtime's tz database, which knows past and future rule changes (Outlook's VTIMEZONE only describes today's
 * rule, and ical.js would expand it from 1601 on every import). Any other TZID is read with the file's own
 * VTIMEZONE (ical.js computes it); a TZID that is neither is an error.
 */
import ICAL from 'ical.js'
import { InviteError } from './limits'
import { ianaZoneOf, instantOfWallTime } from './zones'

type Component = InstanceType<typeof ICAL.Component>
type Property = InstanceType<typeof ICAL.Property>
type Time = InstanceType<typeof ICAL.Time>
type Timezone = InstanceType<typeof ICAL.Timezone>

export class InviteClock {
  private readonly defined = new Map<string, { zone: Timezone; location: string }>()
  /** Zoom writes UTC times and names the host's zone once, in a TZID property or the one VTIMEZONE. */
  private readonly hintZone: string | null

  constructor(
    calendar: Component,
    private readonly localZone: string
  ) {
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = String(vtimezone.getFirstPropertyValue('tzid') ?? '')
      const location = String(vtimezone.getFirstPropertyValue('x-lic-location') ?? '')
      if (tzid) this.defined.set(tzid, { zone: new ICAL.Timezone(vtimezone), location })
    }
    const [only] = this.defined.keys()
    this.hintZone = this.defined.size === 1 && only ? ianaZoneOf(only) : null
  }

  /** The IANA name to show the event's times in: the TZID's own, the VTIMEZONE's location, or UTC. */
  zoneName(prop: Property | null, hint = ''): string {
    const tzid = tzidOf(prop)
    if (!tzid) return isUtc(prop) ? (ianaZoneOf(hint) ?? this.hintZone ?? 'UTC') : this.localZone
    const known = ianaZoneOf(tzid) ?? ianaZoneOf(this.defined.get(tzid)?.location ?? '')
    if (known) return known
    if (this.defined.has(tzid)) return 'UTC'
    throw new InviteError(
      `The invite's time zone "${tzid.slice(0, 80)}" is not one Afterword knows, and the file does not ` +
        'define it, so its times cannot be read. Nothing was imported.'
    )
  }

  /** The instant (ms) of a time read from `prop` (DTSTART, DTEND or RECURRENCE-ID), or of an occurrence of it. */
  instant(prop: Property | null, time: Time): number {
    if (time.isDate) {
      throw new InviteError(
        'This invite is an all-day event: an interview needs a start and end time. Nothing was imported.'
      )
    }
    const wall = {
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.hour,
      minute: time.minute,
      second: time.second
    }
    const tzid = tzidOf(prop)
    const defined = tzid && !ianaZoneOf(tzid) ? this.defined.get(tzid) : undefined
    if (defined) return ICAL.Time.fromData(wall, defined.zone).toUnixTime() * 1000
    if (!tzid && isUtc(prop))
      return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
    return instantOfWallTime(wall, this.zoneName(prop))
  }
}

function tzidOf(prop: Property | null): string {
  const tzid = prop?.getParameter('tzid')
  return (Array.isArray(tzid) ? String(tzid[0] ?? '') : (tzid ?? '')).trim()
}

function isUtc(prop: Property | null): boolean {
  const value = prop?.getFirstValue()
  return value instanceof ICAL.Time && value.zone === ICAL.Timezone.utcTimezone
}
