/**
 * Builds the context the etiquette checker and the composer take (shared/etiquette/contract.ts) for one person
 * met in one interview, from the journal: who they are, what was noted, who else was met, what was already sent.
 */
import type { CheckContext, DraftKind } from '../etiquette/contract'
import type { Draft, Journal } from './journal'

export interface DraftTarget {
  interviewId: string
  personId: string
  kind: DraftKind
}

export class DraftContextError extends Error {}

/**
 * The record with this id, looked up as an own key only: ids come from the renderer, and a plain `table[id]` would
 * find `Object.prototype` members for ids such as "constructor", "toString" or "__proto__".
 */
export function recordById<T>(table: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined
}

const PROFESSIONAL_CONTACTS = new Set(['email', 'linkedin'])

/** The person's open (unsent) draft of this kind for this interview: the one drafts:save writes to. */
export function findOpenDraft(journal: Journal, target: DraftTarget): Draft | undefined {
  return Object.values(journal.drafts).find(
    (d) =>
      d.interviewId === target.interviewId &&
      d.personId === target.personId &&
      d.kind === target.kind &&
      d.state === 'draft'
  )
}

export function buildDraftContext(journal: Journal, target: DraftTarget, now: Date): CheckContext {
  const interview = recordById(journal.interviews, target.interviewId)
  if (!interview) throw new DraftContextError(`No interview with id ${target.interviewId}.`)
  const person = recordById(journal.people, target.personId)
  if (!person) throw new DraftContextError(`No person with id ${target.personId}.`)
  const application = recordById(journal.applications, interview.applicationId)
  if (!application) throw new DraftContextError(`The interview's application is missing.`)

  const meetings = Object.values(journal.meetings)
  const meeting = meetings.find((m) => m.interviewId === interview.id && m.personId === person.id)
  if (!meeting) throw new DraftContextError(`${person.name} is not listed for this interview.`)

  const applicationInterviews = new Set(
    Object.values(journal.interviews)
      .filter((i) => i.applicationId === application.id)
      .map((i) => i.id)
  )
  const otherInterviewers = unique(
    meetings
      .filter((m) => applicationInterviews.has(m.interviewId) && m.personId !== person.id)
      .map((m) => recordById(journal.people, m.personId)?.name)
  )
  // Companies are told apart case-insensitively: "ACME" and "Acme" are one company, whichever was typed first.
  const sameCompany = companyKey(application.company)
  const otherCompanies = uniqueBy(
    Object.values(journal.applications)
      .map((a) => a.company)
      .filter((c) => companyKey(c) !== sameCompany),
    companyKey
  )
  const notes = Object.values(journal.notes)
    .filter((n) => n.interviewId === interview.id && n.personId === person.id)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt))
    .map((n) => ({ text: n.text, use: n.use }))

  const contactEvents = Object.values(journal.contactLog).filter(
    (e) => e.personId === person.id && e.applicationId === application.id
  )
  // Compared as instants: ISO strings with different offsets or fractions of a second do not sort as text.
  const lastContactAt = latestInstant([interview.endAt, ...contactEvents.map((e) => e.at)])
  const peersInInterview = new Set(
    meetings.filter((m) => m.interviewId === interview.id && m.personId !== person.id).map((m) => m.personId)
  )
  const otherDrafts = Object.values(journal.drafts)
    .filter(
      (d) => d.interviewId === interview.id && d.kind === target.kind && peersInInterview.has(d.personId)
    )
    .map((d) => d.body)
    .filter((body) => body.trim() !== '')
  const previousMessages = sentTo(journal, person.id, applicationInterviews)

  const { candidateName, availability, dictionary, greetByFirstName } = journal.settings
  return {
    now: now.toISOString(),
    candidate: {
      ...(candidateName ? { name: candidateName } : {}),
      ...(availability ? { availability } : {}),
      ...(greetByFirstName ? { greetByFirstName } : {})
    },
    company: application.company,
    role: application.role,
    interview: { type: interview.type, endedAt: interview.endAt },
    interviewer: {
      name: person.name,
      ...(person.title ? { title: person.title } : {}),
      contacts: person.contacts.filter((c) => PROFESSIONAL_CONTACTS.has(c.kind)).map((c) => c.value)
    },
    notes,
    ...(dictionary.length > 0 ? { dictionary } : {}),
    otherInterviewers,
    otherCompanies,
    ...(lastContactAt ? { lastContactAt } : {}),
    checkInsSent: contactEvents.filter((e) => e.kind === 'check-in-sent').length,
    replyReceived: contactEvents.some((e) => e.kind === 'reply-received'),
    availabilityRequested: meeting.availabilityRequested,
    otherDrafts,
    previousMessages
  }
}

/** Bodies already sent to this person for this application, oldest first: a check-in must not repeat them. */
function sentTo(journal: Journal, personId: string, interviews: ReadonlySet<string>): string[] {
  return Object.values(journal.drafts)
    .filter((d) => d.personId === personId && interviews.has(d.interviewId) && d.state === 'sent')
    .sort((a, b) => (a.sentAt ?? a.updatedAt).localeCompare(b.sentAt ?? b.updatedAt))
    .map((d) => d.body)
    .filter((body) => body.trim() !== '')
}

function unique(values: Array<string | undefined>): string[] {
  return uniqueBy(values, (v) => v)
}

/** Non-blank values, the first of each key kept, in order. */
function uniqueBy(values: Array<string | undefined>, key: (value: string) => string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const value of values) {
    if (typeof value !== 'string' || value.trim() === '' || seen.has(key(value))) continue
    seen.add(key(value))
    out.push(value)
  }
  return out
}

function companyKey(company: string): string {
  return company.trim().toLowerCase()
}

/** The latest of some ISO date-times (as written), or undefined when none parses. */
function latestInstant(values: string[]): string | undefined {
  let latest: { value: string; time: number } | undefined
  for (const value of values) {
    const time = Date.parse(value)
    if (!Number.isNaN(time) && (!latest || time > latest.time)) latest = { value, time }
  }
  return latest?.value
}
