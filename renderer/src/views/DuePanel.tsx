import { useEffect, useState } from 'react'
import type { DueItem } from '../../../shared/followup/schema'
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
      {list.due.length === 0 ? (
        <p className="muted">Nothing due: everyone you met has heard from you on time.</p>
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
