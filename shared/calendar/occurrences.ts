/**
 * The occurrences of an event: one for a single event, the expansion of its RRULE (with EXDATEs and changed
 * occurrences, which ical.js relates to the series) for a recurring one; and the one the user picked.
 */
import ICAL from 'ical.js'
import type { InviteClock } from './clock'
import { InviteError, MAX_OCCURRENCES, OCCURRENCES_LISTED } from './limits'

type Event = InstanceType<typeof ICAL.Event>
type Time = InstanceType<typeof ICAL.Time>

export interface Occurrence {
  start: string
  end: string
  /** The occurrence's original start (RECURRENCE-ID) when the event is part of a series. */
  recurrenceId: string | null
}

export interface Series {
  count: number
  list: Occurrence[]
  chosen: Occurrence
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}

/** Start and end of one occurrence; each time is read with its own property's zone. */
function occurrenceOf(item: Event, start: Time, end: Time, clock: InviteClock, recurrenceId: string | null) {
  const dtstart = item.component.getFirstProperty('dtstart')
  const dtend = item.component.getFirstProperty('dtend') ?? dtstart
  const startMs = clock.instant(dtstart, start)
  const endMs = Math.max(startMs, clock.instant(dtend, end))
  return { start: iso(startMs), end: iso(endMs), recurrenceId }
}

function single(event: Event, clock: InviteClock): Occurrence {
  const recurrence = event.component.getFirstProperty('recurrence-id')
  const recurrenceId = recurrence ? iso(clock.instant(recurrence, event.recurrenceId)) : null
  return occurrenceOf(event, event.startDate, event.endDate, clock, recurrenceId)
}

export function occurrencesOf(
  event: Event,
  clock: InviteClock,
  pick: { occurrence?: string | null; now?: Date }
): Series {
  if (!event.isRecurring()) {
    const only = single(event, clock)
    return { count: 1, list: [only], chosen: only }
  }
  const dtstart = event.component.getFirstProperty('dtstart')
  const wanted = pick.occurrence ? Date.parse(pick.occurrence) : null
  const now = pick.now?.getTime() ?? -Infinity
  const iterator = event.iterator()
  const list: Occurrence[] = []
  let chosen: Occurrence | null = null
  let count = 0
  for (let next = iterator.next(); next && count < MAX_OCCURRENCES; next = iterator.next()) {
    // Past the listed ones and the chosen one, an occurrence is only counted, not read (an endless series).
    if (chosen && list.length >= OCCURRENCES_LISTED) {
      count++
      continue
    }
    const details = event.getOccurrenceDetails(next)
    const recurrenceId = iso(clock.instant(dtstart, details.recurrenceId))
    const occurrence = occurrenceOf(details.item, details.startDate, details.endDate, clock, recurrenceId)
    count++
    if (list.length < OCCURRENCES_LISTED) list.push(occurrence)
    const matches =
      wanted !== null ? Date.parse(occurrence.start) === wanted : Date.parse(occurrence.end) >= now
    if (!chosen && matches) chosen = occurrence
  }
  if (wanted !== null && !chosen) {
    throw new InviteError('That date is not one of this series’ occurrences. Pick one from the list.')
  }
  const first = list[0]
  if (!first) throw new InviteError('This recurring event has no occurrence left. Nothing was imported.')
  return { count, list, chosen: chosen ?? first }
}
