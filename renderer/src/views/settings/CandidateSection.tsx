import { useJournal } from '../../store/journal-store'
import { Field } from '../edit/Field'
import { TimeZoneSelect } from './TimeZoneSelect'
import { useSettingsForm } from './use-settings-form'
import { FormFooter } from '../edit/Field'

/**
 * The candidate's name (for sign-offs), availability (for notes where an interviewer asked for it) and time zone
 * (reminders, quiet hours and every date shown).
 */
export function CandidateSection() {
  const settings = useJournal((s) => s.settings)
  const form = useSettingsForm({
    initial: () => ({
      candidateName: settings?.candidateName ?? '',
      availability: settings?.availability ?? '',
      timeZone: settings?.timeZone ?? ''
    }),
    save: (patch) => window.api.settings.update({ patch })
  })
  const { values, change, problems } = form

  return (
    <section className="card" aria-labelledby="settings-candidate">
      <h3 id="settings-candidate">You</h3>
      <form className="form" aria-label="Candidate" onSubmit={(e) => void form.submit(e)}>
        <Field label="Your name" problem={problems.fields['candidateName']}>
          <input
            value={values.candidateName}
            maxLength={200}
            onChange={(e) => change({ candidateName: e.target.value })}
          />
        </Field>
        <Field label="Your availability" problem={problems.fields['availability']}>
          <textarea
            rows={2}
            value={values.availability}
            maxLength={500}
            placeholder="e.g. Tuesday or Thursday afternoons, 2–5 pm CET"
            onChange={(e) => change({ availability: e.target.value })}
          />
        </Field>
        <Field label="Your time zone" problem={problems.fields['timeZone']}>
          <TimeZoneSelect value={values.timeZone} onChange={(timeZone) => change({ timeZone })} />
        </Field>
        <FormFooter saved={form.saved} problem={problems.form} />
      </form>
    </section>
  )
}
