import type { SearchMatch } from '../../../../shared/ipc/contract'
import { PrivateLabel } from './PrivateLabel'

/**
 * Why a listed application matched the search when its company and role did not: "Jane Doe: …billing to event
 * sourcing…" for a note (a lock label when the note is private), "Met José Álvarez, Head of Platform" for a person.
 * Used by the list's rows (and the board's cards).
 */
export function MatchLine({ match }: { match: SearchMatch }) {
  const text =
    match.kind === 'note'
      ? `${match.personName ? `${match.personName}: ` : ''}${match.snippet}`
      : `Met ${match.personName}${match.snippet ? `, ${match.snippet}` : ''}`
  return (
    <span className="app-match muted">
      {match.private && <PrivateLabel />}
      {text}
    </span>
  )
}
