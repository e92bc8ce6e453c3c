/** Lookups over the cached journal for one person's follow-up: their drafts, what was sent, replies. */
import type { ContactEvent, Draft, Journal } from '../../../shared/model/journal'
import type { DraftTarget } from '../../../shared/model/draft-context'

export const KIND_LABELS: Record<DraftTarget['kind'], string> = {
  'thank-you': 'thank-you',
  'follow-up': 'check-in'
}

export { findOpenDraft } from '../../../shared/model/draft-context'

/** The most recently sent draft for this target, if any. */
export function latestSentDraft(journal: Journal, target: DraftTarget): Draft | undefined {
  return Object.values(journal.drafts)
    .filter(
      (d) =>
        d.interviewId === target.interviewId &&
        d.personId === target.personId &&
        d.kind === target.kind &&
        d.state === 'sent'
    )
    .sort((a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? ''))
    .at(-1)
}

export interface FollowUpStatus {
  thankYouSentAt: string | null
  checkInsSent: number
  lastCheckInAt: string | null
  lastReplyAt: string | null
}

/** What was sent to and heard from this person about this interview, from the contact log. */
export function followUpStatus(journal: Journal, personId: string, interviewId: string): FollowUpStatus {
  const events = Object.values(journal.contactLog)
    .filter((e) => e.personId === personId && e.interviewId === interviewId)
    .sort((a, b) => a.at.localeCompare(b.at))
  const last = (kind: ContactEvent['kind']) => events.filter((e) => e.kind === kind).at(-1)?.at ?? null
  return {
    thankYouSentAt: last('thank-you-sent'),
    checkInsSent: events.filter((e) => e.kind === 'check-in-sent').length,
    lastCheckInAt: last('check-in-sent'),
    lastReplyAt: last('reply-received')
  }
}
