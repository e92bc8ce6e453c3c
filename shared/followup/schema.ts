/**
 * What the follow-up policy answers, as zod schemas: the IPC contract validates `followups:list` with them and the
 * renderer, the tray and the notifications are typed from them.
 */
import { z } from 'zod'
import { DraftKind, Id, IsoDateTime } from '../model/journal'

export const DUE_KINDS = ['thank-you', 'check-in'] as const
export const DueKind = z.enum(DUE_KINDS)
export type DueKind = z.infer<typeof DueKind>

/** Who a reminder is about, with the names the UI shows (so it needs no journal lookup to display one). */
const Subject = {
  personId: Id,
  interviewId: Id,
  applicationId: Id,
  personName: z.string(),
  company: z.string(),
  role: z.string()
}

export const DueItem = z.object({
  ...Subject,
  /**
   * Identifies this reminder across recomputations: the scheduler notifies once per key. A check-in's key names
   * the moment its week of silence started, so the next check-in (after another week) is a new reminder.
   */
  key: z.string(),
  kind: DueKind,
  /** When it became (or becomes) due: the interview's end for a thank-you, a week of silence for a check-in. */
  dueAt: IsoDateTime,
  /** A thank-you's 24-hour deadline; null for a check-in, which has none. */
  deadline: IsoDateTime.nullable(),
  overdue: z.boolean(),
  /** Plain words: "Thank Jane Doe for the peer interview: due by Tue 3 Mar, 16:00". */
  reason: z.string()
})
export type DueItem = z.infer<typeof DueItem>

/** "Don't follow up again": the person left the allowed check-ins unanswered. A note, never a reminder. */
export const StopNote = z.object({
  ...Subject,
  checkInsUnanswered: z.number().int().min(0),
  lastCheckInAt: IsoDateTime,
  reason: z.string()
})
export type StopNote = z.infer<typeof StopNote>

export const FollowUpList = z.object({
  /** Due now, most urgent first. */
  due: z.array(DueItem),
  stopped: z.array(StopNote),
  /** The next moment the list changes on its own (an item becomes due, overdue or expires); null: nothing ahead. */
  nextChangeAt: IsoDateTime.nullable()
})
export type FollowUpList = z.infer<typeof FollowUpList>

/** What a click on a reminder opens: that person's draft of that kind for that interview. */
export const FollowUpTarget = z.object({
  applicationId: Id,
  interviewId: Id,
  personId: Id,
  kind: DraftKind
})
export type FollowUpTarget = z.infer<typeof FollowUpTarget>

export { targetOf } from './target'
