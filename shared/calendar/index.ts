export { parseInvite, type InviteEvent, type InvitePerson, type Occurrence, type ParseOptions } from './parse'
export { InviteError, MAX_INVITE_BYTES, inviteSizeError } from './limits'
export { guessInterviewType } from './interview-type'
export { ianaZoneOf } from './zones'
export { inviteSummary, type InviteSummary } from './summary'
export {
  proposeImport,
  findInterview,
  statusOf,
  OWN_INTERVIEW_UID,
  OWN_REMINDER_UID,
  type Proposal,
  type ProposedPerson,
  type Change,
  type ImportAction,
  type JournalView
} from './proposal'
export { exportCalendar, type ExportInput } from './export'
export { journalLocation } from './meeting'
