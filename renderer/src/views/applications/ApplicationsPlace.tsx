import { ApplicationList, ListFilters, NewApplicationButton } from '../ApplicationList'
import { Board } from './Board'
import { useApplicationsMode, type ApplicationsMode } from './view-mode'

const MODES: Array<{ mode: ApplicationsMode; label: string }> = [
  { mode: 'board', label: 'Board' },
  { mode: 'list', label: 'List' }
]

/**
 * The Applications place: every application, as a board by status or as a list (the choice is remembered), with
 * the filters (they narrow both) and "New application". Full width: the board needs it.
 */
export function ApplicationsPlace() {
  const mode = useApplicationsMode((s) => s.mode)
  const setMode = useApplicationsMode((s) => s.setMode)
  return (
    <main className="applications-place" aria-label="Applications">
      <div className="place-toolbar">
        <h2>Applications</h2>
        <div className="segmented" role="group" aria-label="Show as">
          {MODES.map((m) => (
            <button
              key={m.mode}
              type="button"
              className={m.mode === mode ? 'segment selected' : 'segment'}
              aria-pressed={m.mode === mode}
              onClick={() => setMode(m.mode)}
            >
              {m.label}
            </button>
          ))}
        </div>
        <ListFilters />
        <NewApplicationButton className="new-application" />
      </div>
      {mode === 'board' ? <Board /> : <ApplicationList variant="wide" />}
    </main>
  )
}
