import { useState, type FormEvent } from 'react'
import { useJournal } from '../../store/journal-store'

/** The candidate's name (for sign-offs) and availability (for notes where an interviewer asked for it). */
export function CandidateSection() {
  const settings = useJournal((s) => s.settings)
  const run = useJournal((s) => s.run)
  const [name, setName] = useState(settings?.candidateName ?? '')
  const [availability, setAvailability] = useState(settings?.availability ?? '')
  const [saved, setSaved] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const updated = await run(() =>
      window.api.settings.update({ patch: { candidateName: name, availability } })
    )
    setSaved(updated !== null)
  }

  return (
    <section className="card" aria-labelledby="settings-candidate">
      <h3 id="settings-candidate">You</h3>
      <form className="form" aria-label="Candidate" onSubmit={submit}>
        <label>
          Your name
          <input
            value={name}
            maxLength={200}
            onChange={(e) => {
              setSaved(false)
              setName(e.target.value)
            }}
          />
        </label>
        <label>
          Your availability
          <textarea
            rows={2}
            value={availability}
            maxLength={500}
            placeholder="e.g. Tuesday or Thursday afternoons, 2–5 pm CET"
            onChange={(e) => {
              setSaved(false)
              setAvailability(e.target.value)
            }}
          />
        </label>
        <div className="button-row">
          <button type="submit">Save</button>
          {saved && (
            <span className="muted" role="status">
              Saved
            </span>
          )}
        </div>
      </form>
    </section>
  )
}
