/**
 * A person card's follow-up in plain words ("Thank-you sent Tue, Dec 1", "Check-in due Tue, Dec 8", "Replied Thu,
 * Dec 3") and the one next sensible step: the thank-you until it is sent, then a check-in while no reply has come
 * and the guide's cap of unanswered check-ins is not reached, then nothing.
 */
import { CHECK_IN_SILENCE_MS, MAX_UNANSWERED_CHECK_INS } from '../../../shared/policy'
import type { FollowUpStatus } from './drafts'
import { formatRelativeDay, type DateTimeOptions } from './datetime'

export interface Fact {
  text: string
  tone: 'done' | 'todo' | 'plain'
}

export interface FollowUpState {
  facts: Fact[]
  /** The message to write next, or null when there is nothing left to send. */
  next: 'thank-you' | 'check-in' | null
  /** Whether "Log a reply" makes sense: no reply came after the last thing sent (or at all). */
  awaitingReply: boolean
}

export function followUpState(status: FollowUpStatus, now: Date, where: DateTimeOptions = {}): FollowUpState {
  const day = (iso: string) => formatRelativeDay(iso, now, where)
  const facts: Fact[] = []
  if (!status.thankYouSentAt) {
    facts.push({ text: 'No thank-you sent yet', tone: 'todo' })
    // They may write first (an interviewer's own note): a reply can be logged before anything is sent.
    if (status.lastReplyAt) facts.push({ text: `Replied ${day(status.lastReplyAt)}`, tone: 'done' })
    return { facts, next: 'thank-you', awaitingReply: status.lastReplyAt === null }
  }
  facts.push({ text: `Thank-you sent ${day(status.thankYouSentAt)}`, tone: 'done' })
  if (status.lastCheckInAt) {
    const what = status.checkInsSent === 1 ? 'Check-in sent' : `${status.checkInsSent} check-ins sent, last`
    facts.push({ text: `${what} ${day(status.lastCheckInAt)}`, tone: 'plain' })
  }
  const lastSent = status.lastCheckInAt ?? status.thankYouSentAt
  const replied = status.lastReplyAt !== null && status.lastReplyAt >= lastSent
  if (status.lastReplyAt) facts.push({ text: `Replied ${day(status.lastReplyAt)}`, tone: 'done' })
  if (replied) return { facts, next: null, awaitingReply: false }
  if (status.checkInsSent >= MAX_UNANSWERED_CHECK_INS) {
    facts.push({ text: 'No more check-ins: time to let it rest', tone: 'plain' })
    return { facts, next: null, awaitingReply: true }
  }
  const due = new Date(Date.parse(lastSent) + CHECK_IN_SILENCE_MS).toISOString()
  facts.push({ text: `Check-in due ${day(due)}`, tone: due <= now.toISOString() ? 'todo' : 'plain' })
  return { facts, next: 'check-in', awaitingReply: true }
}
