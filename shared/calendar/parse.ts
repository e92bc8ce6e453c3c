/**
 * Reads an iCalendar text (an .ics file or an invite's pasted text) into the events Afterword can import, with
 * ical.js doing the RFC 5545 work (unfolding, escapes, parameters, recurrence). Every problem is an InviteError
 * whose message says, in plain words, what is wrong with the file.
 */
import ICAL from 'ical.js'
import { InviteClock } from './clock'
import { guessInterviewType, type InterviewType } from './interview-type'
import { InviteError, MAX_EVENTS, MAX_INVITE_BYTES, inviteSizeError } from './limits'
import { meetingUrlOf } from './meeting'
import { normalizeEmail, peopleOf, personOf, type InvitePerson } from './people'
import { occurrencesOf, type Occurrence } from './occurrences'

type Component = InstanceType<typeof ICAL.Component>

export type { InvitePerson } from './people'
export type { Occurrence } from './occurrences'

export interface InviteEvent {
  uid: string
  sequence: number
  method: string
  status: 'confirmed' | 'cancelled'
  title: string
  description: string
  /** The chosen occurrence (the first, or the one asked for), as UTC ISO instants. */
  start: string
  end: string
  timeZone: string
  location: string
  meetingUrl: string
  type: InterviewType
  organizer: InvitePerson | null
  people: InvitePerson[]
  /** How many occurrences the event has (1 unless it is a series; counted up to MAX_OCCURRENCES). */
  occurrences: number
  /** For a series or one changed occurrence of it: the original start of the chosen occurrence. */
  recurrenceId: string | null
  /** The first occurrences, to pick from. */
  occurrenceList: Occurrence[]
}

export interface ParseOptions {
  /** The user's own e-mail addresses: never listed as people. */
  me?: readonly string[]
  /** The zone floating times are read in (the user's); UTC when not given. */
  localZone?: string
  /** Pick the occurrence of a series starting at this instant; otherwise the first one at or after `now`. */
  occurrence?: string | null
  now?: Date
}

export function parseInvite(text: string, options: ParseOptions = {}): InviteEvent[] {
  const calendars = readCalendars(text)
  const me = new Set((options.me ?? []).map(normalizeEmail))
  const events: InviteEvent[] = []
  for (const calendar of calendars) {
    const method = String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase()
    const clock = new InviteClock(calendar, options.localZone ?? 'UTC')
    for (const group of groupByUid(calendar.getAllSubcomponents('vevent'))) {
      events.push(readEvent(group, { method, clock, me, options }))
    }
  }
  if (events.length === 0) {
    throw new InviteError('This calendar has no event in it, so there is nothing to import.')
  }
  if (events.length > MAX_EVENTS) {
    throw new InviteError(
      `This calendar has ${events.length} events; Afterword reads invites with at most ${MAX_EVENTS}. Nothing was imported.`
    )
  }
  return events
}

/** Checks the text is a calendar and parses it; pasted text may carry mail headers around the calendar. */
function readCalendars(text: string): Component[] {
  const bytes = new TextEncoder().encode(text).length
  if (bytes > MAX_INVITE_BYTES) throw inviteSizeError(bytes)
  if (!text.trim())
    throw new InviteError('The invite is empty: there is no calendar in it. Nothing was imported.')
  const begin = text.search(/^BEGIN:VCALENDAR/im)
  if (begin < 0) {
    throw new InviteError(
      'This is not a calendar invite: an invite (.ics) starts with BEGIN:VCALENDAR. Nothing was imported.'
    )
  }
  const ends = [...text.matchAll(/^END:VCALENDAR[ \t]*$/gim)]
  const last = ends.at(-1)
  if (!last || last.index === undefined || last.index < begin) {
    throw new InviteError('This invite is cut short: it has no END:VCALENDAR line. Nothing was imported.')
  }
  const body = text.slice(begin, last.index + last[0].length).replace(/\r\n?/g, '\n')
  let parsed: unknown
  try {
    parsed = ICAL.parse(body)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new InviteError(`This invite has a broken line: ${reason.slice(0, 160)}. Nothing was imported.`)
  }
  const list = (Array.isArray(parsed) && typeof parsed[0] !== 'string' ? parsed : [parsed]) as unknown[]
  return list.map((jcal) => new ICAL.Component(jcal as ConstructorParameters<typeof ICAL.Component>[0]))
}

/** A series and its changed occurrences share one UID: they are one event to import. */
function groupByUid(vevents: Component[]): Component[][] {
  const groups = new Map<string, Component[]>()
  vevents.forEach((vevent, i) => {
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '') || `no-uid-${i}`
    groups.set(uid, [...(groups.get(uid) ?? []), vevent])
  })
  return [...groups.values()]
}

interface ReadContext {
  method: string
  clock: InviteClock
  me: ReadonlySet<string>
  options: ParseOptions
}

function readEvent(group: Component[], context: ReadContext): InviteEvent {
  const master = group.find((c) => !c.hasProperty('recurrence-id')) ?? group[0]
  if (!master) throw new InviteError('An event of this calendar is empty. Nothing was imported.')
  try {
    return describeEvent(master, group, context)
  } catch (error) {
    if (error instanceof InviteError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new InviteError(
      `An event of this invite cannot be read (${reason.slice(0, 160)}). Nothing was imported.`
    )
  }
}

function describeEvent(master: Component, group: Component[], context: ReadContext): InviteEvent {
  const event = new ICAL.Event(master)
  for (const exception of group) if (exception !== master) event.relateException(exception)
  if (!master.hasProperty('dtstart'))
    throw new InviteError('An event of this invite has no start time. Nothing was imported.')
  const series = occurrencesOf(event, context.clock, context.options)
  const text = (name: string) => String(master.getFirstPropertyValue(name) ?? '').trim()
  const organizerProp = master.getFirstProperty('organizer')
  const organizer = organizerProp ? personOf(organizerProp) : null
  const status = context.method === 'CANCEL' || text('status').toUpperCase() === 'CANCELLED'
  const title = text('summary') || 'Interview'
  const location = text('location')
  const description = text('description')
  return {
    uid: text('uid'),
    sequence: Math.max(0, Math.trunc(Number(master.getFirstPropertyValue('sequence') ?? 0)) || 0),
    method: context.method,
    status: status ? 'cancelled' : 'confirmed',
    title: title.slice(0, 300),
    description: description.slice(0, 5000),
    start: series.chosen.start,
    end: series.chosen.end,
    timeZone: context.clock.zoneName(master.getFirstProperty('dtstart'), text('tzid')),
    location: location.slice(0, 500),
    meetingUrl: meetingUrlOf([
      text('x-google-conference'),
      text('x-microsoft-skypeteamsmeetingurl'),
      text('url'),
      location,
      description,
      text('x-alt-desc')
    ]),
    type: guessInterviewType(title),
    organizer: organizer && !context.me.has(organizer.email) ? organizer : null,
    people: peopleOf(organizer, master.getAllProperties('attendee'), context.me),
    occurrences: series.count,
    recurrenceId: series.chosen.recurrenceId,
    occurrenceList: series.list
  }
}
