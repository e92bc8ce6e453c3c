import { useState, type FormEvent } from 'react'
import { INTERVIEW_TYPES, type InterviewType } from '../../../shared/model/constants'
import { useJournal } from '../store/journal-store'
import { INTERVIEW_TYPE_LABELS, localTimeZone, localToIso } from '../lib/format'

export function NewInterviewForm(props: { applicationId: string; onCreated: (id: string) => void }) {
  const run = useJournal((s) => s.run)
  const [date, setDate] = useState('')
  const [start, setStart] = useState('10:00')
  const [end, setEnd] = useState('11:00')
  const [type, setType] = useState<InterviewType>('peer')
  const [round, setRound] = useState('')
  const [location, setLocation] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const startAt = localToIso(date, start)
    const endAt = localToIso(date, end)
    if (!startAt || !endAt) return setProblem('Enter a date and a start and end time.')
    setProblem(null)
    const created = await run(() =>
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
    if (created) {
      setDate('')
      setRound('')
      setLocation('')
      props.onCreated(created.id)
    }
  }

  return (
    <form className="form grid-form" onSubmit={submit} aria-label="New interview">
      <label>
        Date
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </label>
      <label>
        Starts
        <input type="time" value={start} onChange={(e) => setStart(e.target.value)} required />
      </label>
      <label>
        Ends
        <input type="time" value={end} onChange={(e) => setEnd(e.target.value)} required />
      </label>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.target.value as InterviewType)}>
          {INTERVIEW_TYPES.map((t) => (
            <option key={t} value={t}>
              {INTERVIEW_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Round
        <input type="number" min={1} max={50} value={round} onChange={(e) => setRound(e.target.value)} />
      </label>
      <label>
        Location or link
        <input value={location} onChange={(e) => setLocation(e.target.value)} maxLength={500} />
      </label>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">Add interview</button>
    </form>
  )
}
