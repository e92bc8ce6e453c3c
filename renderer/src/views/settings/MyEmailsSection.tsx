import { useState, type FormEvent } from 'react'
import { useJournal } from '../../store/journal-store'

/** The user's own e-mail addresses: an invite's attendee with one of them is the user, never someone met. */
export function MyEmailsSection() {
  const settings = useJournal((s) => s.settings)
  const run = useJournal((s) => s.run)
  const [text, setText] = useState((settings?.myEmails ?? []).join(', '))
  const [saved, setSaved] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const myEmails = [...new Set(text.split(/[\s,;]+/).filter(Boolean))]
    const updated = await run(() => window.api.settings.update({ patch: { myEmails } }))
    setSaved(updated !== null)
  }

  return (
    <section className="card" aria-labelledby="settings-my-emails">
      <h3 id="settings-my-emails">Your e-mail addresses</h3>
      <form className="form" aria-label="Your e-mail addresses" onSubmit={submit}>
        <label>
          Addresses you receive invites at (left out when an invite is imported)
          <input
            value={text}
            placeholder="you@example.com, you@work.example"
            onChange={(e) => {
              setSaved(false)
              setText(e.target.value)
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
