import { useState, type FormEvent } from 'react'
import type { Person } from '../../store/cache'
import { useJournal } from '../../store/journal-store'
import { NO_PROBLEMS, submitForm } from '../../lib/submit'
import { FormFooter } from './Field'
import { PersonFields, personRecord, personValues, type PersonValues } from './PersonFields'

/** Name, title and contacts of a person (everywhere they appear), edited in place. */
export function EditPerson(props: { person: Person; onDone: () => void }) {
  const { person } = props
  const patchLocal = useJournal((s) => s.patchLocal)
  const [values, setValues] = useState<PersonValues>(() => personValues(person))
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function save(event: FormEvent) {
    event.preventDefault()
    const patch = personRecord(values, person)
    const answer = await submitForm(() => window.api.people.update({ id: person.id, patch }))
    if (!answer.ok) return setProblems(answer.problems)
    patchLocal({ put: { people: [answer.value] } })
    props.onDone()
  }

  return (
    <form className="form grid-form edit-form" onSubmit={save} aria-label={`Edit ${person.name}`}>
      <PersonFields
        values={values}
        problems={problems.fields}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
      />
      <FormFooter problem={problems.form} onCancel={props.onDone} />
    </form>
  )
}
