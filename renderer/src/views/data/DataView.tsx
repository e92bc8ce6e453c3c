import { useState } from 'react'
import { useJournal } from '../../store/journal-store'
import { ImportSection } from './ImportSection'
import { CalendarExportSection } from '../calendar/CalendarExport'

type Export = 'json' | 'applications' | 'interviews'
type ExportResult = { what: Export; path: string | null } | { what: Export; error: string }

const EXPORT_LABELS: Record<Export, string> = {
  json: 'Journal',
  applications: 'Applications CSV',
  interviews: 'Interviews CSV'
}

/** The export buttons, the first one primary. */
const EXPORTS: ReadonlyArray<[Export, string]> = [
  ['json', 'Export journal (JSON)'],
  ['applications', 'Export applications CSV'],
  ['interviews', 'Export interviews CSV']
]

/** The user's data as files: export (JSON for a backup or another computer, CSV for a spreadsheet) and import. */
export function DataView() {
  const dataDir = useJournal((s) => s.info?.dataDir)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<ExportResult | null>(null)

  async function exportAs(what: Export) {
    setBusy(true)
    setResult(null)
    const answer =
      what === 'json' ? await window.api.data.exportJson() : await window.api.data.exportCsv({ what })
    setBusy(false)
    setResult(answer.ok ? { what, path: answer.value.path } : { what, error: answer.error.message })
  }

  return (
    <main className="page" aria-label="Data">
      <h2>Your data</h2>
      <section className="card" aria-labelledby="data-export">
        <h3 id="data-export">Export</h3>
        <p className="muted">
          Your journal lives on this computer{dataDir ? ` (in ${dataDir})` : ''}. Export it to keep a copy or
          to move it; export a CSV to open your applications or interviews in a spreadsheet.
        </p>
        <div className="button-row">
          {EXPORTS.map(([what, label], i) => (
            <button
              key={what}
              type="button"
              className={i === 0 ? undefined : 'secondary'}
              disabled={busy}
              onClick={() => void exportAs(what)}
            >
              {label}
            </button>
          ))}
        </div>
        {result && (
          <p
            className={'error' in result ? 'form-problem' : 'test-ok'}
            role="status"
            aria-label="Export result"
          >
            {'error' in result
              ? `The export failed: ${result.error}`
              : result.path
                ? `${EXPORT_LABELS[result.what]} saved to ${result.path}`
                : 'Export cancelled; nothing was written.'}
          </p>
        )}
      </section>
      <ImportSection />
      <CalendarExportSection />
    </main>
  )
}
