import { useState, type FormEvent } from 'react'
import { userTimeZone } from '../lib/datetime'
import { NO_PROBLEMS, submitForm } from '../lib/submit'
import { focusWhenShown } from '../ui/focus-next'
import { FormFooter } from './edit/Field'
import {
  INTERVIEW_TIMES_MISSING,
  InterviewFields,
  interviewRecord,
  NEW_INTERVIEW,
  type InterviewValues
} from './edit/InterviewFields'

/** A new interview; the field a refusal is about says why next to it (e.g. Ends before Starts). */
export function NewInterviewForm(props: { applicationId: string; onCreated: (id: string) => void }) {
  const [values, setValues] = useState<InterviewValues>(NEW_INTERVIEW)
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const record = interviewRecord(values)
    if (!record) return setProblems({ fields: {}, form: INTERVIEW_TIMES_MISSING })
    const answer = await submitForm(() =>
      window.api.interviews.create({
        applicationId: props.applicationId,
        ...record,
        timeZone: userTimeZone()
      })
    )
    if (!answer.ok) return setProblems(answer.problems)
    setProblems(NO_PROBLEMS)
    setValues(NEW_INTERVIEW)
    props.onCreated(answer.value.id)
    // Next: the people met in it (their form opens while the interview has nobody yet).
    focusWhenShown('form[aria-label="New person"] input')
  }

  return (
    <form className="form grid-form edit-form" onSubmit={submit} aria-label="New interview">
      <InterviewFields
        values={values}
        problems={problems.fields}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
      />
      <FormFooter problem={problems.form} saveLabel="Add interview" />
    </form>
  )
}
