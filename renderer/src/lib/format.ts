/** Labels for enum values (dates and times: lib/datetime.ts). */
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
