import { useState, type FormEvent } from 'react'
import { useJournal } from '../store/journal-store'
import { NO_PROBLEMS, submitForm } from '../lib/submit'
import { byLabel, focusWhenShown } from '../ui/focus-next'
import { FormFooter } from './edit/Field'
import { NEW_PERSON, PersonFields, personRecord, type PersonValues } from './edit/PersonFields'

/** A new person met in this interview; `onAdded` runs after a successful submit (the section closes). */
export function NewPersonForm({ interviewId, onAdded }: { interviewId: string; onAdded?: () => void }) {
  const patchLocal = useJournal((s) => s.patchLocal)
  const [values, setValues] = useState<PersonValues>(NEW_PERSON)
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const answer = await submitForm(() =>
      window.api.people.add({ interviewId, person: personRecord(values) })
    )
    if (!answer.ok) return setProblems(answer.problems)
    patchLocal({ put: { people: [answer.value.person], meetings: [answer.value.meeting] } })
    setProblems(NO_PROBLEMS)
    setValues(NEW_PERSON)
    onAdded?.()
    // Next: what was talked about with them.
    focusWhenShown(byLabel('input', `New note about ${answer.value.person.name}`))
  }

  return (
    <form className="form grid-form edit-form" onSubmit={submit} aria-label="New person">
      <PersonFields
        values={values}
        problems={problems.fields}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
      />
      <FormFooter problem={problems.form} saveLabel="Add person" />
    </form>
  )
}
