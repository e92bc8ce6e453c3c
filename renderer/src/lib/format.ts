/** Display helpers: dates in the user's locale via date-fns, labels for enum values. */
import { format, parseISO } from 'date-fns'
import type { Application, Interview } from '../../../shared/model/journal'

export const STATUS_LABELS: Record<Application['status'], string> = {
  saved: 'Saved',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn'
}

export const INTERVIEW_TYPE_LABELS: Record<Interview['type'], string> = {
  'phone-screen': 'Phone screen',
  peer: 'Peer',
  'hiring-manager': 'Hiring manager',
  panel: 'Panel',
  technical: 'Technical',
  hr: 'HR',
  other: 'Other'
}

export function formatInterviewTime(interview: Pick<Interview, 'startAt' | 'endAt'>): string {
  const start = parseISO(interview.startAt)
  const end = parseISO(interview.endAt)
  return `${format(start, 'EEE d MMM yyyy, HH:mm')}–${format(end, 'HH:mm')}`
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
  return format(parseISO(iso), 'EEE d MMM yyyy, HH:mm')
}
