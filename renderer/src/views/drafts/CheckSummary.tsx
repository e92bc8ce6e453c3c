import type { CheckAnswer } from './use-draft-check'

/** One line over the findings: how many of each severity, or that the note reads well. */
export function CheckSummary({ answer, current }: { answer: CheckAnswer | null; current: boolean }) {
  if (!answer) return <h4 className="check-summary">Checking…</h4>
  const count = (severity: string) => answer.findings.filter((f) => f.severity === severity).length
  const parts = [
    [count('error'), 'error', 'errors'],
    [count('warning'), 'warning', 'warnings'],
    [count('info'), 'tip', 'tips']
  ] as const
  const words = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
  return (
    <h4 className="check-summary" aria-busy={!current}>
      {words.length === 0 ? 'No problems found' : words.join(', ')}
    </h4>
  )
}
