import { useState, type FormEvent } from 'react'
import { INTERVIEW_TYPES, type InterviewType } from '../../../../shared/model/constants'
import type { Interview } from '../../store/cache'
import { useJournal } from '../../store/journal-store'
import { INTERVIEW_TYPE_LABELS, isoToLocal, localToIso } from '../../lib/format'
import { NO_PROBLEMS, submitForm } from '../../lib/submit'
import { Field, FormFooter } from './Field'

/** Date, time, type, round and place of an interview, edited in place; closes itself after a successful save. */
export function EditInterview(props: { interview: Interview; onDone: () => void }) {
  const { interview } = props
  const patchLocal = useJournal((s) => s.patchLocal)
  const starts = isoToLocal(interview.startAt)
  const [date, setDate] = useState(starts.date)
  const [start, setStart] = useState(starts.time)
  const [end, setEnd] = useState(isoToLocal(interview.endAt).time)
  const [type, setType] = useState<InterviewType>(interview.type)
  const [round, setRound] = useState(interview.round === null ? '' : String(interview.round))
  const [location, setLocation] = useState(interview.location)
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function save(event: FormEvent) {
    event.preventDefault()
    const startAt = localToIso(date, start)
    const endAt = localToIso(date, end)
    if (!startAt || !endAt) return setProblems({ fields: {}, form: 'Enter a date and a start and end time.' })
    const patch = { startAt, endAt, type, round: round ? Number(round) : null, location }
    const answer = await submitForm(() => window.api.interviews.update({ id: interview.id, patch }))
    if (!answer.ok) return setProblems(answer.problems)
    patchLocal({ put: { interviews: [answer.value] } })
    props.onDone()
  }

  const f = problems.fields
  return (
    <form className="form grid-form edit-form" onSubmit={save} aria-label="Edit interview">
      <Field label="Date" problem={f['startAt']}>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </Field>
      <Field label="Starts">
        <input type="time" value={start} onChange={(e) => setStart(e.target.value)} required />
      </Field>
      <Field label="Ends" problem={f['endAt']}>
        <input type="time" value={end} onChange={(e) => setEnd(e.target.value)} required />
      </Field>
      <Field label="Type" problem={f['type']}>
        <select value={type} onChange={(e) => setType(e.target.value as InterviewType)}>
          {INTERVIEW_TYPES.map((t) => (
            <option key={t} value={t}>
              {INTERVIEW_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Round" problem={f['round']}>
        <input type="number" min={1} max={50} value={round} onChange={(e) => setRound(e.target.value)} />
      </Field>
      <Field label="Place or link" problem={f['location']}>
        <input value={location} onChange={(e) => setLocation(e.target.value)} maxLength={500} />
      </Field>
      <FormFooter problem={problems.form} onCancel={props.onDone} />
    </form>
  )
}
