import { useState } from 'react'
import type { Finding } from '../../../../shared/etiquette/contract'
import { useJournal } from '../../store/journal-store'
import { quoted, type DraftText } from './draft-text'

const SEVERITY_LABELS: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Tip'
}
const FIELD_LABELS: Record<Finding['field'], string> = {
  to: 'To',
  subject: 'subject',
  body: 'body',
  draft: ''
}

interface Props {
  findings: Finding[]
  /** The text the findings were computed for; fixes apply only while the editor still holds it. */
  text: DraftText
  current: boolean
  readOnly: boolean
  onReplace(finding: Finding, replacement: string): void
  onSelect(finding: Finding): void
}

/** The etiquette findings for one draft: those in the text (quoted, with a fix when one exists), then the rest. */
export function FindingList({ findings, text, current, readOnly, onReplace, onSelect }: Props) {
  const inText = findings.filter((f) => f.field !== 'draft')
  const whole = findings.filter((f) => f.field === 'draft')
  const actionable = current && !readOnly
  return (
    <>
      {inText.length > 0 && (
        <ul className="findings" aria-label="Findings in the text">
          {inText.map((f) => (
            <FindingItem
              key={`${f.rule}:${f.field}:${f.start}:${f.end}`}
              finding={f}
              words={quoted(text, f)}
              actionable={actionable}
              onReplace={onReplace}
              onSelect={onSelect}
            />
          ))}
        </ul>
      )}
      {whole.length > 0 && (
        <>
          <h5 className="findings-heading">About the whole note</h5>
          <ul className="findings" aria-label="Findings about the whole note">
            {whole.map((f) => (
              <li
                key={`${f.rule}:${f.start}`}
                className={`finding severity-${f.severity}`}
                data-rule={f.rule}
              >
                <span className="severity">{SEVERITY_LABELS[f.severity]}</span>
                <span className="finding-message">{f.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}

function FindingItem(props: {
  finding: Finding
  words: string
  actionable: boolean
  onReplace(finding: Finding, replacement: string): void
  onSelect(finding: Finding): void
}) {
  const { finding, words, actionable, onReplace, onSelect } = props
  const [suggestions, setSuggestions] = useState<string[] | null>(null)
  const [looking, setLooking] = useState(false)
  const run = useJournal((s) => s.run)
  const patchLocal = useJournal((s) => s.patchLocal)

  // The settings change, so the draft is checked again and the finding goes away.
  async function addToDictionary(word: string) {
    const updated = await run(() => window.api.settings.addWord({ word }))
    if (updated) patchLocal({ settings: updated })
  }

  async function suggest() {
    setLooking(true)
    const result = await window.api.drafts.suggest({ word: words.slice(0, 64) })
    setLooking(false)
    setSuggestions(result.ok ? result.value.suggestions : [])
  }

  return (
    <li className={`finding severity-${finding.severity}`} data-rule={finding.rule}>
      <span className="severity">{SEVERITY_LABELS[finding.severity]}</span>
      <span className="finding-message">
        {words && !finding.message.includes(`“${words}”`) && (
          <button
            type="button"
            className="quote"
            title={`Select it in the ${FIELD_LABELS[finding.field]}`}
            onClick={() => onSelect(finding)}
          >
            “{words}”
          </button>
        )}{' '}
        {finding.message}
      </span>
      {actionable && (
        <span className="finding-actions">
          {finding.fix && (
            <button
              type="button"
              className="small"
              aria-label={`Apply fix: replace “${words}” with “${finding.fix.replacement}”`}
              onClick={() => finding.fix && onReplace(finding, finding.fix.replacement)}
            >
              Apply fix{finding.fix.replacement ? `: “${finding.fix.replacement}”` : ' (remove)'}
            </button>
          )}
          {finding.action?.kind === 'add-to-dictionary' && (
            <button
              type="button"
              className="small secondary"
              aria-label={`Add “${finding.action.word}” to your dictionary`}
              onClick={() => finding.action && void addToDictionary(finding.action.word)}
            >
              Add to dictionary
            </button>
          )}
          {finding.rule === 'spelling' && suggestions === null && (
            <button
              type="button"
              className="small secondary"
              disabled={looking}
              aria-label={`Spelling suggestions for “${words}”`}
              onClick={() => void suggest()}
            >
              {looking ? 'Looking…' : 'Suggestions'}
            </button>
          )}
          {suggestions !== null &&
            (suggestions.length === 0 ? (
              <span className="muted">No suggestions</span>
            ) : (
              suggestions.map((s) => (
                <button
                  key={s}
                  type="button"
                  className="small secondary"
                  aria-label={`Replace “${words}” with “${s}”`}
                  onClick={() => onReplace(finding, s)}
                >
                  {s}
                </button>
              ))
            ))}
        </span>
      )}
    </li>
  )
}
