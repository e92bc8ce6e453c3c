import { useEffect, useState } from 'react'
import type { ResponseOf } from '../../../../shared/ipc/contract'
import { useInvite } from './invite-store'
import { InvitePreview } from './InvitePreview'

export type Preview = ResponseOf<'calendar:preview'>
type Pick = { eventIndex: number; occurrence: string | null }

/**
 * Import an interview from its calendar invite: paste its text, open an .ics file, or drop one on the window;
 * then a preview the user confirms. Nothing is written before Confirm.
 */
export function InviteImport() {
  const { open, text, source, problem, setText, close } = useInvite()
  const [pasted, setPasted] = useState('')
  const [openError, setOpenError] = useState<string | null>(null)
  if (!open) return null
  async function openFile() {
    const answer = await window.api.calendar.openInvite({})
    if (!answer.ok) return setOpenError(answer.error.message)
    setOpenError(null)
    if (answer.value.text !== null) setText(answer.value.text, answer.value.fileName)
  }
  return (
    <section className="card invite-import" aria-label="Import an invite">
      <div className="invite-head">
        <h2>Add an interview from its invite</h2>
        <button type="button" className="link" onClick={close}>
          Close
        </button>
      </div>
      {!text && (
        <div className="form">
          <p className="muted">
            Drop an invite (.ics) on the window, open one, or paste the invite’s text (many mail clients let
            you copy it).
          </p>
          <label>
            Invite text
            <textarea
              rows={6}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
              placeholder="BEGIN:VCALENDAR…"
            />
          </label>
          <div className="button-row">
            <button type="button" disabled={!pasted.trim()} onClick={() => setText(pasted, 'pasted text')}>
              Preview
            </button>
            <button type="button" className="secondary" onClick={() => void openFile()}>
              Open invite…
            </button>
          </div>
        </div>
      )}
      {source && <p className="muted">From {source}</p>}
      {(problem ?? openError) && (
        <p className="form-problem" role="alert">
          {problem ?? openError}
        </p>
      )}
      {text && (
        <InviteLoader key={`${source}|${text.length}|${text.slice(0, 200)}`} text={text} onDone={close} />
      )}
    </section>
  )
}

/** Asks main for the preview of the text (again when the user picks another event or occurrence). */
function InviteLoader({ text, onDone }: { text: string; onDone(): void }) {
  const [pick, setPick] = useState<Pick>({ eventIndex: 0, occurrence: null })
  const [version, setVersion] = useState(0)
  const [result, setResult] = useState<{ key: string; preview?: Preview; error?: string } | null>(null)
  const key = `${pick.eventIndex}|${pick.occurrence}|${version}`

  useEffect(() => {
    let live = true
    void window.api.calendar.preview({ text, ...pick }).then((answer) => {
      if (!live) return
      setResult(answer.ok ? { key, preview: answer.value } : { key, error: answer.error.message })
    })
    return () => void (live = false)
  }, [text, pick, key])

  const current = result?.key === key ? result : null
  if (!current) return <p className="muted">Reading the invite…</p>
  if (current.error) {
    return (
      <p className="form-problem" role="alert">
        {current.error}
      </p>
    )
  }
  if (!current.preview) return null
  return (
    <InvitePreview
      key={key}
      text={text}
      preview={current.preview}
      pick={pick}
      onPick={setPick}
      onSettingsChanged={() => setVersion((v) => v + 1)}
      onDone={onDone}
    />
  )
}
