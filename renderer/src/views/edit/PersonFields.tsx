import type { Contact } from '../../../../shared/model/journal'
import type { FormProblems } from '../../lib/submit'
import { Field } from './Field'
import { contactsFromForm } from './record-words'

/** A person as their form holds them: name, title and one of each contact the form shows. */
export interface PersonValues {
  name: string
  title: string
  email: string
  linkedin: string
  phone: string
}

export const NEW_PERSON: PersonValues = { name: '', title: '', email: '', linkedin: '', phone: '' }

const first = (contacts: Contact[], kind: 'email' | 'linkedin' | 'phone') =>
  contacts.find((c) => c.kind === kind)?.value ?? ''

/** The form's values for a person who exists. */
export function personValues(person: {
  name: string
  title?: string | null
  contacts: Contact[]
}): PersonValues {
  return {
    name: person.name,
    title: person.title ?? '',
    email: first(person.contacts, 'email'),
    linkedin: first(person.contacts, 'linkedin'),
    phone: first(person.contacts, 'phone')
  }
}

/** What the form sends; contacts the form does not show (a second e-mail) are kept from `person`. */
export function personRecord(v: PersonValues, person: { contacts: Contact[] } = { contacts: [] }) {
  return { name: v.name, title: v.title, contacts: contactsFromForm(person, v) }
}

/** The fields of a person, shared by the new-person and edit forms; each problem shows by its field. */
export function PersonFields(props: {
  values: PersonValues
  problems: FormProblems['fields']
  onChange(patch: Partial<PersonValues>): void
}) {
  const { values: v, problems: f, onChange } = props
  return (
    <>
      <Field label="Name" problem={f['name']}>
        <input value={v.name} onChange={(e) => onChange({ name: e.target.value })} required maxLength={200} />
      </Field>
      <Field label="Title" problem={f['title']}>
        <input value={v.title} onChange={(e) => onChange({ title: e.target.value })} maxLength={200} />
      </Field>
      <Field label="Work email" problem={f['contacts'] ?? f['value']}>
        <input
          type="email"
          value={v.email}
          onChange={(e) => onChange({ email: e.target.value })}
          maxLength={320}
        />
      </Field>
      <Field label="LinkedIn">
        <input value={v.linkedin} onChange={(e) => onChange({ linkedin: e.target.value })} maxLength={320} />
      </Field>
      <Field label="Work phone">
        <input
          type="tel"
          value={v.phone}
          onChange={(e) => onChange({ phone: e.target.value })}
          maxLength={64}
        />
      </Field>
    </>
  )
}
