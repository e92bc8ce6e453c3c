/**
 * Interviews and follow-up reminders as an iCalendar file, written with ical.js (it folds long lines and escapes
 * commas and newlines). UIDs are stable (`interview-<id>@afterword`, `thank-you-<interview>-<person>@afterword`,
 * `check-in-<application>-<person>@afterword`) and SEQUENCE grows with the export time, so importing a newer
 * export into a calendar updates its events instead of adding copies, and Afterword's own import recognises them.
 */
import ICAL from 'ical.js'
import type { Interview, Journal } from '../model/journal'
import { recordById } from '../model/draft-context'
import type { DueItem } from '../followup/schema'

type Component = InstanceType<typeof ICAL.Component>

const TYPE_LABELS: Record<Interview['type'], string> = {
  'phone-screen': 'Phone screen',
  peer: 'Peer interview',
  'hiring-manager': 'Hiring manager interview',
  panel: 'Panel interview',
  technical: 'Technical interview',
  hr: 'HR interview',
  other: 'Interview'
}
const REMINDER_MINUTES = 30
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1)

export interface ExportInput {
  journal: Journal
  /** The follow-ups due now and later (the policy's plan). */
  followUps: DueItem[]
  now: Date
  /** Only this interview and its reminders (the per-event "Add to calendar" file). */
  interviewId?: string
}

const utc = (iso: string | number) => ICAL.Time.fromJSDate(new Date(iso), true)

function vevent(uid: string, now: Date, fields: { start: string; end: string; summary: string }): Component {
  const event = new ICAL.Component('vevent')
  event.addPropertyWithValue('uid', uid)
  event.addPropertyWithValue('dtstamp', utc(now.getTime()))
  // Minutes since 2020: grows with every export, so a calendar takes the newer copy.
  event.addPropertyWithValue('sequence', Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000))
  event.addPropertyWithValue('dtstart', utc(fields.start))
  event.addPropertyWithValue('dtend', utc(fields.end))
  event.addPropertyWithValue('summary', fields.summary)
  return event
}

type MeetingsByInterview = Map<string, Journal['meetings'][string][]>

function meetingsByInterview(journal: Journal): MeetingsByInterview {
  const index: MeetingsByInterview = new Map()
  for (const meeting of Object.values(journal.meetings)) {
    const list = index.get(meeting.interviewId)
    if (list) list.push(meeting)
    else index.set(meeting.interviewId, [meeting])
  }
  return index
}

function interviewEvent(
  journal: Journal,
  interview: Interview,
  meetings: MeetingsByInterview,
  now: Date
): Component {
  const application = recordById(journal.applications, interview.applicationId)
  const where = application ? ` — ${application.company} (${application.role})` : ''
  const event = vevent(`interview-${interview.id}@afterword`, now, {
    start: interview.startAt,
    end: interview.endAt,
    summary: `${TYPE_LABELS[interview.type]}${where}`
  })
  // Zoom's convention: UTC times plus the zone they were planned in, so the zone survives a round trip.
  event.addPropertyWithValue('tzid', interview.timeZone)
  if (interview.location) event.addPropertyWithValue('location', interview.location)
  event.addPropertyWithValue('status', interview.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED')
  const names: string[] = []
  for (const meeting of meetings.get(interview.id) ?? []) {
    const person = recordById(journal.people, meeting.personId)
    if (!person) continue
    names.push(person.name)
    const email = person.contacts.find((c) => c.kind === 'email')?.value
    if (!email) continue
    const attendee = event.addPropertyWithValue('attendee', `mailto:${email}`)
    attendee.setParameter('cn', person.name)
  }
  if (names.length > 0) event.addPropertyWithValue('description', `With ${names.join(', ')}.`)
  return event
}

function reminderEvent(item: DueItem, now: Date): Component {
  const uid =
    item.kind === 'thank-you'
      ? `thank-you-${item.interviewId}-${item.personId}@afterword`
      : `check-in-${item.applicationId}-${item.personId}@afterword`
  const start = Date.parse(item.dueAt)
  const summary =
    item.kind === 'thank-you'
      ? `Thank ${item.personName} (${item.company})`
      : `Check in with ${item.personName} (${item.company})`
  const event = vevent(uid, now, {
    start: item.dueAt,
    end: new Date(start + REMINDER_MINUTES * 60_000).toISOString(),
    summary
  })
  event.addPropertyWithValue('description', item.reason)
  event.addPropertyWithValue('transp', 'TRANSPARENT')
  return event
}

export function exportCalendar(input: ExportInput): string {
  const calendar = new ICAL.Component('vcalendar')
  calendar.addPropertyWithValue('prodid', '-//Afterword//Interview journal//EN')
  calendar.addPropertyWithValue('version', '2.0')
  calendar.addPropertyWithValue('calscale', 'GREGORIAN')
  calendar.addPropertyWithValue('method', 'PUBLISH')
  // Each event is written on its own and the texts joined: ical.js is several times slower adding thousands of
  // subcomponents to one calendar than writing them one by one (a heavy user's 6,000 interviews).
  const events: string[] = []
  const only = input.interviewId
  const meetings = meetingsByInterview(input.journal)
  for (const interview of Object.values(input.journal.interviews)) {
    if (only && interview.id !== only) continue
    events.push(interviewEvent(input.journal, interview, meetings, input.now).toString())
  }
  for (const item of input.followUps) {
    if (!only || item.interviewId === only) events.push(reminderEvent(item, input.now).toString())
  }
  const [head, end] = calendar.toString().split(/\r\n(?=END:VCALENDAR$)/)
  return [head, ...events, end, ''].join('\r\n')
}
