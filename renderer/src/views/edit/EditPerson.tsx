import { useState, type FormEvent } from 'react'
import type { Person } from '../../store/cache'
import { useJournal } from '../../store/journal-store'
import { NO_PROBLEMS, submitForm } from '../../lib/submit'
import { Field, FormFooter } from './Field'
import { contactsFromForm } from './record-words'

const first = (person: Person, kind: 'email' | 'linkedin' | 'phone') =>
  person.contacts.find((c) => c.kind === kind)?.value ?? ''

/** Name, title and contacts of a person (everywhere they appear), edited in place. */
export function EditPerson(props: { person: Person; onDone: () => void }) {
  const { person } = props
  const patchLocal = useJournal((s) => s.patchLocal)
  const [name, setName] = useState(person.name)
  const [title, setTitle] = useState(person.title ?? '')
  const [email, setEmail] = useState(first(person, 'email'))
  const [linkedin, setLinkedin] = useState(first(person, 'linkedin'))
  const [phone, setPhone] = useState(first(person, 'phone'))
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function save(event: FormEvent) {
    event.preventDefault()
    const contacts = contactsFromForm(person, { email, linkedin, phone })
    const answer = await submitForm(() =>
      window.api.people.update({ id: person.id, patch: { name, title, contacts } })
    )
    if (!answer.ok) return setProblems(answer.problems)
    patchLocal({ put: { people: [answer.value] } })
    props.onDone()
  }

  const f = problems.fields
  return (
    <form className="form grid-form edit-form" onSubmit={save} aria-label={`Edit ${person.name}`}>
      <Field label="Name" problem={f['name']}>
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </Field>
      <Field label="Title" problem={f['title']}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      </Field>
      <Field label="Work email" problem={f['contacts'] ?? f['value']}>
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} maxLength={320} />
      </Field>
      <Field label="LinkedIn">
        <input value={linkedin} onChange={(e) => setLinkedin(e.target.value)} maxLength={320} />
      </Field>
      <Field label="Work phone">
        <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={64} />
      </Field>
      <FormFooter problem={problems.form} onCancel={props.onDone} />
    </form>
  )
}
