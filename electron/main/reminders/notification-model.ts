/**
 * What an OS notification says for one reminder, and whether to show it at all: pure, so the words and the
 * setting are tested here; electron/main/notifications.ts only hands the model to Electron.
 */
import { targetOf, type DueItem, type FollowUpTarget } from '../../../shared/followup'

export interface NotificationModel {
  title: string
  body: string
  /** What a click opens: that person's draft. */
  target: FollowUpTarget
}

export function notificationFor(item: DueItem): NotificationModel {
  const title =
    item.kind === 'check-in'
      ? `Time to check in with ${item.personName}`
      : item.overdue
        ? `Thank-you overdue: ${item.personName}`
        : `Thank-you due: ${item.personName}`
  return { title, body: `${item.reason} (${item.role} at ${item.company})`, target: targetOf(item) }
}

/**
 * The scheduler's `notify`: shows an OS notification unless the user switched them off in Settings. A reminder
 * that arrives while they are off is not kept for later: the tray and the Due panel still list it.
 */
export function createNotifier(options: {
  enabled: () => boolean
  show: (notification: NotificationModel) => void
}): (item: DueItem) => void {
  return (item) => {
    if (options.enabled()) options.show(notificationFor(item))
  }
}
