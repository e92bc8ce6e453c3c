import type { LlmMode } from './use-proposal'
import type { DraftText } from './draft-text'
import { Handoff } from './Handoff'

/** The editor's buttons: copy, mark as sent, the optional AI (write, polish, what will be sent), offline rewrite. */
export function DraftActions({
  sent,
  busy,
  llmReady,
  copied,
  canUndoAi,
  onCopy,
  onMarkSent,
  onAi,
  onPreview,
  onUndoAi,
  onRewrite,
  text
}: {
  sent: boolean
  busy: boolean
  llmReady: boolean
  copied: boolean
  canUndoAi: boolean
  onCopy(): void
  onMarkSent(): void
  onAi(mode: LlmMode): void
  onPreview(): void
  onUndoAi(): void
  onRewrite(): void
  /** The editor's live text for the hand-off (without it, the last saved text). */
  text?: DraftText
}) {
  return (
    <div className="button-row">
      <button type="button" onClick={onCopy}>
        Copy
      </button>
      {copied && (
        <span className="muted" role="status">
          Copied
        </span>
      )}
      {!sent && (
        <>
          <Handoff {...(text ? { text } : {})} busy={busy} onMarkSent={onMarkSent} />
          {llmReady && (
            <>
              <button type="button" className="secondary" disabled={busy} onClick={() => onAi('write')}>
                Write with AI
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => onAi('polish')}>
                Polish
              </button>
              <button type="button" className="link" disabled={busy} onClick={onPreview}>
                What will be sent
              </button>
            </>
          )}
          {canUndoAi && (
            <button type="button" className="secondary" disabled={busy} onClick={onUndoAi}>
              Undo AI text
            </button>
          )}
          <button
            type="button"
            className="secondary"
            disabled={busy}
            title="Writes a fresh draft from your notes, offline; the current text is kept in the draft's history."
            onClick={onRewrite}
          >
            Rewrite from notes
          </button>
        </>
      )}
    </div>
  )
}
