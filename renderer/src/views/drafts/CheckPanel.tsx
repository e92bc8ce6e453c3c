import type { Finding } from '../../../../shared/etiquette/contract'
import { CheckSummary } from './CheckSummary'
import { textKey, type DraftText } from './draft-text'
import { FindingList } from './FindingList'
import type { CheckAnswer } from './use-draft-check'

/** The etiquette check beside the editor: a summary line, the dictionary's state, and the findings with fixes. */
export function CheckPanel({
  answer,
  problem,
  text,
  onReplace,
  onSelect
}: {
  answer: CheckAnswer | null
  problem: string | null
  text: DraftText
  onReplace(finding: Finding, replacement: string): void
  onSelect(finding: Finding): void
}) {
  const current = answer !== null && textKey(answer.text) === textKey(text)
  return (
    <aside className="editor-check" aria-label="Etiquette check">
      <CheckSummary answer={answer} current={current} />
      {answer?.spelling === 'loading' && (
        <p className="note">The dictionary is still loading; spelling is checked in a moment.</p>
      )}
      {answer?.spelling === 'unavailable' && (
        <p className="note">Spelling cannot be checked: the dictionary could not be loaded.</p>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          The check failed: {problem}
        </p>
      )}
      {answer && (
        <FindingList
          findings={answer.findings}
          text={answer.text}
          current={current}
          readOnly={false}
          onReplace={onReplace}
          onSelect={onSelect}
        />
      )}
    </aside>
  )
}
