/** The follow-up policy: what is due, per person, from the journal and the time. */
export {
  CHECK_IN_SILENCE_MS,
  CLOSED_STATUSES,
  dueFollowUps,
  followUpPlan,
  MAX_UNANSWERED_CHECK_INS,
  THANK_YOU_GIVE_UP_MS,
  THANK_YOU_WINDOW_MS,
  type FollowUpPlan,
  type PolicyOptions
} from './policy'
export { DUE_KINDS, DueItem, DueKind, FollowUpList, FollowUpTarget, StopNote, targetOf } from './schema'
export { formatDueMoment, interviewPhrase, setWordingLocale } from './wording'
