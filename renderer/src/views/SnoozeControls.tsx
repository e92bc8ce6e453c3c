import type { FollowUpList } from '../../../shared/followup/schema'
import { useJournal } from '../store/journal-store'

/**
 * "Later" for one reminder: snooze (1 hour, this evening, tomorrow morning, as far as they make sense now) or
 * dismiss for good. A native disclosure, so it works from the keyboard; main re-plans and the list reloads.
 */
export function SnoozeControls(props: {
  keys: string[]
  options: FollowUpList['snoozeOptions']
  label: string
}) {
  const run = useJournal((s) => s.run)
  return (
    <details className="snooze">
      <summary aria-label={`Later: ${props.label}`}>Later</summary>
      <div className="snooze-menu" role="group" aria-label={`Snooze ${props.label}`}>
        {props.options.map((option) => (
          <button
            key={option.choice}
            type="button"
            className="secondary"
            onClick={() =>
              void run(() => window.api.reminders.snooze({ keys: props.keys, choice: option.choice }))
            }
          >
            {option.label}
          </button>
        ))}
        {props.keys.length === 1 && (
          <button
            type="button"
            className="secondary"
            onClick={() => void run(() => window.api.reminders.dismiss({ key: props.keys[0]! }))}
          >
            Dismiss
          </button>
        )}
      </div>
    </details>
  )
}
