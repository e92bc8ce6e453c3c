import { useMemo, useState, type FormEvent } from 'react'
import { CHANNELS, type CONTACT_EVENT_KINDS } from '../../../../shared/model/constants'
import type { ContactEvent } from '../../store/cache'
import { useJournal } from '../../store/journal-store'
import { deleteWithUndo } from '../../ui/delete-with-undo'
import { formatDate, isoToLocal, localToIso } from '../../lib/datetime'
import { NO_PROBLEMS, submitForm } from '../../lib/submit'
import { Field, FormFooter } from './Field'

type Channel = (typeof CHANNELS)[number]
const KIND_WORDS: Record<(typeof CONTACT_EVENT_KINDS)[number], string> = {
  'thank-you-sent': 'Thank-you sent',
  'check-in-sent': 'Check-in sent',
  'reply-received': 'Reply received'
}
const CHANNEL_WORDS: Record<Channel, string> = {
  email: 'by email',
  linkedin: 'on LinkedIn',
  handwritten: 'handwritten',
  phone: 'by phone',
  other: 'another way'
}

/** What was sent to and heard from one person after one interview, each entry correctable or deletable. */
export function ContactHistory(props: { personId: string; interviewId: string }) {
  const log = useJournal((s) => s.detail?.contactLog)
  const events = useMemo(
    () =>
      Object.values(log ?? {})
        .filter((e) => e.personId === props.personId && e.interviewId === props.interviewId)
        .sort((a, b) => a.at.localeCompare(b.at)),
    [log, props.personId, props.interviewId]
  )
  if (events.length === 0) return null
  return (
    <details className="contact-history">
      <summary>History ({events.length})</summary>
      <ul>
        {events.map((e) => (
          <ContactItem key={e.id} event={e} />
        ))}
      </ul>
    </details>
  )
}

function ContactItem({ event }: { event: ContactEvent }) {
  const [editing, setEditing] = useState(false)
  const words = `${KIND_WORDS[event.kind]} ${formatDate(event.at)} ${CHANNEL_WORDS[event.channel]}`
  if (editing) return <EditContact event={event} onDone={() => setEditing(false)} />
  return (
    <li>
      <span>{words}</span>
      <button
        type="button"
        className="link"
        aria-label={`Correct: ${words}`}
        onClick={() => setEditing(true)}
      >
        Correct
      </button>
      <button
        type="button"
        className="link"
        aria-label={`Delete: ${words}`}
        onClick={() =>
          void deleteWithUndo(window.api, `“${words}”`, () => window.api.contacts.delete({ id: event.id }))
        }
      >
        ×
      </button>
    </li>
  )
}

function EditContact({ event, onDone }: { event: ContactEvent; onDone: () => void }) {
  const patchLocal = useJournal((s) => s.patchLocal)
  const when = isoToLocal(event.at)
  const [date, setDate] = useState(when.date)
  const [channel, setChannel] = useState<Channel>(event.channel)
  const [problems, setProblems] = useState(NO_PROBLEMS)

  async function save(e: FormEvent) {
    e.preventDefault()
    const at = localToIso(date, when.time)
    if (!at) return setProblems({ fields: { at: 'Enter a date' }, form: null })
    const answer = await submitForm(() =>
      window.api.contacts.update({ id: event.id, patch: { at, channel } })
    )
    if (!answer.ok) return setProblems(answer.problems)
    patchLocal({ put: { contactLog: [answer.value] } })
    onDone()
  }

  return (
    <li>
      <form
        className="form grid-form edit-form"
        onSubmit={save}
        aria-label={`Correct ${KIND_WORDS[event.kind]}`}
      >
        <Field label="Date" problem={problems.fields['at']}>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </Field>
        <Field label="How" problem={problems.fields['channel']}>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_WORDS[c]}
              </option>
            ))}
          </select>
        </Field>
        <FormFooter problem={problems.form} onCancel={onDone} />
      </form>
    </li>
  )
}
