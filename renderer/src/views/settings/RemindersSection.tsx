import { startTransition, useOptimistic } from 'react'
import { useJournal } from '../../store/journal-store'

/**
 * Whether reminders reach the desktop: OS notifications, and Afterword staying in the tray when its window is
 * closed. The Due-now list in the journal shows what is due either way.
 */
export function RemindersSection() {
  const saved = useJournal((s) => s.settings?.notifications ?? true)
  const run = useJournal((s) => s.run)
  const patchLocal = useJournal((s) => s.patchLocal)
  const [notifications, setNotifications] = useOptimistic(saved)

  function toggle(on: boolean) {
    startTransition(async () => {
      setNotifications(on)
      const updated = await run(() => window.api.settings.update({ patch: { notifications: on } }))
      if (updated) patchLocal({ settings: updated })
    })
  }

  return (
    <section className="card" aria-labelledby="settings-reminders">
      <h3 id="settings-reminders">Reminders</h3>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={notifications}
          aria-describedby="settings-reminders-help"
          onChange={(e) => toggle(e.target.checked)}
        />
        <span className="rule-title">Notify me when a thank-you or check-in is due</span>
      </label>
      <p id="settings-reminders-help" className="muted">
        Shows a desktop notification and keeps Afterword in the tray when you close its window, so reminders
        still arrive. Switched off, the Due-now list still shows what is due, and closing the window quits.
      </p>
    </section>
  )
}
