/** Display helpers: dates in the user's locale with Intl.DateTimeFormat, labels for enum values. */
import type { ApplicationStatus, InterviewType } from '../../../shared/model/constants'

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn'
}

export const INTERVIEW_TYPE_LABELS: Record<InterviewType, string> = {
  'phone-screen': 'Phone screen',
  peer: 'Peer',
  'hiring-manager': 'Hiring manager',
  panel: 'Panel',
  technical: 'Technical',
  hr: 'HR',
  other: 'Other'
}

// "Tue 3 Mar 2026, 14:05": built from parts so the order is the same in every locale (as date-fns' pattern was).
const DATE_PARTS = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
})
const TIME = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

function moment(date: Date): string {
  const part = Object.fromEntries(DATE_PARTS.formatToParts(date).map((p) => [p.type, p.value]))
  return `${part['weekday']} ${part['day']} ${part['month']} ${part['year']}, ${part['hour']}:${part['minute']}`
}

export function formatInterviewTime(interview: { startAt: string; endAt: string }): string {
  return `${moment(new Date(interview.startAt))}–${TIME.format(new Date(interview.endAt))}`
}

/** A local date ("2026-03-03") and time ("14:30") from form inputs, as an ISO instant. */
export function localToIso(date: string, time: string): string | null {
  const value = new Date(`${date}T${time}`)
  return Number.isNaN(value.getTime()) ? null : value.toISOString()
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** A moment as the user reads it: "Tue 3 Mar 2026, 14:05". */
export function formatMoment(iso: string): string {
  return moment(new Date(iso))
}

/** The inverse of localToIso: an ISO instant as the local date ("2026-03-03") and time ("14:30") inputs show. */
export function isoToLocal(iso: string): { date: string; time: string } {
  const d = new Date(iso)
  const two = (n: number) => String(n).padStart(2, '0')
  return {
    date: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`,
    time: `${two(d.getHours())}:${two(d.getMinutes())}`
  }
}
