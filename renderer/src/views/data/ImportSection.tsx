import { useState } from 'react'
import type { ResponseOf } from '../../../../shared/ipc/contract'

type Choice = ResponseOf<'data:chooseImport'>
type Preview = NonNullable<Choice['merge']>
type Mode = Preview['mode']

const COLLECTION_LABELS: Record<string, string> = {
  applications: 'Applications',
  interviews: 'Interviews',
  people: 'People',
  meetings: 'Meetings',
  notes: 'Notes',
  contactLog: 'Contact log',
  drafts: 'Drafts'
}
const MODE_TEXT: Record<Mode, { title: string; explain: string }> = {
  merge: {
    title: 'Merge',
    explain: 'Keep your journal; add what is new in the file and update what changed.'
  },
  replace: { title: 'Replace', explain: 'The file replaces your journal; anything not in it is removed.' }
}

type State =
  | { step: 'idle' }
  | { step: 'choosing' }
  | { step: 'preview'; choice: Choice & { token: string }; mode: Mode }
  | { step: 'importing' }
  | { step: 'done'; preview: Preview }
  | { step: 'failed'; message: string }

/** Import a journal file: main reads it and previews both modes; nothing changes until the user confirms one. */
export function ImportSection() {
  const [state, setState] = useState<State>({ step: 'idle' })

  async function choose() {
    setState({ step: 'choosing' })
    const answer = await window.api.data.chooseImport()
    if (!answer.ok) return setState({ step: 'failed', message: answer.error.message })
    const { token } = answer.value
    if (token === null) return setState({ step: 'idle' }) // the user cancelled the dialog
    setState({ step: 'preview', choice: { ...answer.value, token }, mode: 'merge' })
  }

  async function confirm(token: string, mode: Mode) {
    setState({ step: 'importing' })
    const answer = await window.api.data.import({ token, mode })
    setState(
      answer.ok ? { step: 'done', preview: answer.value } : { step: 'failed', message: answer.error.message }
    )
  }

  return (
    <section className="card" aria-labelledby="data-import">
      <h3 id="data-import">Import</h3>
      <p className="muted">
        Bring in a journal exported from Afterword. You see what would change before anything does.
      </p>
      {state.step !== 'preview' && (
        <button
          type="button"
          disabled={state.step === 'choosing' || state.step === 'importing'}
          onClick={() => void choose()}
        >
          Import…
        </button>
      )}
      {state.step === 'failed' && (
        <p className="form-problem" role="alert">
          This file could not be imported: {state.message} Your journal was not changed.
        </p>
      )}
      {state.step === 'done' && (
        <p className="test-ok" role="status">
          Imported ({MODE_TEXT[state.preview.mode].title.toLowerCase()}): {totals(state.preview)}.
        </p>
      )}
      {state.step === 'preview' && (
        <div className="import-preview" role="group" aria-label={`Import ${state.choice.fileName}`}>
          <p>
            <strong>{state.choice.fileName}</strong>: choose how to import it.
          </p>
          <div className="modes">
            {(['merge', 'replace'] as const).map((mode) => {
              const preview = state.choice[mode]
              if (!preview) return null
              return (
                <div key={mode} className={state.mode === mode ? 'mode selected' : 'mode'}>
                  <label className="mode-title">
                    <input
                      type="radio"
                      name="import-mode"
                      value={mode}
                      checked={state.mode === mode}
                      onChange={() => setState({ ...state, mode })}
                    />
                    {MODE_TEXT[mode].title}
                  </label>
                  <span className="muted">{MODE_TEXT[mode].explain}</span>
                  <PreviewTable preview={preview} />
                  {preview.settingsChanged && (
                    <span className="muted">Your settings are replaced by the file’s too.</span>
                  )}
                </div>
              )
            })}
          </div>
          <div className="button-row">
            <button type="button" onClick={() => void confirm(state.choice.token, state.mode)}>
              {state.mode === 'merge' ? 'Merge into my journal' : 'Replace my journal'}
            </button>
            <button type="button" className="secondary" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  )
}

function totals(preview: Preview): string {
  const { added, updated, removed } = preview.totals
  return `${added} added, ${updated} updated, ${removed} removed`
}

function PreviewTable({ preview }: { preview: Preview }) {
  const rows = Object.entries(preview.collections).filter(
    ([, c]) => c.added + c.updated + c.removed + c.unchanged > 0
  )
  return (
    <table className="preview-table" aria-label={`${MODE_TEXT[preview.mode].title} preview`}>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">Added</th>
          <th scope="col">Updated</th>
          <th scope="col">Removed</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, c]) => (
          <tr key={name}>
            <th scope="row">{COLLECTION_LABELS[name] ?? name}</th>
            <td>{c.added}</td>
            <td>{c.updated}</td>
            <td>{c.removed}</td>
          </tr>
        ))}
        <tr className="total">
          <th scope="row">Total</th>
          <td>{preview.totals.added}</td>
          <td>{preview.totals.updated}</td>
          <td>{preview.totals.removed}</td>
        </tr>
      </tbody>
    </table>
  )
}
