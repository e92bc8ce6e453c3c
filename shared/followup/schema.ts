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

/**
 * A thank-you the policy no longer reminds (its give-up time passed, nothing was sent): listed as an honest line
 * until the user writes a late note or dismisses it, so an empty list never means "everyone heard from you".
 */
export const MissedThankYou = z.object({
  ...Subject,
  key: z.string(),
  endedAt: IsoDateTime,
  reason: z.string()
})
export type MissedThankYou = z.infer<typeof MissedThankYou>

/** A due reminder the user snoozed: listed apart, due again at `snoozedUntil`. */
export const SnoozedItem = DueItem.extend({ snoozedUntil: IsoDateTime })
export type SnoozedItem = z.infer<typeof SnoozedItem>

/** An interview that just ended without notes: "note what you talked about with each person". */
export const CapturePrompt = z.object({
  key: z.string(),
  interviewId: Id,
  applicationId: Id,
  company: z.string(),
  role: z.string(),
  interviewPhrase: z.string(),
  people: z.array(z.object({ personId: Id, name: z.string() })),
  dueAt: IsoDateTime
})
export type CapturePrompt = z.infer<typeof CapturePrompt>

export const SNOOZE_CHOICE_VALUES = ['hour', 'evening', 'morning'] as const
export const SnoozeChoiceSchema = z.enum(SNOOZE_CHOICE_VALUES)

/** The Due panel lists this many missed thank-yous at most: enough to act on, never a wall of old lines. */
export const MISSED_LISTED = 20

export const FollowUpList = z.object({
  /** Due now, not snoozed or dismissed, most urgent first. */
  due: z.array(DueItem),
  stopped: z.array(StopNote),
  /** Missed thank-yous, newest first: the most recent MISSED_LISTED of them (a long search can pile up hundreds). */
  missed: z.array(MissedThankYou).default([]),
  /** How many older missed thank-yous are not in `missed`; dismissing a listed one brings the next in. */
  missedMore: z.number().int().min(0).default(0),
  snoozed: z.array(SnoozedItem).default([]),
  captures: z.array(CapturePrompt).default([]),
  /** The snooze choices that make sense now ("this evening" only before the evening). */
  snoozeOptions: z.array(z.object({ choice: SnoozeChoiceSchema, label: z.string() })).default([]),
  /** Quiet hours hold notifications back until then; null: nothing waits. */
  heldUntil: IsoDateTime.nullable().default(null),
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
