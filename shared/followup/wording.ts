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

/**
 * The locale reminders write dates in. Unset (tests, the CLIs): a fixed 24-hour "Tue 3 Mar, 16:00". Main sets the
 * OS's locale at start, so the Due panel, the tray and notifications write dates as the window does (en-US
 * "Thu, Dec 3, 3:36 AM", en-GB "Thu 3 Dec, 03:36").
 */
let wordingLocale: string | undefined

export function setWordingLocale(locale: string | undefined): void {
  wordingLocale = locale
  formatters.clear()
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function cachedFormat(options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  const key = JSON.stringify([wordingLocale ?? '', timeZone, options])
  let formatter = formatters.get(key)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(wordingLocale ?? 'en-GB', { ...options, timeZone })
    } catch {
      // An unknown zone name (a hand-edited journal, an old runtime): UTC is still a correct reading of the instant.
      formatter = cachedFormat(options, 'UTC')
    }
    formatters.set(key, formatter)
  }
  return formatter
}

const FIXED: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
}
const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }
/** The locale's own short time ("14:05", "2:05 PM"), as the window writes times. */
const TIME: Intl.DateTimeFormatOptions = { timeStyle: 'short' }

/**
 * "Tue 3 Mar, 16:00" in the given IANA zone (the user's), or "16:00 today" when `now` is given and falls on the
 * same local date: the date is written only when it differs. With a wording locale, that locale's day and time.
 */
export function formatDueMoment(ms: number, timeZone = 'UTC', now?: number): string {
  const at = new Date(ms)
  const today = now !== undefined && sameLocalDate(ms, now, timeZone)
  if (wordingLocale) {
    const time = cachedFormat(TIME, timeZone).format(at)
    return today ? `${time} today` : `${cachedFormat(DAY, timeZone).format(at)}, ${time}`
  }
  // Built from parts so no locale punctuation slips in.
  const parts = Object.fromEntries(
    cachedFormat(FIXED, timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value])
  )
  const time = `${parts['hour']}:${parts['minute']}`
  if (today) return `${time} today`
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
  const day = cachedFormat({ day: 'numeric', month: 'short' }, args.timeZone ?? 'UTC')
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
