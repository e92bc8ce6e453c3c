import { useEffect } from 'react'
import type { DueItem } from '../../../shared/followup/schema'
import { targetOf } from '../../../shared/followup/target'
import { useJournal } from '../store/journal-store'

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
  const openFollowUp = useJournal((s) => s.openFollowUp)

  useEffect(() => window.api.on('reminders:open', (target) => void openFollowUp(target)), [openFollowUp])

  if (!list) return null
  return (
    <section className="due-panel card" aria-label="Due now">
      <h2>Due now</h2>
      {list.due.length === 0 ? (
        <p className="muted">Nothing due: everyone you met has heard from you on time.</p>
      ) : (
        <ul className="due-list">
          {list.due.map((item) => (
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
            </li>
          ))}
        </ul>
      )}
      {list.stopped.map((note) => (
        <p key={`${note.applicationId}:${note.personId}`} className="due-stop">
          {note.reason}
        </p>
      ))}
    </section>
  )
}
