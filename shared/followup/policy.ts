/**
 * The follow-up policy: from the journal and the time, what is due per person per application. The etiquette of
 * the follow-up guide, as rules:
 * - thank EACH interviewer for EACH interview within 24 hours of its end (due from the end, overdue after a day,
 *   dropped after a week: a reminder that can no longer help is nagging);
 * - check in only after a week of silence, and only with someone already thanked or checked in with;
 * - never over-follow-up: after two unanswered check-ins, stop (shown as a note, never as a reminder).
 * A reply or a new interview in the application is news: it restarts the week of silence and the unanswered count.
 * A closed application (accepted, rejected, withdrawn) has nothing due. Every time is an ISO instant compared as a
 * number, so time zones only matter for the wording.
 */
import type { Application, Interview, Journal, Person } from '../model/journal'
import { recordById } from '../model/draft-context'
import type { DueItem, FollowUpList, MissedThankYou, StopNote } from './schema'
import { checkInReason, missedThankYouReason, stopReason, thankYouReason } from './wording'

import {
  CHECK_IN_SILENCE_MS,
  MAX_UNANSWERED_CHECK_INS,
  THANK_YOU_GIVE_UP_MS,
  THANK_YOU_WINDOW_MS
} from '../policy'

// The guide's numbers live in shared/policy; re-exported so the follow-up module's API stays as it was.
export { CHECK_IN_SILENCE_MS, MAX_UNANSWERED_CHECK_INS, THANK_YOU_GIVE_UP_MS, THANK_YOU_WINDOW_MS }
export const CLOSED_STATUSES: ReadonlySet<Application['status']> = new Set([
  'accepted',
  'rejected',
  'withdrawn'
])

export interface PolicyOptions {
  /** IANA zone the reasons' times are written in (the user's); the policy itself never depends on it. */
  timeZone?: string
}

export interface FollowUpPlan extends Pick<FollowUpList, 'due' | 'stopped' | 'missed' | 'nextChangeAt'> {
  /** Reminders that will become due later (an interview not over yet, a week of silence still running). */
  upcoming: DueItem[]
}

/** An outbound message to one person about one application: from the contact log, or a sent draft never logged. */
interface Sent {
  kind: 'thank-you' | 'check-in'
  interviewId: string | null
  at: number
}

interface PersonHistory {
  sent: Sent[]
  lastReplyAt: number
}

export function dueFollowUps(journal: Journal, now: Date, options: PolicyOptions = {}): DueItem[] {
  return followUpPlan(journal, now, options).due
}

