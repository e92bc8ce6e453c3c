/** The plain words of the follow-up reminders: what to do, for whom, and by when, in the user's time zone. */
import type { Interview } from '../model/journal'
import { MAX_UNANSWERED_CHECK_INS } from '../policy'
import { sameLocalDate } from './zones'

const INTERVIEW_PHRASES: Record<Interview['type'], string> = {
  'phone-screen': 'phone screen',
  peer: 'peer interview',
  'hiring-manager': 'hiring manager interview',
  panel: 'panel interview',
  technical: 'technical interview',
  hr: 'HR interview',
  other: 'interview'
}

export function interviewPhrase(type: Interview['type']): string {
  return INTERVIEW_PHRASES[type]
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone
      })
    } catch {
      // An unknown zone name (a hand-edited journal, an old runtime): UTC is still a correct reading of the instant.
      formatter = formatterFor('UTC')
    }
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/**
 * "Tue 3 Mar, 16:00" in the given IANA zone (the user's), or "16:00 today" when `now` is given and falls on the
 * same local date: the date is written only when it differs. Built from parts so no locale punctuation slips in.
 */
export function formatDueMoment(ms: number, timeZone = 'UTC', now?: number): string {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value])
  )
  const time = `${parts['hour']}:${parts['minute']}`
  if (now !== undefined && sameLocalDate(ms, now, timeZone)) return `${time} today`
  return `${parts['weekday']} ${parts['day']} ${parts['month']}, ${time}`
}

export function thankYouReason(args: {
  personName: string
  type: Interview['type']
  deadline: number
  overdue: boolean
  timeZone?: string
  now?: number
}): string {
  const when = formatDueMoment(args.deadline, args.timeZone, args.now)
  const what = `Thank ${args.personName} for the ${interviewPhrase(args.type)}`
  return args.overdue ? `${what}: overdue since ${when}, a late note beats none` : `${what}: due by ${when}`
}

/** "You did not thank Jane Doe for the peer interview of 30 Nov": the day in the user's zone. */
export function missedThankYouReason(args: {
  personName: string
  type: Interview['type']
  endedAt: number
  timeZone?: string
}): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: args.timeZone ?? 'UTC'
  })
  return `You did not thank ${args.personName} for the ${interviewPhrase(args.type)} of ${day.format(args.endedAt)}`
}

export function checkInReason(args: {
  personName: string
  company: string
  role: string
  silentSince: number
  checkInsUnanswered: number
  timeZone?: string
  now?: number
}): string {
  const since = formatDueMoment(args.silentSince, args.timeZone, args.now)
  // The check-in that reaches the cap is the last one the policy will ever remind.
  const isLast = args.checkInsUnanswered + 1 >= MAX_UNANSWERED_CHECK_INS
  const last = isLast ? ' (your last check-in: after it, wait for them)' : ''
  return `Check in with ${args.personName} about the ${args.role} role at ${args.company}: no news since ${since}${last}`
}

export function stopReason(args: {
  personName: string
  company: string
  role: string
  checkInsUnanswered: number
}): string {
  return `${args.personName} has not answered ${args.checkInsUnanswered} check-ins about the ${args.role} role at ${args.company}: don't follow up again.`
}
