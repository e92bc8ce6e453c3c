import { useState, type FormEvent } from 'react'
import { INTERVIEW_TYPES, type InterviewType } from '../../../shared/model/constants'
import { INTERVIEW_TYPE_LABELS, localTimeZone, localToIso } from '../lib/format'
import { NO_PROBLEMS, submitForm } from '../lib/submit'
import { Field } from './edit/Field'

/** A new interview; the field a refusal is about says why next to it (e.g. Ends before Starts). */
export function NewInterviewForm(props: { applicationId: string; onCreated: (id: string) => void }) {
  const [date, setDate] = useState('')
  const [start, setStart] = useState('10:00')
  const [end, setEnd] = useState('11:00')
  const [type, setType] = useState<InterviewType>('peer')
  const [round, setRound] = useState('')
  const [location, setLocation] = useState('')
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const startAt = localToIso(date, start)
    const endAt = localToIso(date, end)
    if (!startAt || !endAt) return setProblems({ fields: {}, form: 'Enter a date and a start and end time.' })
    const answer = await submitForm(() =>
      window.api.interviews.create({
        applicationId: props.applicationId,
        startAt,
        endAt,
        timeZone: localTimeZone(),
        type,
        round: round ? Number(round) : null,
        location
      })
    )
    if (!answer.ok) return setProblems(answer.problems)
    setProblems(NO_PROBLEMS)
    setDate('')
    setRound('')
    setLocation('')
    props.onCreated(answer.value.id)
  }

  const f = problems.fields
  return (
    <form className="form grid-form edit-form" onSubmit={submit} aria-label="New interview">
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
      <Field label="Location or link" problem={f['location']}>
        <input value={location} onChange={(e) => setLocation(e.target.value)} maxLength={500} />
      </Field>
      {problems.form && (
        <p className="form-problem" role="alert">
          {problems.form}
        </p>
      )}
      <button type="submit">Add interview</button>
    </form>
  )
}
