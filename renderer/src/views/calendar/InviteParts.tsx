import type { Preview } from './InviteImport'
import { formatDateTime, formatTime, userTimeZone } from '../../lib/datetime'

/** When, in the invite's own zone, and in the user's when that differs. */
export function When({ event }: { event: Preview['event'] }) {
  const local = userTimeZone()
  const span = (timeZone: string) =>
    `${formatDateTime(event.start, { timeZone })}–${formatTime(event.end, { timeZone })}`
  return (
    <p>
      <strong>{span(event.timeZone)}</strong> ({event.timeZone})
      {local !== event.timeZone && <span className="muted"> · {span(local)} your time</span>}
      {event.occurrences > 1 && <span className="muted"> · one of {event.occurrences} in a series</span>}
    </p>
  )
}

/** Which event of a file with several, and which occurrence of a series. */
export function EventPicker(props: {
  preview: Preview
  pick: { eventIndex: number; occurrence: string | null }
  onPick(pick: { eventIndex: number; occurrence: string | null }): void
}) {
  const { events, event } = props.preview
  return (
    <>
      {events.length > 1 && (
        <label>
          This file has {events.length} events; import
          <select
            value={props.pick.eventIndex}
            onChange={(e) => props.onPick({ eventIndex: Number(e.target.value), occurrence: null })}
          >
            {events.map((e, i) => (
              <option key={i} value={i}>
                {e.title} — {formatDateTime(e.start, { timeZone: event.timeZone })}
              </option>
            ))}
          </select>
        </label>
      )}
      {event.occurrenceList.length > 1 && (
        <label>
          Occurrence
          <select
            value={event.start}
            onChange={(e) => props.onPick({ eventIndex: props.pick.eventIndex, occurrence: e.target.value })}
          >
            {event.occurrenceList.map((o) => (
              <option key={o.start} value={o.start}>
                {formatDateTime(o.start, { timeZone: event.timeZone })}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  )
}

const FIELD_LABELS: Record<string, string> = {
  start: 'Start',
  end: 'End',
  timeZone: 'Time zone',
  location: 'Place',
  status: 'Status'
}

/** What Confirm will do, in words, with the changes of an update. */
export function ActionNote({ proposal }: { proposal: Preview['proposal'] }) {
  const notes: Record<Preview['proposal']['action'], string> = {
    create: 'Confirm adds this interview.',
    update: 'This invite updates an interview already in your journal:',
    unchanged: 'This interview is already in your journal, unchanged.',
    outdated: 'This invite is older than the one already imported: nothing to change.',
    cancel:
      'This invite cancels an interview in your journal: it will be marked cancelled, and no thank-you falls due.',
    'cancel-missing': 'This invite cancels an interview that is not in your journal: nothing to do.'
  }
  const show = (field: string, value: string) =>
    (field === 'start' || field === 'end') && value ? formatDateTime(value) : value || '—'
  return (
    <div className={`invite-action invite-${proposal.action}`} role="status">
      <p>{notes[proposal.action]}</p>
      {proposal.changes.length > 0 && (
        <ul>
          {proposal.changes.map((c) => (
            <li key={c.field}>
              {FIELD_LABELS[c.field] ?? c.field}: {show(c.field, c.from)} → {show(c.field, c.to)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
