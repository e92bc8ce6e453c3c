/**
 * Which draft a reminder asks for, with no dependency (the renderer imports it; its bundle must not pull in zod).
 */
import type { DueItem, FollowUpTarget } from './schema'

/** The draft a reminder asks for: a thank-you, or a check-in (drafts call it a follow-up). */
export function targetOf(
  item: Pick<DueItem, 'applicationId' | 'interviewId' | 'personId' | 'kind'>
): FollowUpTarget {
  return {
    applicationId: item.applicationId,
    interviewId: item.interviewId,
    personId: item.personId,
    kind: item.kind === 'thank-you' ? 'thank-you' : 'check-in'
  }
}