export function followUpPlan(journal: Journal, now: Date, options: PolicyOptions = {}): FollowUpPlan {
  const t = now.getTime()
  const due: DueItem[] = []
  const upcoming: DueItem[] = []
  const stopped: StopNote[] = []
  const missed: MissedThankYou[] = []
  const changes: number[] = []
  const histories = historiesByPersonAndApplication(journal)
  // A cancelled interview did not happen: no thank-you is owed for it and it is no news in the application.
  const held = Object.values(journal.interviews).filter((i) => i.status !== 'cancelled')
  const interviewsByApplication = groupBy(held, (i) => i.applicationId)
  const meetingsByInterview = groupBy(Object.values(journal.meetings), (m) => m.interviewId)

  for (const application of Object.values(journal.applications)) {
    if (CLOSED_STATUSES.has(application.status)) continue
    const interviews = (interviewsByApplication.get(application.id) ?? []).sort(
      (a, b) => Date.parse(a.endAt) - Date.parse(b.endAt)
    )
    const ended = interviews.filter((i) => Date.parse(i.endAt) <= t)
    // An interview still ahead (or under way) means the process is moving: no check-in until it is over.
    const ahead = interviews.filter((i) => Date.parse(i.endAt) > t)
    changes.push(...ahead.map((i) => Date.parse(i.endAt)))
    const latestEnd = Math.max(-Infinity, ...ended.map((i) => Date.parse(i.endAt)))

    const metBy = new Map<string, Interview[]>()
    for (const interview of interviews) {
      for (const meeting of meetingsByInterview.get(interview.id) ?? []) {
        const met = metBy.get(meeting.personId)
        if (met) met.push(interview)
        else metBy.set(meeting.personId, [interview])
      }
    }
    for (const [personId, met] of metBy) {
      const person = recordById(journal.people, personId)
      if (!person) continue
      const history = histories.get(historyKey(personId, application.id)) ?? {
        sent: [],
        lastReplyAt: -Infinity
      }
      const subject = { person, application }
      for (const interview of met) {
        const item = thankYouFor(subject, interview, history, t, options, changes)
        if (item) (Date.parse(item.dueAt) <= t ? due : upcoming).push(item)
        const miss = item ? null : missedThankYou(subject, interview, history, t, options)
        if (miss) missed.push(miss)
      }
      const metEnded = met.filter((i) => Date.parse(i.endAt) <= t)
      const lastMet = metEnded.at(-1)
      if (!lastMet || history.sent.length === 0) continue // a check-in follows a thank-you, never replaces it
      // News from them (a reply, a later interview) answers every check-in sent before it.
      const newsAt = Math.max(history.lastReplyAt, latestEnd)
      const unanswered = history.sent.filter((s) => s.kind === 'check-in' && s.at > newsAt)
      if (unanswered.length >= MAX_UNANSWERED_CHECK_INS) {
        stopped.push(stopNote(subject, lastMet, unanswered))
        continue
      }
      if (ahead.length > 0) continue
      const silentSince = Math.max(newsAt, ...history.sent.map((s) => s.at))
      const dueAt = silentSince + CHECK_IN_SILENCE_MS
      const item: DueItem = {
        ...names(subject, lastMet),
        key: `check-in:${application.id}:${person.id}:${new Date(silentSince).toISOString()}`,
        kind: 'check-in',
        dueAt: new Date(dueAt).toISOString(),
        deadline: null,
        overdue: false,
        reason: checkInReason({
          personName: person.name,
          company: application.company,
          role: application.role,
          silentSince,
          checkInsUnanswered: unanswered.length,
          now: t,
          ...options
        })
      }
      if (dueAt <= t) due.push(item)
      else {
        upcoming.push(item)
        changes.push(dueAt)
      }
    }
  }
  const next = Math.min(...changes.filter((c) => c > t))
  return {
    due: due.sort(byUrgency),
    upcoming: upcoming.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt)),
    stopped: stopped.sort((a, b) => a.personName.localeCompare(b.personName)),
    missed: missed.sort((a, b) => b.endedAt.localeCompare(a.endedAt)),
    nextChangeAt: Number.isFinite(next) ? new Date(next).toISOString() : null
  }
}

interface Subject {
  person: Person
  application: Application
}

function names({ person, application }: Subject, interview: Interview) {
  return {
    personId: person.id,
    interviewId: interview.id,
    applicationId: application.id,
    personName: person.name,
    company: application.company,
    role: application.role
  }
}

/** The thank-you owed for one interview, or null when it was sent or is too old to be worth a reminder. */
function thankYouFor(
  subject: Subject,
  interview: Interview,
  history: PersonHistory,
  t: number,
  options: PolicyOptions,
  changes: number[]
): DueItem | null {
  const end = Date.parse(interview.endAt)
  const thanked = wasThanked(interview, history)
  const deadline = end + THANK_YOU_WINDOW_MS
  const giveUp = end + THANK_YOU_GIVE_UP_MS
  if (thanked || t >= giveUp) return null
  changes.push(end, deadline, giveUp)
  const overdue = t > deadline
  return {
    ...names(subject, interview),
    key: `thank-you:${interview.id}:${subject.person.id}`,
    kind: 'thank-you',
    dueAt: new Date(end).toISOString(),
    deadline: new Date(deadline).toISOString(),
    overdue,
    reason: thankYouReason({
      personName: subject.person.name,
      type: interview.type,
      deadline,
      overdue,
      now: t,
      ...options
    })
  }
}

