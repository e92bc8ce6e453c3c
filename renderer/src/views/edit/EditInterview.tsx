import { useState, type FormEvent } from 'react'
import type { Interview } from '../../store/cache'
import { useJournal } from '../../store/journal-store'
import { NO_PROBLEMS, submitForm } from '../../lib/submit'
import { FormFooter } from './Field'
import {
  INTERVIEW_TIMES_MISSING,
  InterviewFields,
  interviewRecord,
  interviewValues,
  type InterviewValues
} from './InterviewFields'

/** Date, time, type, round and place of an interview, edited in place; closes itself after a successful save. */
export function EditInterview(props: { interview: Interview; onDone: () => void }) {
  const { interview } = props
  const patchLocal = useJournal((s) => s.patchLocal)
  const [values, setValues] = useState<InterviewValues>(() => interviewValues(interview))
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function save(event: FormEvent) {
    event.preventDefault()
    const patch = interviewRecord(values)
    if (!patch) return setProblems({ fields: {}, form: INTERVIEW_TIMES_MISSING })
    const answer = await submitForm(() => window.api.interviews.update({ id: interview.id, patch }))
    if (!answer.ok) return setProblems(answer.problems)
    patchLocal({ put: { interviews: [answer.value] } })
    props.onDone()
  }

  return (
    <form className="form grid-form edit-form" onSubmit={save} aria-label="Edit interview">
      <InterviewFields
        values={values}
        problems={problems.fields}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
      />
      <FormFooter problem={problems.form} onCancel={props.onDone} />
    </form>
  )
}
