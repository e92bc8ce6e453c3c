import { useState, type FormEvent } from 'react'
import type { Contact } from '../../../shared/model/journal'
import { useJournal } from '../store/journal-store'

export function NewPersonForm({ interviewId }: { interviewId: string }) {
  const run = useJournal((s) => s.run)
  const [name, setName] = useState('')
  const [title, setTitle] = useState('')
  const [email, setEmail] = useState('')
  const [linkedin, setLinkedin] = useState('')
  const [phone, setPhone] = useState('')

  async function submit(event: FormEvent) {
    event.preventDefault()
    const contacts: Contact[] = [
      { kind: 'email' as const, value: email.trim() },
      { kind: 'linkedin' as const, value: linkedin.trim() },
      { kind: 'phone' as const, value: phone.trim() }
    ].filter((c) => c.value !== '')
    const added = await run(() => window.api.people.add({ interviewId, person: { name, title, contacts } }))
    if (added) {
      setName('')
      setTitle('')
      setEmail('')
      setLinkedin('')
      setPhone('')
    }
  }

  return (
    <form className="form grid-form" onSubmit={submit} aria-label="New person">
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      </label>
      <label>
        Work email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} maxLength={320} />
      </label>
      <label>
        LinkedIn
        <input value={linkedin} onChange={(e) => setLinkedin(e.target.value)} maxLength={320} />
      </label>
      <label>
        Work phone
        <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={64} />
      </label>
      <button type="submit">Add person</button>
    </form>
  )
}
