/**
 * What the OS notifications say, and whether to show them at all: pure, so the words, the one summary for several
 * reminders and the setting are tested here; electron/main/notifications.ts only hands the models to Electron.
 */
import { targetOf, type DueItem, type FollowUpTarget } from '../../../shared/followup'
import type { CapturePrompt, Notifiable } from '../../../shared/followup/reminders'
import type { SnoozeChoice } from '../../../shared/followup/quiet'

/** What a click opens. */
export type NotificationOpen =
  { type: 'draft'; target: FollowUpTarget } | { type: 'capture'; interviewId: string } | { type: 'app' }

export interface NotificationModel {
  title: string
  body: string
  open: NotificationOpen
  /** The reminders a snooze action on this notification snoozes (all of a summary's). */
  keys: string[]
  /** Snooze buttons, where the OS offers actions (macOS, Windows). */
  snooze: Array<{ choice: SnoozeChoice; label: string }>
}

export function notificationFor(item: DueItem): Omit<NotificationModel, 'snooze'> {
  const title =
    item.kind === 'check-in'
      ? `Time to check in with ${item.personName}`
      : item.overdue
        ? `Thank-you overdue: ${item.personName}`
        : `Thank-you due: ${item.personName}`
  return {
    title,
    body: `${item.reason} (${item.role} at ${item.company})`,
    open: { type: 'draft', target: targetOf(item) },
    keys: [item.key]
  }
}

/** "How did the peer interview at Northwind go?": one prompt per interview, a few minutes after it ends. */
export function captureNotificationFor(prompt: CapturePrompt): Omit<NotificationModel, 'snooze'> {
  const people = prompt.people.length > 0 ? 'with each person' : 'and who you met'
  return {
    title: `How did the ${prompt.interviewPhrase} at ${prompt.company} go?`,
    body: `Note what you talked about ${people} while it is fresh: it is what makes a thank-you personal.`,
    open: { type: 'capture', interviewId: prompt.interviewId },
    keys: [prompt.key]
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const is = (n: number) => (n === 1 ? 'is' : 'are')

/**
 * "2 thank-yous are due, 1 is overdue; 1 check-in is due": several reminders in one notification (at start, what
 * came due while Afterword was closed; later, what quiet hours held back), with the notes still to take.
 */
export function summaryNotificationFor(
  items: DueItem[],
  captures: CapturePrompt[] = []
): Omit<NotificationModel, 'snooze'> {
  const thankYous = items.filter((i) => i.kind === 'thank-you')
  const overdue = thankYous.filter((i) => i.overdue).length
  const checkIns = items.length - thankYous.length
  const parts: string[] = []
  if (thankYous.length > 0) {
    const late = overdue > 0 ? `, ${overdue} ${is(overdue)} overdue` : ''
    parts.push(`${count(thankYous.length, 'thank-you', 'thank-yous')} ${is(thankYous.length)} due${late}`)
  }
  if (checkIns > 0) parts.push(`${count(checkIns, 'check-in', 'check-ins')} ${is(checkIns)} due`)
  if (captures.length > 0) {
    parts.push(`${count(captures.length, 'interview', 'interviews')} to take notes on`)
  }
  const names = [...new Set(items.map((i) => i.personName))]
  const more = names.length > 3 ? ` and ${names.length - 3} more` : ''
  const companies = [...new Set(captures.map((c) => c.company))].join(', ')
  const body = [
    names.length > 0 ? `For ${names.slice(0, 3).join(', ')}${more}.` : '',
    captures.length > 0 ? `Note what you talked about at ${companies}.` : '',
    'Open Afterword for the list.'
  ]
  return {
    title: parts.join('; '),
    body: body.filter(Boolean).join(' '),
    open: { type: 'app' },
    keys: [...items.map((i) => i.key), ...captures.map((c) => c.key)]
  }
}

/** Whatever one evaluation has to show, as one notification: the reminder itself, or a summary of several. */
export function notificationsFor(batch: Notifiable[]): Array<Omit<NotificationModel, 'snooze'>> {
  const due = batch.flatMap((n) => (n.kind === 'due' ? [n.item] : []))
  const captures = batch.flatMap((n) => (n.kind === 'capture' ? [n.prompt] : []))
  if (batch.length === 0) return []
  if (batch.length > 1) return [summaryNotificationFor(due, captures)]
  return [due[0] ? notificationFor(due[0]) : captureNotificationFor(captures[0]!)]
}

/**
 * The scheduler's `notify`: shows the notifications unless the user switched them off in Settings, and records the
 * reminders as notified either way (a reminder that arrives while they are off is not kept for later: the tray and
 * the Due panel still list it).
 */
export function createNotifier(options: {
  enabled: () => boolean
  snoozeOptions: () => NotificationModel['snooze']
  show: (notification: NotificationModel) => void
  recordNotified: (keys: string[]) => void
}): (batch: Notifiable[]) => void {
  return (batch) => {
    if (options.enabled()) {
      const snooze = options.snoozeOptions()
      for (const model of notificationsFor(batch)) options.show({ ...model, snooze })
    }
    options.recordNotified(batch.map((n) => (n.kind === 'due' ? n.item.key : n.prompt.key)))
  }
}
