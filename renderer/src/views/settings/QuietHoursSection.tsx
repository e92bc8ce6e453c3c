import { useState } from 'react'
import { useJournal } from '../../store/journal-store'

/**
 * Quiet hours: while quiet, notifications wait until the quiet time ends (the Due-now list still shows everything).
 * Interviews in the journal are always quiet, so a reminder never buzzes during the next one.
 */
export function QuietHoursSection() {
  const saved = useJournal((s) => s.settings?.quietHours)
  const run = useJournal((s) => s.run)
  const patchLocal = useJournal((s) => s.patchLocal)
  const [draft, setDraft] = useState<{ start: string; end: string } | null>(null)
  if (!saved) return null
  const shown = draft ?? saved

  async function save(patch: Partial<typeof saved>) {
    const quietHours = { ...saved!, ...patch }
    const updated = await run(() => window.api.settings.update({ patch: { quietHours } }))
    setDraft(null)
    if (updated) patchLocal({ settings: updated })
  }

  return (
    <section className="card" aria-labelledby="settings-quiet">
      <h3 id="settings-quiet">Quiet hours</h3>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={saved.enabled}
          onChange={(e) => void save({ enabled: e.target.checked })}
        />
        <span className="rule-title">Hold notifications back at night</span>
      </label>
      <div className="quiet-times">
        <label>
          From
          <input
            type="time"
            value={shown.start}
            disabled={!saved.enabled}
            onChange={(e) => setDraft({ ...shown, start: e.target.value })}
            onBlur={() => draft && void save({ start: draft.start })}
          />
        </label>
        <label>
          until
          <input
            type="time"
            value={shown.end}
            disabled={!saved.enabled}
            onChange={(e) => setDraft({ ...shown, end: e.target.value })}
            onBlur={() => draft && void save({ end: draft.end })}
          />
        </label>
      </div>
      <p className="muted">
        In your time zone. Notifications that come due meanwhile, or during any interview in your journal,
        wait until the quiet time ends; the Due-now list always shows everything.
      </p>
    </section>
  )
}