function stopNote(subject: Subject, interview: Interview, unanswered: Sent[]): StopNote {
  return {
    ...names(subject, interview),
    checkInsUnanswered: unanswered.length,
    lastCheckInAt: new Date(Math.max(...unanswered.map((s) => s.at))).toISOString(),
    reason: stopReason({
      personName: subject.person.name,
      company: subject.application.company,
      role: subject.application.role,
      checkInsUnanswered: unanswered.length
    })
  }
}

/** Thank-yous by their deadline (so overdue ones first), then check-ins, the longest-waiting first. */
function byUrgency(a: DueItem, b: DueItem): number {
  const rank = (i: DueItem) => Date.parse(i.deadline ?? i.dueAt) + (i.kind === 'check-in' ? 1e15 : 0)
  return rank(a) - rank(b) || a.personName.localeCompare(b.personName) || a.key.localeCompare(b.key)
}

const historyKey = (personId: string, applicationId: string) => `${personId}|${applicationId}`

/**
 * Every person's sent messages and latest reply, per application. A draft marked sent counts even when the log has
 * no matching event (an imported or hand-edited journal): the person did receive it.
 */
function historiesByPersonAndApplication(journal: Journal): Map<string, PersonHistory> {
  const histories = new Map<string, PersonHistory>()
  const historyOf = (personId: string, applicationId: string) => {
    const key = historyKey(personId, applicationId)
    let history = histories.get(key)
    if (!history) histories.set(key, (history = { sent: [], lastReplyAt: -Infinity }))
    return history
  }
  for (const event of Object.values(journal.contactLog)) {
    const history = historyOf(event.personId, event.applicationId)
    const at = Date.parse(event.at)
    if (event.kind === 'reply-received') history.lastReplyAt = Math.max(history.lastReplyAt, at)
    else
      history.sent.push({
        kind: event.kind === 'thank-you-sent' ? 'thank-you' : 'check-in',
        interviewId: event.interviewId,
        at
      })
  }
  for (const draft of Object.values(journal.drafts)) {
    if (draft.state !== 'sent' || !draft.sentAt) continue
    const interview = recordById(journal.interviews, draft.interviewId)
    if (!interview) continue
    const history = historyOf(draft.personId, interview.applicationId)
    const kind = draft.kind === 'thank-you' ? 'thank-you' : 'check-in'
    const at = Date.parse(draft.sentAt)
    const logged = history.sent.some(
      (s) => s.kind === kind && s.interviewId === draft.interviewId && s.at === at
    )
    if (!logged) history.sent.push({ kind, interviewId: draft.interviewId, at })
  }
  return histories
}

function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const value of values) {
    const group = groups.get(key(value))
    if (group) group.push(value)
    else groups.set(key(value), [value])
  }
  return groups
}

/** A thank-you logged without an interview covers the interviews that had ended when it was sent. */
function wasThanked(interview: Interview, history: PersonHistory): boolean {
  const end = Date.parse(interview.endAt)
  return history.sent.some(
    (s) =>
      s.kind === 'thank-you' && (s.interviewId === interview.id || (s.interviewId === null && s.at >= end))
  )
}

/** The thank-you never sent whose give-up time has passed: no reminder any more, but not forgotten either. */
function missedThankYou(
  subject: Subject,
  interview: Interview,
  history: PersonHistory,
  t: number,
  options: PolicyOptions
): MissedThankYou | null {
  const end = Date.parse(interview.endAt)
  if (t < end + THANK_YOU_GIVE_UP_MS || wasThanked(interview, history)) return null
  return {
    ...names(subject, interview),
    key: `missed-thank-you:${interview.id}:${subject.person.id}`,
    endedAt: new Date(end).toISOString(),
    reason: missedThankYouReason({
      personName: subject.person.name,
      type: interview.type,
      endedAt: end,
      timeZone: options.timeZone
    })
  }
}
