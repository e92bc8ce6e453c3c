/**
 * What importing an invite would do to the journal, for the preview the user confirms: the application it
 * belongs to (found or new), the interview it creates, updates or cancels (with the changes), and the people to
 * add, matched to people already in the journal by e-mail so a second round does not duplicate them.
 */
import type { Interview, Journal } from '../model/journal'
import { recordById } from '../model/draft-context'
import { companyFromLabel, companyKey, employerLabel, roleFromTitle } from './company'
import { journalLocation } from './meeting'
import type { InviteEvent } from './parse'

export type ImportAction = 'create' | 'update' | 'unchanged' | 'outdated' | 'cancel' | 'cancel-missing'
export type JournalView = Pick<Journal, 'applications' | 'interviews' | 'people' | 'meetings'>

export interface ProposedPerson {
  name: string
  email: string
  /** The person already in the journal with this address, if any. */
  personId: string | null
  /** Already listed for this interview (an update of an imported invite). */
  inInterview: boolean
  /** Ticked in the preview: people, not shared mailboxes such as recruiting@. */
  include: boolean
}

export interface Change {
  field: 'start' | 'end' | 'timeZone' | 'location' | 'status'
  from: string
  to: string
}

export interface Proposal {
  action: ImportAction
  interviewId: string | null
  application: { id: string | null; company: string; role: string; reason: string }
  location: string
  changes: Change[]
  people: ProposedPerson[]
}

/** Afterword's own exported interviews carry their id in the UID, so a re-import finds them. */
export const OWN_INTERVIEW_UID = /^interview-([A-Za-z0-9_-]{1,64})@afterword$/
/** Afterword's exported reminders (thank-you deadlines, check-in dates): not interviews to import. */
export const OWN_REMINDER_UID = /^(thank-you|check-in)-[A-Za-z0-9_-]+@afterword$/

const SHARED_MAILBOX =
  /^(recruiting|recruitment|recruiter|talent|careers|jobs|hr|people|hiring|noreply|no-reply|calendar|scheduling|interviews?)[@.+-]/i

export function findInterview(journal: JournalView, event: InviteEvent): Interview | null {
  const own = OWN_INTERVIEW_UID.exec(event.uid)?.[1]
  if (own) return recordById(journal.interviews, own) ?? null
  if (!event.uid) return null
  const occurrence = event.recurrenceId ?? ''
  return (
    Object.values(journal.interviews).find(
      (i) => i.calendarUid === event.uid && (i.calendarRecurrenceId ?? '') === occurrence
    ) ?? null
  )
}

export function proposeImport(journal: JournalView, event: InviteEvent): Proposal {
  const existing = findInterview(journal, event)
  const location = journalLocation(event.location, event.meetingUrl)
  const people = proposePeople(journal, event, existing)
  const changes = existing ? changesOf(existing, event, location) : []
  return {
    action: actionOf(existing, event, changes, people),
    interviewId: existing?.id ?? null,
    application: proposeApplication(journal, event, existing),
    location,
    changes,
    people
  }
}

function actionOf(
  existing: Interview | null,
  event: InviteEvent,
  changes: Change[],
  people: ProposedPerson[]
): ImportAction {
  if (event.status === 'cancelled') {
    if (!existing) return 'cancel-missing'
    return existing.status === 'cancelled' ? 'unchanged' : 'cancel'
  }
  if (!existing) return 'create'
  const newPeople = people.some((p) => p.include && !p.inInterview)
  if (changes.length === 0) return newPeople ? 'update' : 'unchanged'
  const own = OWN_INTERVIEW_UID.test(event.uid)
  return own || event.sequence > (existing.calendarSequence ?? 0) ? 'update' : 'outdated'
}

function changesOf(existing: Interview, event: InviteEvent, location: string): Change[] {
  const pairs: Change[] = [
    { field: 'start', from: existing.startAt, to: event.start },
    { field: 'end', from: existing.endAt, to: event.end },
    { field: 'timeZone', from: existing.timeZone, to: event.timeZone },
    { field: 'location', from: existing.location, to: location },
    { field: 'status', from: existing.status ?? 'scheduled', to: statusOf(event) }
  ]
  return pairs.filter((c) =>
    c.field === 'start' || c.field === 'end' ? Date.parse(c.from) !== Date.parse(c.to) : c.from !== c.to
  )
}

export const statusOf = (event: InviteEvent) => (event.status === 'cancelled' ? 'cancelled' : 'scheduled')

function emailIndex(journal: JournalView): Map<string, string> {
  const index = new Map<string, string>()
  for (const person of Object.values(journal.people)) {
    for (const contact of person.contacts) {
      if (contact.kind === 'email') index.set(contact.value.trim().toLowerCase(), person.id)
    }
  }
  return index
}

function proposePeople(
  journal: JournalView,
  event: InviteEvent,
  existing: Interview | null
): ProposedPerson[] {
  const byEmail = emailIndex(journal)
  const met = new Set(
    existing
      ? Object.values(journal.meetings)
          .filter((m) => m.interviewId === existing.id)
          .map((m) => m.personId)
      : []
  )
  return event.people.map((p) => {
    const personId = byEmail.get(p.email) ?? null
    const inInterview = personId !== null && met.has(personId)
    return { ...p, personId, inInterview, include: !inInterview && !SHARED_MAILBOX.test(p.email) }
  })
}

function proposeApplication(journal: JournalView, event: InviteEvent, existing: Interview | null) {
  const role = roleFromTitle(event.title)
  const known = existing ? recordById(journal.applications, existing.applicationId) : undefined
  if (known)
    return {
      id: known.id,
      company: known.company,
      role: known.role,
      reason: 'the interview is already in this application'
    }
  const emails = [event.organizer?.email, ...event.people.map((p) => p.email)].filter((e): e is string => !!e)
  const labels = emails.map(employerLabel).filter((l): l is string => l !== null)
  const open = Object.values(journal.applications)
    .filter((a) => !['accepted', 'rejected', 'withdrawn'].includes(a.status))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  const titleKey = companyKey(event.title)
  for (const label of labels) {
    const key = companyKey(label)
    const match = open.find((a) => key.length >= 2 && companyKey(a.company) === key)
    if (match)
      return {
        id: match.id,
        company: match.company,
        role: match.role,
        reason: `matched by the address @${label}`
      }
  }
  const byTitle = open.find(
    (a) => companyKey(a.company).length >= 3 && titleKey.includes(companyKey(a.company))
  )
  if (byTitle)
    return { id: byTitle.id, company: byTitle.company, role: byTitle.role, reason: 'matched by the title' }
  const company = labels[0] ? companyFromLabel(labels[0]) : ''
  return {
    id: null,
    company,
    role,
    reason: company ? `a new application, named after the address @${labels[0]}` : 'a new application'
  }
}
