/**
 * OS notifications for reminders: Electron's Notification, shown from the pure model in reminders/. Thin on
 * purpose (Electron cannot run in tests); the words and the on/off setting are decided and tested elsewhere.
 */
import { Notification } from 'electron'
import type { FollowUpTarget } from '../../shared/followup'
import type { NotificationModel } from './reminders/notification-model'

/** Shown notifications are kept referenced until dismissed: a collected one loses its click handler. */
const live = new Set<Notification>()

export function showReminderNotification(
  model: NotificationModel,
  onClick: (target: FollowUpTarget) => void
): void {
  if (!Notification.isSupported()) return
  const notification = new Notification({ title: model.title, body: model.body })
  live.add(notification)
  notification.on('click', () => {
    live.delete(notification)
    onClick(model.target)
  })
  notification.on('close', () => live.delete(notification))
  notification.show()
}
