/**
 * OS notifications for reminders: Electron's Notification, shown from the pure model in reminders/. Thin on
 * purpose (Electron cannot run in tests); the words and the on/off setting are decided and tested elsewhere.
 */
import { Notification } from 'electron'
import type { SnoozeChoice } from '../../shared/followup/quiet'
import type { NotificationModel, NotificationOpen } from './reminders/notification-model'

/** Shown notifications are kept referenced until dismissed: a collected one loses its click handler. */
const live = new Set<Notification>()

export function showReminderNotification(
  model: NotificationModel,
  handlers: { open: (open: NotificationOpen) => void; snooze: (keys: string[], choice: SnoozeChoice) => void }
): void {
  if (!Notification.isSupported()) return
  // Snooze buttons where the OS offers actions; elsewhere the tray and the Due panel snooze.
  const notification = new Notification({
    title: model.title,
    body: model.body,
    actions: model.snooze.map(({ label }) => ({ type: 'button' as const, text: `Snooze: ${label}` }))
  })
  live.add(notification)
  notification.on('click', () => {
    live.delete(notification)
    handlers.open(model.open)
  })
  notification.on('action', (details) => {
    live.delete(notification)
    const choice = model.snooze[details.actionIndex]?.choice
    if (choice) handlers.snooze(model.keys, choice)
  })
  notification.on('close', () => live.delete(notification))
  notification.show()
}
