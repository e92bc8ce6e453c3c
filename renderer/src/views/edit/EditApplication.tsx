import { useState, type FormEvent } from 'react'
import type { Application } from '../../store/cache'
import { useJournal } from '../../store/journal-store'
import { NO_PROBLEMS, submitForm } from '../../lib/submit'
import { Field, FormFooter } from './Field'

/** Company and role of an application, edited in place; closes itself after a successful save. */
export function EditApplication(props: { application: Application; onDone: () => void }) {
  const patchLocal = useJournal((s) => s.patchLocal)
  const [company, setCompany] = useState(props.application.company)
  const [role, setRole] = useState(props.application.role)
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function save(event: FormEvent) {
    event.preventDefault()
    const answer = await submitForm(() =>
      window.api.applications.update({ id: props.application.id, patch: { company, role } })
    )
    if (!answer.ok) return setProblems(answer.problems)
    patchLocal({ put: { applications: [answer.value] } })
    props.onDone()
  }

  return (
    <form className="form grid-form edit-form" onSubmit={save} aria-label="Edit application">
      <Field label="Company" problem={problems.fields['company']}>
        <input value={company} onChange={(e) => setCompany(e.target.value)} required maxLength={200} />
      </Field>
      <Field label="Role" problem={problems.fields['role']}>
        <input value={role} onChange={(e) => setRole(e.target.value)} required maxLength={200} />
      </Field>
      <FormFooter problem={problems.form} onCancel={props.onDone} />
    </form>
  )
}
