import type { PolishState } from './use-polish'

/** The LLM's streamed text while it polishes, with Cancel; or why polishing failed (the draft is unchanged). */
export function PolishPanel({
  state,
  onCancel,
  onDismiss
}: {
  state: PolishState
  onCancel(): void
  onDismiss(): void
}) {
  if (state.phase === 'idle') return null
  return (
    <section className="polish" aria-label="LLM preview">
      {state.phase === 'running' ? (
        <>
          <header className="polish-header">
            <span role="status">The LLM is polishing your note…</span>
            <button type="button" className="secondary small" onClick={onCancel}>
              Cancel
            </button>
          </header>
          <pre className="polish-preview" aria-label="Streamed text">
            {state.preview || ' '}
          </pre>
        </>
      ) : (
        <>
          <p role="alert" className="form-problem">
            {state.cancelled
              ? 'Polishing was cancelled. Your draft is unchanged.'
              : `Polishing failed: ${state.message}${/unchanged/i.test(state.message) ? '' : ' Your draft is unchanged.'}`}
          </p>
          <button type="button" className="secondary small" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </section>
  )
}
