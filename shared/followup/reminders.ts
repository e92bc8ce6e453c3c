/**
 * The reminder state machine over the policy: for each reminder key the journal remembers whether it was notified
 * (and when), snoozed (until when) or dismissed. From the policy's plan, that state, the quiet hours and the time it
 * answers what the Due panel lists, what is snoozed, and what the OS should show now:
 *
 *   due ─notify→ notified ─snooze→ snoozed ─(time)→ due again ─notify→ notified ─(sent: the policy drops it)
 *                    └──────────────────dismiss──────────────────────→ dismissed (never listed again)
 *
 * A reminder is notified once per due moment (its due time, or the end of its snooze), so a restart never notifies
 * again. Notifications wait for quiet hours to end; the Due panel lists everything due regardless.
 * Besides thank-yous and check-ins there is one capture prompt per interview: a few minutes after it ends, "note what
 * you talked about with each person", while it is fresh.
 */
import type { Interview, Journal, ReminderState } from '../model/journal'
import { HOUR_MS, THANK_YOU_WINDOW_MS } from '../policy'
import { CLOSED_STATUSES, followUpPlan } from './policy'
import { firstLoudMoment } from './quiet'
import type { CapturePrompt, DueItem, MissedThankYou, SnoozedItem, StopNote } from './schema'
import { formatDueMoment, interviewPhrase } from './wording'

/** A capture prompt comes this long after the interview's end: time to leave the room or the call. */
export const CAPTURE_DELAY_MS = 5 * 60_000
/**
 * A thank-you is first notified this long after the interview's end: the capture prompt comes first, so the note
 * is written from fresh notes. The Due panel lists it from the end.
 */
export const THANK_YOU_NOTIFY_DELAY_MS = HOUR_MS

export type { CapturePrompt, SnoozedItem }

/** One thing the OS should show now. */
export type Notifiable = { kind: 'due'; item: DueItem } | { kind: 'capture'; prompt: CapturePrompt }

export interface ReminderPlan {
  /** Due now, not snoozed or dismissed: what the Due panel and the tray list, most urgent first. */
  due: DueItem[]
  /** Due, but snoozed for later. */
  snoozed: SnoozedItem[]
  upcoming: DueItem[]
  stopped: StopNote[]
  /** Thank-yous past their give-up time and never sent, unless dismissed. */
  missed: MissedThankYou[]
  /** Interviews that just ended, still without notes. */
  captures: CapturePrompt[]
  /** To notify now: due, not yet notified for this due moment, and not in quiet hours. */
  toNotify: Notifiable[]
  /** When notifications held back by quiet hours may be shown; null when nothing waits. */
  heldUntil: string | null
  /** For each listed reminder not yet notified for its due moment: when the OS will show it (quiet hours applied). */
  notifyAt: Record<string, string>
  nextChangeAt: string | null
}

export interface ReminderPlanOptions {
  /** The user's IANA zone: quiet hours, snooze and the words are in it. */
  timeZone: string
}

const iso = (ms: number) => new Date(ms).toISOString()

/** The moment a reminder is due again: its due time, or the end of its snooze when that is later. */
function dueMoment(dueAt: number, state: ReminderState | undefined): number {
  const snoozed = state?.snoozedUntil ? Date.parse(state.snoozedUntil) : -Infinity
  return Math.max(dueAt, snoozed)
}

/** True when the reminder was already notified for its current due moment. */
export function wasNotified(dueAt: number, state: ReminderState | undefined): boolean {
  return state?.notifiedAt != null && Date.parse(state.notifiedAt) >= dueMoment(dueAt, state)
}

/** Every interview in the journal is quiet from its start to its end; only those not over yet can hold one back. */
function interviewSpans(journal: Journal, t: number): Interview[] {
  return Object.values(journal.interviews).filter((i) => Date.parse(i.endAt) > t)
}

export function capturePrompts(journal: Journal, t: number): { due: CapturePrompt[]; next: number[] } {
  const due: CapturePrompt[] = []
  const next: number[] = []
  const notedInterviews = new Set(Object.values(journal.notes).map((n) => n.interviewId))
  const metIn = new Map<string, string[]>()
  for (const m of Object.values(journal.meetings))
    metIn.set(m.interviewId, [...(metIn.get(m.interviewId) ?? []), m.personId])
  for (const interview of Object.values(journal.interviews)) {
    const application = journal.applications[interview.applicationId]
    if (!application || CLOSED_STATUSES.has(application.status)) continue
    if (notedInterviews.has(interview.id)) continue
    const at = Date.parse(interview.endAt) + CAPTURE_DELAY_MS
    // Past the thank-you's deadline the moment is gone: the thank-you reminder itself asks for the note then.
    const until = Date.parse(interview.endAt) + THANK_YOU_WINDOW_MS
    if (t >= until) continue
    if (t < at) {
      next.push(at)
      continue
    }
    next.push(until)
    const people = (metIn.get(interview.id) ?? [])
      .map((personId) => ({ personId, name: journal.people[personId]?.name ?? '' }))
      .filter((p) => p.name !== '')
    due.push({
      key: `capture:${interview.id}`,
      interviewId: interview.id,
      applicationId: application.id,
      company: application.company,
      role: application.role,
      interviewPhrase: interviewPhrase(interview.type),
      people,
      dueAt: iso(at)
    })
  }
  return { due: due.sort((a, b) => a.dueAt.localeCompare(b.dueAt)), next }
}

