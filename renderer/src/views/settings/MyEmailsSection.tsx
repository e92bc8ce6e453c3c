import { useJournal } from '../../store/journal-store'
import { Field } from '../edit/Field'
import { useSettingsForm } from './use-settings-form'
import { FormFooter } from '../edit/Field'

/** The user's own e-mail addresses: an invite's attendee with one of them is the user, never someone met. */
export function MyEmailsSection() {
  const settings = useJournal((s) => s.settings)
  const form = useSettingsForm({
    initial: () => ({ text: (settings?.myEmails ?? []).join(', ') }),
    save: ({ text }) =>
      window.api.settings.update({ patch: { myEmails: [...new Set(text.split(/[\s,;]+/).filter(Boolean))] } })
  })
  const problem = Object.entries(form.problems.fields).find(([key]) => key.startsWith('myEmails'))?.[1]

  return (
    <section className="card" aria-labelledby="settings-my-emails">
      <h3 id="settings-my-emails">Your e-mail addresses</h3>
      <form className="form" aria-label="Your e-mail addresses" onSubmit={(e) => void form.submit(e)}>
        <Field
          label="Addresses you receive invites at (left out when an invite is imported)"
          problem={problem}
        >
          <input
            value={form.values.text}
            placeholder="you@example.com, you@work.example"
            onChange={(e) => form.change({ text: e.target.value })}
          />
        </Field>
        <FormFooter saved={form.saved} problem={form.problems.form} />
      </form>
    </section>
  )
}
