import { useState, type FormEvent } from 'react'
import { useJournal } from '../../store/journal-store'

/** Set once the user skips the welcome: view state of this window, like the last place (see ui/nav-store.ts). */
export const WELCOME_SKIPPED_KEY = 'afterword.welcomeSkipped'

function wasSkipped(): boolean {
  try {
    return globalThis.localStorage?.getItem(WELCOME_SKIPPED_KEY) === '1'
  } catch {
    return false
  }
}

/**
 * First run: while the journal has no candidate name, ask for it (every draft is signed with it) and the usual
 * availability (for notes where an interviewer asked for times). Skippable; both stay editable in Settings.
 */
export function Welcome() {
  const settings = useJournal((s) => s.settings)
  const run = useJournal((s) => s.run)
  const [skipped, setSkipped] = useState(wasSkipped)
  const [name, setName] = useState('')
  const [availability, setAvailability] = useState('')
  if (!settings || settings.candidateName || skipped) return null
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) return
    await run(() => window.api.settings.update({ patch: { candidateName: name.trim(), availability } }))
  }
  function skip() {
    try {
      globalThis.localStorage?.setItem(WELCOME_SKIPPED_KEY, '1')
    } catch {
      // Storage off: the welcome shows again next time, which is harmless.
    }
    setSkipped(true)
  }

  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome</h2>
      <p className="muted">
        Two things make your notes ready to send. Times are shown in your computer’s time zone ({zone}).
      </p>
      <form className="welcome-form" aria-label="About you" onSubmit={submit}>
        <label>
          Your name, to sign your notes
          <input value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          When you are usually free
          <input
            value={availability}
            maxLength={500}
            placeholder="e.g. Tuesday or Thursday afternoons, 2–5 pm"
            onChange={(e) => setAvailability(e.target.value)}
          />
        </label>
        <div className="button-row">
          <button type="submit">Save and start</button>
          <button type="button" className="link" onClick={skip}>
            Skip for now
          </button>
        </div>
      </form>
    </section>
  )
}
