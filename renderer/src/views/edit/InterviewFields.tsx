import { INTERVIEW_TYPES, type InterviewType } from '../../../../shared/model/constants'
import { INTERVIEW_TYPE_LABELS } from '../../lib/format'
import { isoToLocal, localToIso } from '../../lib/datetime'
import type { FormProblems } from '../../lib/submit'
import { Field } from './Field'

/** An interview as its form holds it: the date and times as the inputs show them, in the user's zone. */
export interface InterviewValues {
  date: string
  start: string
  end: string
  type: InterviewType
  round: string
  location: string
}

export const NEW_INTERVIEW: InterviewValues = {
  date: '',
  start: '10:00',
  end: '11:00',
  type: 'peer',
  round: '',
  location: ''
}

/** The form's values for an interview that exists. */
export function interviewValues(interview: {
  startAt: string
  endAt: string
  type: InterviewType
  round: number | null
  location: string
}): InterviewValues {
  const starts = isoToLocal(interview.startAt)
  return {
    date: starts.date,
    start: starts.time,
    end: isoToLocal(interview.endAt).time,
    type: interview.type,
    round: interview.round === null ? '' : String(interview.round),
    location: interview.location
  }
}

/** What the form sends (new or edited), or null when the date or a time is missing. */
export function interviewRecord(v: InterviewValues) {
  const startAt = localToIso(v.date, v.start)
  const endAt = localToIso(v.date, v.end)
  if (!startAt || !endAt) return null
  return { startAt, endAt, type: v.type, round: v.round ? Number(v.round) : null, location: v.location }
}

export const INTERVIEW_TIMES_MISSING = 'Enter a date and a start and end time.'

/** The fields of an interview, shared by the new-interview and edit forms; each problem shows by its field. */
export function InterviewFields(props: {
  values: InterviewValues
  problems: FormProblems['fields']
  onChange(patch: Partial<InterviewValues>): void
}) {
  const { values: v, problems: f, onChange } = props
  return (
    <>
      <Field label="Date" problem={f['startAt']}>
        <input type="date" value={v.date} onChange={(e) => onChange({ date: e.target.value })} required />
      </Field>
      <Field label="Starts">
        <input type="time" value={v.start} onChange={(e) => onChange({ start: e.target.value })} required />
      </Field>
      <Field label="Ends" problem={f['endAt']}>
        <input type="time" value={v.end} onChange={(e) => onChange({ end: e.target.value })} required />
      </Field>
      <Field label="Type" problem={f['type']}>
        <select value={v.type} onChange={(e) => onChange({ type: e.target.value as InterviewType })}>
          {INTERVIEW_TYPES.map((t) => (
            <option key={t} value={t}>
              {INTERVIEW_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Round" problem={f['round']}>
        <input
          type="number"
          min={1}
          max={50}
          value={v.round}
          onChange={(e) => onChange({ round: e.target.value })}
        />
      </Field>
      <Field label="Place or link" problem={f['location']}>
        <input value={v.location} onChange={(e) => onChange({ location: e.target.value })} maxLength={500} />
      </Field>
    </>
  )
}
