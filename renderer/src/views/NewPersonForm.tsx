import { useState, type FormEvent } from 'react'
import type { Contact } from '../../../shared/model/journal'
import { useJournal } from '../store/journal-store'
import { NO_PROBLEMS, submitForm } from '../lib/submit'
import { Field } from './edit/Field'

/** A new person met in this interview; `onAdded` runs after a successful submit (the section closes). */
export function NewPersonForm({ interviewId, onAdded }: { interviewId: string; onAdded?: () => void }) {
  const patchLocal = useJournal((s) => s.patchLocal)
  const [name, setName] = useState('')
  const [title, setTitle] = useState('')
  const [email, setEmail] = useState('')
  const [linkedin, setLinkedin] = useState('')
  const [phone, setPhone] = useState('')
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const contacts: Contact[] = [
      { kind: 'email' as const, value: email.trim() },
      { kind: 'linkedin' as const, value: linkedin.trim() },
      { kind: 'phone' as const, value: phone.trim() }
    ].filter((c) => c.value !== '')
    const answer = await submitForm(() =>
      window.api.people.add({ interviewId, person: { name, title, contacts } })
    )
    if (!answer.ok) return setProblems(answer.problems)
    patchLocal({ put: { people: [answer.value.person], meetings: [answer.value.meeting] } })
    setProblems(NO_PROBLEMS)
    setName('')
    setTitle('')
    setEmail('')
    setLinkedin('')
    setPhone('')
    onAdded?.()
  }

  const f = problems.fields
  return (
    <form className="form grid-form edit-form" onSubmit={submit} aria-label="New person">
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
      {problems.form && (
        <p className="form-problem" role="alert">
          {problems.form}
        </p>
      )}
      <button type="submit">Add person</button>
    </form>
  )
}
