import type { LlmMode, SendPreview as Preview } from './use-proposal'

const ROLE_LABELS: Record<string, string> = { system: 'Instructions', user: 'Your facts and notes' }

/** "What will be sent": the endpoint, the model and the exact messages, before anything leaves the computer. */
export function SendPreview({
  mode,
  preview,
  asked,
  onSend,
  onClose
}: {
  mode: LlmMode
  preview: Preview
  asked: boolean
  onSend(): void
  onClose(): void
}) {
  return (
    <section className="proposal" aria-label="What will be sent">
      <header className="proposal-header">
        <strong>What will be sent</strong>
        <span className="muted">
          to {preview.endpoint} ({preview.model})
        </span>
      </header>
      <p className="muted">
        {asked ? 'This is the first request to this server. ' : ''}
        Only this text is sent: no contacts, no other people or companies, no notes you marked private.
      </p>
      {preview.messages.map((m, i) => (
        <details key={i} open={m.role === 'user'}>
          <summary>{ROLE_LABELS[m.role] ?? m.role}</summary>
          <pre className="polish-preview">{m.content}</pre>
        </details>
      ))}
      <div className="button-row">
        <button type="button" onClick={onSend}>
          {mode === 'write' ? 'Send and write' : 'Send and polish'}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </section>
  )
}
