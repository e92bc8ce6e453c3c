/**
 * Builds the context the etiquette checker and the composer take (shared/etiquette/contract.ts) for one person
 * met in one interview, from the journal: who they are, what was noted, who else was met, what was already sent.
 */
import type { CheckContext, DraftKind } from '../etiquette/contract'
import type { Journal } from './journal'

export interface DraftTarget {
  interviewId: string
  personId: string
  kind: DraftKind
}

export class DraftContextError extends Error {}

const PROFESSIONAL_CONTACTS = new Set(['email', 'linkedin'])

export function buildDraftContext(journal: Journal, target: DraftTarget, now: Date): CheckContext {
  const interview = journal.interviews[target.interviewId]
  if (!interview) throw new DraftContextError(`No interview with id ${target.interviewId}.`)
  const person = journal.people[target.personId]
  if (!person) throw new DraftContextError(`No person with id ${target.personId}.`)
  const application = journal.applications[interview.applicationId]
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
      .map((m) => journal.people[m.personId]?.name)
  )
  const sameCompany = application.company.trim().toLowerCase()
  const otherCompanies = unique(
    Object.values(journal.applications)
      .map((a) => a.company)
      .filter((c) => c.trim().toLowerCase() !== sameCompany)
  )
  const notes = Object.values(journal.notes)
    .filter((n) => n.interviewId === interview.id && n.personId === person.id)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt))
    .map((n) => n.text)

  const contactEvents = Object.values(journal.contactLog).filter(
    (e) => e.personId === person.id && e.applicationId === application.id
  )
  const lastContactAt = [interview.endAt, ...contactEvents.map((e) => e.at)].sort().at(-1)
  const peersInInterview = new Set(
    meetings.filter((m) => m.interviewId === interview.id && m.personId !== person.id).map((m) => m.personId)
  )
  const otherDrafts = Object.values(journal.drafts)
    .filter(
      (d) => d.interviewId === interview.id && d.kind === target.kind && peersInInterview.has(d.personId)
    )
    .map((d) => d.body)
    .filter((body) => body.trim() !== '')

  const { candidateName, availability } = journal.settings
  return {
    now: now.toISOString(),
    candidate: {
      ...(candidateName ? { name: candidateName } : {}),
      ...(availability ? { availability } : {})
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
    otherInterviewers,
    otherCompanies,
    ...(lastContactAt ? { lastContactAt } : {}),
    followUpsSent: contactEvents.filter((e) => e.kind === 'check-in-sent').length,
    replyReceived: contactEvents.some((e) => e.kind === 'reply-received'),
    availabilityRequested: meeting.availabilityRequested,
    otherDrafts
  }
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim() !== ''))]
}
