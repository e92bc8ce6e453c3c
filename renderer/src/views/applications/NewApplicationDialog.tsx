import { useState, type FormEvent } from 'react'
import type { ApplicationStatus } from '../../../../shared/model/constants'
import { useJournal } from '../../store/journal-store'
import { NO_PROBLEMS, submitForm } from '../../lib/submit'
import { useModalDialog, wrapTab } from '../../ui/ConfirmDialog'
import { Field, FormFooter } from '../edit/Field'
import { StatusOptions } from '../StatusOptions'
import { useNewApplication } from './new-application'

/**
 * The new-application form as a modal dialog (native <dialog>, as ConfirmDialog: the page behind is inert, Escape
 * closes, focus returns). Main checks the fields; a refusal is shown by its field and the dialog stays open. After
 * a successful add it closes and opens the new application.
 */
export function NewApplicationDialog() {
  const open = useNewApplication((s) => s.open)
  const hide = useNewApplication((s) => s.hide)
  const ref = useModalDialog(open, hide)

  return (
    <dialog
      ref={ref}
      className="confirm-dialog form-dialog"
      aria-labelledby="new-application-title"
      onKeyDown={wrapTab}
    >
      <h2 id="new-application-title">New application</h2>
      {/* Mounted only while open, so each opening starts with empty fields. */}
      {open && <NewApplicationForm onDone={hide} />}
    </dialog>
  )
}

function NewApplicationForm(props: { onDone: () => void }) {
  const [company, setCompany] = useState('')
  const [role, setRole] = useState('')
  const [status, setStatus] = useState<ApplicationStatus>('applied')
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const answer = await submitForm(() => window.api.applications.create({ company, role, status }))
    if (!answer.ok) return setProblems(answer.problems)
    props.onDone()
    const journal = useJournal.getState()
    if (journal.view !== 'journal') journal.setView('journal')
    journal.select({ applicationId: answer.value.id, interviewId: null })
  }

  return (
    // noValidate: main's plain message shows by the field, rather than the browser's bubble.
    <form className="form" onSubmit={submit} aria-label="New application" noValidate>
      <Field label="Company" problem={problems.fields['company']}>
        <input value={company} onChange={(e) => setCompany(e.target.value)} maxLength={200} autoFocus />
      </Field>
      <Field label="Role" problem={problems.fields['role']}>
        <input value={role} onChange={(e) => setRole(e.target.value)} maxLength={200} />
      </Field>
      <Field label="Status" problem={problems.fields['status']}>
        <select value={status} onChange={(e) => setStatus(e.target.value as ApplicationStatus)}>
          <StatusOptions />
        </select>
      </Field>
      <FormFooter problem={problems.form} saveLabel="Add application" onCancel={props.onDone} />
    </form>
  )
}
