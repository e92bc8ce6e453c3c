/**
 * Lookups over the open application's cached records for one person's follow-up: their drafts, what was sent,
 * replies. They scan one application's records (a handful), never the journal.
 */
import type { DraftTarget } from '../../../shared/model/draft-context'
import type { ContactEvent, DraftView } from '../store/cache'

export const KIND_LABELS: Record<DraftTarget['kind'], string> = {
  'thank-you': 'thank-you',
  'check-in': 'check-in'
}

type Drafts = Readonly<Record<string, DraftView>> | undefined

const isFor = (d: DraftView, target: DraftTarget) =>
  d.interviewId === target.interviewId && d.personId === target.personId && d.kind === target.kind

/** The person's open (unsent) draft of this kind for this interview: the one drafts:save writes to. */
export function findOpenDraft(drafts: Drafts, target: DraftTarget): DraftView | undefined {
  return Object.values(drafts ?? {}).find((d) => isFor(d, target) && d.state === 'draft')
}

/** The most recently sent draft for this target, if any. */
export function latestSentDraft(drafts: Drafts, target: DraftTarget): DraftView | undefined {
  return Object.values(drafts ?? {})
    .filter((d) => isFor(d, target) && d.state === 'sent')
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
export function followUpStatus(
  contactLog: Readonly<Record<string, ContactEvent>> | undefined,
  personId: string,
  interviewId: string
): FollowUpStatus {
  const events = Object.values(contactLog ?? {})
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
