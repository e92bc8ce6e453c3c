import { useEffect, useState } from 'react'
import type { DueItem, MissedThankYou } from '../../../shared/followup/schema'
import { targetOf } from '../../../shared/followup/target'
import { useJournal } from '../store/journal-store'
import { useCapture } from '../store/capture-store'
import { SnoozeControls } from './SnoozeControls'

/** The most urgent few are shown; the rest one click away (a long search can owe dozens of thank-yous). */
const FIRST_SHOWN = 8

function actionLabel(item: DueItem): string {
  return item.kind === 'thank-you' ? `Thank ${item.personName}` : `Check in with ${item.personName}`
}

/**
 * The top of the journal: who to thank and who to check in with now, most urgent first, each one click from that
 * person's draft; and, quietly, who not to follow up with again. Main computes the list (its clock, its journal);
 * the list arrives with each change that moves it (and again when a reminder falls due), and the panel opens the
 * draft a clicked notification or tray item names.
 */
export function DuePanel() {
  const list = useJournal((s) => s.due)
  const [showAll, setShowAll] = useState(false)
  const openFollowUp = useJournal((s) => s.openFollowUp)
  const openCapture = useCapture((s) => s.open)
  const applications = useJournal((s) => s.list.total)

  useEffect(() => window.api.on('reminders:open', (target) => void openFollowUp(target)), [openFollowUp])

  if (!list) return null
  return (
    <section className="due-panel card" aria-label="Due now">
      <h2>Due now</h2>
      {list.captures.map((prompt) => (
        <div key={prompt.key} className="due-capture">
          <span>
            How did the {prompt.interviewPhrase} at {prompt.company} go? Note what you talked about while it
            is fresh.
          </span>
          <button type="button" onClick={() => openCapture(prompt.interviewId, prompt.applicationId)}>
            Note it now
          </button>
          <SnoozeControls
            keys={[prompt.key]}
            options={list.snoozeOptions}
            label={`the ${prompt.company} notes`}
          />
        </div>
      ))}
      {list.missed.length > 0 && (
        <ul className="missed-list" aria-label="Missed thank-yous">
          {list.missed.map((item) => (
            <MissedLine key={item.key} item={item} />
          ))}
        </ul>
      )}
      {list.missedMore > 0 && (
        <p className="muted missed-more">
          {list.missedMore === 1
            ? '1 older missed thank-you is not listed; it shows here once you dismiss one above.'
            : `${list.missedMore.toLocaleString()} older missed thank-yous are not listed; they show here as you dismiss the ones above.`}
        </p>
      )}
      {list.due.length === 0 ? (
        <NothingDue applications={applications} />
      ) : (
        <ul className="due-list">
          {(showAll ? list.due : list.due.slice(0, FIRST_SHOWN)).map((item) => (
            <li key={item.key} className={item.overdue ? 'due-item overdue' : 'due-item'}>
              <span className="due-reason">{item.reason}</span>
              {item.kind === 'thank-you' && (
                <span className="muted due-where">
                  {item.role} at {item.company}
                </span>
              )}
              {item.overdue && <span className="pill pill-overdue">Overdue</span>}
              <button
                type="button"
                className={item.kind === 'thank-you' ? '' : 'secondary'}
                onClick={() => void openFollowUp(targetOf(item))}
              >
                {actionLabel(item)}
              </button>
              <SnoozeControls keys={[item.key]} options={list.snoozeOptions} label={actionLabel(item)} />
            </li>
          ))}
        </ul>
      )}
      {list.heldUntil && list.due.length > 0 && (
        <p className="muted due-held">Quiet hours: notifications wait, this list shows everything.</p>
      )}
      {list.snoozed.length > 0 && (
        <ul className="due-snoozed" aria-label="Snoozed">
          {list.snoozed.map((item) => (
            <li key={item.key} className="muted">
              {item.reason}
            </li>
          ))}
        </ul>
      )}
      {list.due.length > FIRST_SHOWN && (
        <button type="button" className="link" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show the most urgent only' : `Show all ${list.due.length}`}
        </button>
      )}
      {list.stopped.map((note) => (
        <p key={`${note.applicationId}:${note.personId}`} className="due-stop">
          {note.reason}
        </p>
      ))}
    </section>
  )
}

/**
 * An empty list says only what is true: a new journal has nobody to thank yet (so it says what to do first), and a
 * journal with applications has nothing due right now (it does not claim every thank-you went out on time).
 */
function NothingDue({ applications }: { applications: number }) {
  if (applications === 0) {
    return (
      <p className="muted due-empty">
        Nothing to follow up yet. Add an application (New application, or Ctrl+N), then the interview and the
        people you met: Afterword tells you who to thank and when.
      </p>
    )
  }
  return <p className="muted due-empty">Nothing due right now.</p>
}

/** A thank-you never sent and past its give-up time: said plainly, with a late note one click away. */
function MissedLine({ item }: { item: MissedThankYou }) {
  const openFollowUp = useJournal((s) => s.openFollowUp)
  const run = useJournal((s) => s.run)
  const { applicationId, interviewId, personId } = item
  return (
    <li className="due-item missed">
      <span className="due-reason">{item.reason}</span>
      <span className="muted due-where">
        {item.role} at {item.company}
      </span>
      <button
        type="button"
        className="secondary"
        onClick={() => void openFollowUp({ applicationId, interviewId, personId, kind: 'thank-you' })}
      >
        Write a late note
      </button>
      <button
        type="button"
        className="link"
        aria-label={`Dismiss: ${item.reason}`}
        onClick={() => void run(() => window.api.reminders.dismiss({ key: item.key }))}
      >
        Dismiss
      </button>
    </li>
  )
}
