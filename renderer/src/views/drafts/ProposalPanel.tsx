import type { DraftText } from './draft-text'
import type { Proposal, ProposalState } from './use-proposal'

/** What each reason for rejecting a proposal means, in the user's words. */
const REASON_LABELS: Record<string, string> = {
  empty: 'The answer was empty',
  'too-long': 'Too long',
  placeholder: 'An unfilled placeholder',
  markdown: 'Markdown formatting',
  'invented-url': 'A link you did not give',
  'invented-email': 'An e-mail address you did not give',
  'invented-phone': 'A phone number you did not give',
  'invented-figure': 'A figure that is not in your notes',
  'invented-name': 'A name that is not in your notes',
  'other-company': 'Another company’s name',
  'private-note': 'Something from a note you marked private',
  etiquette: 'Etiquette'
}
const MODE_LABELS = { write: 'Write with AI', polish: 'Polish' } as const

function Verdict({ proposal }: { proposal: Proposal }) {
  if (proposal.accepted)
    return (
      <p className="verdict verdict-ok" role="status">
        Passed every check{proposal.attempts > 1 ? ' after one correction' : ''}.
      </p>
    )
  return (
    <div className="verdict verdict-bad" role="alert">
      <p>
        Not accepted by the checks{proposal.attempts > 1 ? ', even after one correction' : ''}. It was not
        saved.
      </p>
      <ul aria-label="Why the proposal was not accepted">
        {proposal.rejected.map((r, i) => (
          <li key={i}>
            <strong>{REASON_LABELS[r.reason] ?? r.reason}:</strong>{' '}
            {r.reason === 'etiquette' ? r.detail.replace(/^[a-z.-]+: /, '') : r.detail}
          </li>
        ))}
      </ul>
    </div>
  )
}

function SideBySide({ current, proposal }: { current: DraftText; proposal: Proposal }) {
  return (
    <div className="side-by-side">
      <figure>
        <figcaption>Your draft</figcaption>
        <pre aria-label="Your draft">{`Subject: ${current.subject}\n\n${current.body}`}</pre>
      </figure>
      <figure>
        <figcaption>Proposal</figcaption>
        <pre aria-label="Proposal">{`Subject: ${proposal.subject}\n\n${proposal.body}`}</pre>
      </figure>
    </div>
  )
}

/**
 * The LLM's proposal beside the current draft: streamed while it is written, then validated with its findings.
 * Accept saves it as a revision (Undo takes it back); Discard leaves the draft as it is.
 */
export function ProposalPanel({
  state,
  current,
  onCancel,
  onAccept,
  onDiscard
}: {
  state: ProposalState
  current: DraftText
  onCancel(): void
  onAccept(proposal: Proposal): void
  onDiscard(): void
}) {
  if (state.phase === 'idle' || state.phase === 'preview') return null
  const title = MODE_LABELS[state.mode]
  return (
    <section className="proposal" aria-label="AI proposal">
      {state.phase === 'running' && (
        <>
          <header className="proposal-header">
            <span role="status">
              {state.attempt > 1 ? `${title}: correcting the first answer…` : `${title}: the AI is writing…`}
            </span>
            <button type="button" className="secondary small" onClick={onCancel}>
              Cancel
            </button>
          </header>
          <p className="muted">You can keep editing your draft; nothing changes until you accept.</p>
          <pre className="polish-preview" aria-label="Streamed text">
            {state.streamed || ' '}
          </pre>
        </>
      )}
      {state.phase === 'failed' && (
        <>
          <p role="alert" className="form-problem">
            {state.cancelled
              ? 'The request was cancelled. Your draft is unchanged.'
              : `${title} failed: ${state.message} Your draft is unchanged; “Rewrite from notes” works offline.`}
          </p>
          <button type="button" className="secondary small" onClick={onDiscard}>
            Dismiss
          </button>
        </>
      )}
      {state.phase === 'ready' && (
        <>
          <header className="proposal-header">
            <strong>{title}: proposal</strong>
          </header>
          <Verdict proposal={state.proposal} />
          <SideBySide current={current} proposal={state.proposal} />
          <div className="button-row">
            <button
              type="button"
              className={state.proposal.accepted ? '' : 'secondary'}
              onClick={() => onAccept(state.proposal)}
            >
              {state.proposal.accepted ? 'Accept' : 'Accept anyway'}
            </button>
            <button type="button" className="secondary" onClick={onDiscard}>
              Discard
            </button>
          </div>
        </>
      )}
    </section>
  )
}