/** When the OS may first show this reminder (before quiet hours are applied). */
function notifyFrom(dueAt: number, kind: DueItem['kind'] | 'capture', state: ReminderState | undefined) {
  const delay = kind === 'thank-you' ? THANK_YOU_NOTIFY_DELAY_MS : 0
  return Math.max(dueAt + delay, dueMoment(dueAt, state))
}

export function reminderPlan(journal: Journal, now: Date, options: ReminderPlanOptions): ReminderPlan {
  const t = now.getTime()
  const policy = followUpPlan(journal, now, { timeZone: options.timeZone })
  const captures = capturePrompts(journal, t)
  const states = journal.reminders
  const changes: number[] = [...captures.next]
  if (policy.nextChangeAt) changes.push(Date.parse(policy.nextChangeAt))

  const due: DueItem[] = []
  const snoozed: SnoozedItem[] = []
  const candidates: Array<{ notifiable: Notifiable; from: number }> = []
  for (const item of policy.due) {
    const state = states[item.key]
    if (state?.dismissed) continue
    const moment = dueMoment(Date.parse(item.dueAt), state)
    if (moment > t) {
      snoozed.push({ ...item, snoozedUntil: iso(moment) })
      changes.push(moment)
      continue
    }
    due.push(item)
    if (!wasNotified(Date.parse(item.dueAt), state)) {
      candidates.push({
        notifiable: { kind: 'due', item },
        from: notifyFrom(Date.parse(item.dueAt), item.kind, state)
      })
    }
  }
  const openCaptures = captures.due.filter((prompt) => {
    const state = states[prompt.key]
    if (state?.dismissed) return false
    const moment = dueMoment(Date.parse(prompt.dueAt), state)
    if (moment > t) changes.push(moment)
    else if (!wasNotified(Date.parse(prompt.dueAt), state))
      candidates.push({ notifiable: { kind: 'capture', prompt }, from: moment })
    return moment <= t
  })

  const spans = interviewSpans(journal, t)
  const quietEnd = firstLoudMoment(t, journal.settings.quietHours, spans, options.timeZone)
  const ready = candidates.filter((c) => c.from <= t)
  for (const c of candidates) if (c.from > t) changes.push(c.from)
  const held = quietEnd > t && ready.length > 0
  if (held) changes.push(quietEnd)
  const notifyAt = Object.fromEntries(
    candidates.map((c) => [
      keyOfNotifiable(c.notifiable),
      iso(firstLoudMoment(Math.max(c.from, t), journal.settings.quietHours, spans, options.timeZone))
    ])
  )
  const next = Math.min(...changes.filter((c) => c > t))
  return {
    due,
    snoozed: snoozed.sort((a, b) => a.snoozedUntil.localeCompare(b.snoozedUntil)),
    upcoming: policy.upcoming,
    stopped: policy.stopped,
    missed: policy.missed.filter((m) => !states[m.key]?.dismissed),
    captures: openCaptures,
    toNotify: held ? [] : ready.map((c) => c.notifiable),
    heldUntil: held ? iso(quietEnd) : null,
    notifyAt,
    nextChangeAt: Number.isFinite(next) ? iso(next) : null
  }
}

export const keyOfNotifiable = (n: Notifiable): string => (n.kind === 'due' ? n.item.key : n.prompt.key)

/** The state after the OS showed the reminder (or a summary that named it). */
export function markNotified(state: ReminderState | undefined, now: Date): ReminderState {
  return { ...blank(), ...keep(state), notifiedAt: now.toISOString() }
}

export function markSnoozed(state: ReminderState | undefined, until: number): ReminderState {
  return { ...blank(), ...keep(state), snoozedUntil: iso(until) }
}

export function markDismissed(state: ReminderState | undefined): ReminderState {
  return { ...blank(), ...keep(state), dismissed: true }
}

const blank = (): ReminderState => ({ notifiedAt: null, snoozedUntil: null, dismissed: false })
const keep = (state: ReminderState | undefined): Partial<ReminderState> => state ?? {}

/** "Snoozed until 18:00 today": the words for a snoozed reminder in the Due panel and the CLI. */
export function snoozedReason(item: SnoozedItem, timeZone: string, now: number): string {
  return `Snoozed until ${formatDueMoment(Date.parse(item.snoozedUntil), timeZone, now)}: ${item.reason}`
}
