import { useState, type FormEvent } from 'react'
import { useJournal } from '../../store/journal-store'
import { NO_PROBLEMS, submitForm } from '../../lib/submit'
import { Field } from '../edit/Field'
import { TimeZoneSelect } from '../settings/TimeZoneSelect'
import { focusWhenShown } from '../../ui/focus-next'

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
 * First run: while the journal has no candidate name, ask for it (every draft is signed with it), the usual
 * availability (for notes where an interviewer asked for times) and the time zone (reminders, quiet hours and every
 * date shown), prefilled with the computer's. Skippable; all stay editable in Settings.
 */
export function Welcome() {
  const settings = useJournal((s) => s.settings)
  const patchLocal = useJournal((s) => s.patchLocal)
  const [skipped, setSkipped] = useState(wasSkipped)
  const [name, setName] = useState('')
  const [availability, setAvailability] = useState('')
  const [timeZone, setTimeZone] = useState(settings?.timeZone ?? '')
  const [problems, setProblems] = useState(NO_PROBLEMS)
  if (!settings || settings.candidateName || skipped) return null

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) return
    const patch = { candidateName: name.trim(), availability, timeZone }
    const answer = await submitForm(() => window.api.settings.update({ patch }))
    if (!answer.ok) return setProblems(answer.problems)
    patchLocal({ settings: answer.value })
    // The welcome closes; what comes next is the first application (its button opens the new-application dialog).
    focusWhenShown('button[aria-keyshortcuts~="Control+N"]')
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
        Three things make your notes ready to send and your reminders come on time. All stay editable in
        Settings.
      </p>
      <form className="welcome-form" aria-label="About you" onSubmit={(e) => void submit(e)}>
        <Field label="Your name, to sign your notes" problem={problems.fields['candidateName']}>
          <input value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="When you are usually free" problem={problems.fields['availability']}>
          <input
            value={availability}
            maxLength={500}
            placeholder="e.g. Tuesday or Thursday afternoons, 2–5 pm"
            onChange={(e) => setAvailability(e.target.value)}
          />
        </Field>
        <Field label="Your time zone, for reminders and times" problem={problems.fields['timeZone']}>
          <TimeZoneSelect value={timeZone} onChange={setTimeZone} />
        </Field>
        {problems.form && (
          <p className="form-problem" role="alert">
            {problems.form}
          </p>
        )}
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
