import { useId, useRef, useState } from 'react'
import type { Finding } from '../../../../shared/etiquette/contract'
import { CHANNELS, type Draft } from '../../../../shared/model/journal'
import { useJournal, type Editing } from '../../store/journal-store'
import { KIND_LABELS } from '../../lib/drafts'
import { formatMoment } from '../../lib/format'
import { replaceRange, textKey, textOf, type DraftText, type TextField } from './draft-text'
import { useAutosave, type SaveStatus } from './use-autosave'
import { useDraftCheck } from './use-draft-check'
import { usePolish } from './use-polish'
import { FindingList } from './FindingList'
import { HighlightedTextarea } from './HighlightedTextarea'
import { PolishPanel } from './PolishPanel'
import { CheckSummary } from './CheckSummary'
import { LeftOutNotes } from './LeftOutNotes'
import { notesListId } from '../PersonCard'

const CHANNEL_LABELS: Record<Draft['channel'], string> = {
  email: 'Email',
  linkedin: 'LinkedIn message',
  handwritten: 'Handwritten card',
  phone: 'Phone',
  other: 'Other'
}
const SAVE_LABELS: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved'
}

/** The newer of two versions of one draft (the store's cache may be ahead of the record the editor opened). */
function newer(a: Draft, b: Draft | undefined): Draft {
  return b && b.updatedAt > a.updatedAt ? b : a
}

/**
 * The editor of one person's thank-you or check-in: To, channel, subject and body, checked against the etiquette
 * rules as the user types, autosaved, with copy, mark-as-sent and the optional LLM polish.
 */
export function DraftEditor({ editing }: { editing: Editing }) {
  const journal = useJournal((s) => s.journal)
  const run = useJournal((s) => s.run)
  const showError = useJournal((s) => s.showError)
  const openEditor = useJournal((s) => s.openEditor)
  const { target } = editing
  const [draft, setDraft] = useState(() => newer(editing.draft, journal?.drafts[editing.draft.id]))
  const [text, setText] = useState<DraftText>(() => textOf(draft))
  const [copied, setCopied] = useState(false)
  const [leftOut, setLeftOut] = useState(editing.leftOut ?? null)
  const toField = useRef<HTMLInputElement>(null)
  const subjectField = useRef<HTMLInputElement>(null)
  const bodyField = useRef<HTMLTextAreaElement>(null)
  const ids = useId()
  const sent = draft.state === 'sent'

  const polish = usePolish()
  const polishing = polish.state.phase === 'running'
  /** While the LLM writes, the text is frozen: main polishes what was saved and refuses if it changed meanwhile. */
  const locked = sent || polishing
  const autosave = useAutosave({
    target,
    text,
    enabled: !sent && !polishing,
    onSaved: setDraft,
    onError: showError
  })
  const { answer, problem } = useDraftCheck(target, text, journal, !sent)

  if (!journal) return null
  const person = journal.people[target.personId]
  const personNotes = Object.values(journal.notes)
    .filter((n) => n.interviewId === target.interviewId && n.personId === target.personId)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt))
  const title = `${target.kind === 'thank-you' ? 'Thank-you' : 'Check-in'} to ${person?.name ?? 'this person'}`
  const llm = journal.settings.llm
  const canPolish = llm.enabled && llm.hasApiKey && !sent
  const isCurrent = (field: TextField) => answer !== null && answer.text[field] === text[field]
  const bodyMarks = answer && isCurrent('body') ? answer.findings.filter((f) => f.field === 'body') : []

  function edit(patch: Partial<DraftText>) {
    setCopied(false)
    setText((t) => ({ ...t, ...patch }))
  }

  function replace(finding: Finding, replacement: string) {
    if (!answer || finding.field === 'draft' || !isCurrent(finding.field)) return
    setText(replaceRange(text, finding, replacement))
  }

  function select(finding: Finding) {
    if (finding.field === 'draft' || !isCurrent(finding.field)) return
    const element = { to: toField, subject: subjectField, body: bodyField }[finding.field].current
    element?.focus()
    element?.setSelectionRange(finding.start, finding.end)
  }

  async function rewrite() {
    if (!(await autosave.flush())) return
    const composed = await run(() => window.api.drafts.compose(target))
    if (!composed) return
    setDraft(composed.draft)
    setLeftOut(composed.leftOut)
    const fresh = textOf(composed.draft)
    setText(fresh)
    autosave.markSaved(fresh)
  }

  async function markSent() {
    if (!(await autosave.flush())) return
    const marked = await run(() => window.api.drafts.markSent({ id: draft.id }))
    if (marked) setDraft(marked)
  }

  async function copy() {
    const all = text.subject ? `Subject: ${text.subject}\n\n${text.body}` : text.body
    try {
      await navigator.clipboard.writeText(all)
      setCopied(true)
    } catch {
      showError('The note could not be copied to the clipboard. Select the text and copy it by hand.')
    }
  }

  async function startPolish() {
    if (!(await autosave.flush())) return
    const polished = await polish.start(draft.id)
    if (!polished) return // the draft is unchanged; the panel says why
    setDraft(polished)
    const polishedText = { ...text, body: polished.body }
    setText(polishedText)
    autosave.markSaved(polishedText)
  }

  return (
    <section className="card editor" aria-label={title}>
      <header className="editor-header">
        <h3>{title}</h3>
        {sent ? (
          <span className="pill pill-done" role="status">
            Sent {draft.sentAt ? formatMoment(draft.sentAt) : ''}
          </span>
        ) : (
          <span className={`save-status save-${autosave.status}`} role="status" aria-label="Save status">
            {SAVE_LABELS[autosave.status]}
          </span>
        )}
        <button type="button" className="link close" onClick={() => openEditor(null)}>
          Close
        </button>
      </header>

      <div className="editor-grid">
        <div className="editor-fields">
          <div className="field-row">
            <label className="grow">
              To
              <input
                ref={toField}
                value={text.to}
                readOnly={locked}
                maxLength={320}
                onChange={(e) => edit({ to: e.target.value })}
              />
            </label>
            <label>
              Channel
              <select
                value={text.channel}
                disabled={locked}
                onChange={(e) => edit({ channel: e.target.value as Draft['channel'] })}
              >
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABELS[c]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label>
            Subject
            <input
              ref={subjectField}
              value={text.subject}
              readOnly={locked}
              maxLength={300}
              onChange={(e) => edit({ subject: e.target.value })}
            />
          </label>
          <label htmlFor={`${ids}-body`}>Body</label>
          <HighlightedTextarea
            id={`${ids}-body`}
            ref={bodyField}
            value={text.body}
            marks={bodyMarks}
            readOnly={locked}
            onChange={(body) => edit({ body })}
          />
          {!sent && (
            <LeftOutNotes
              notes={personNotes}
              leftOut={leftOut}
              onChange={() => {
                openEditor(null)
                // The person card is on the same page: bring their notes into view once the editor has closed.
                requestAnimationFrame(() => {
                  const list = document.getElementById(notesListId(target.interviewId, target.personId))
                  list?.scrollIntoView({ block: 'center' })
                  list?.focus()
                })
              }}
            />
          )}
          <PolishPanel
            state={polish.state}
            onCancel={() => void polish.cancel()}
            onDismiss={polish.dismiss}
          />
          <div className="button-row">
            <button type="button" onClick={() => void copy()}>
              Copy
            </button>
            {copied && (
              <span className="muted" role="status">
                Copied
              </span>
            )}
            {!sent && (
              <>
                <button type="button" onClick={() => void markSent()} disabled={polishing}>
                  Mark as sent
                </button>
                {canPolish && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={polishing}
                    onClick={() => void startPolish()}
                  >
                    Polish with LLM
                  </button>
                )}
                <button
                  type="button"
                  className="secondary"
                  disabled={polishing}
                  title="Writes a fresh draft from your notes; the current text is kept in the draft's history."
                  onClick={() => void rewrite()}
                >
                  Rewrite from notes
                </button>
              </>
            )}
          </div>
        </div>

        {!sent && (
          <aside className="editor-check" aria-label="Etiquette check">
            <CheckSummary
              answer={answer}
              current={answer !== null && textKey(answer.text) === textKey(text)}
            />
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
                current={textKey(answer.text) === textKey(text)}
                readOnly={polishing}
                onReplace={replace}
                onSelect={select}
              />
            )}
          </aside>
        )}
      </div>
      <p className="muted small-print">
        {`A ${KIND_LABELS[target.kind]} for ${person?.name ?? 'this person'}. Changes are saved as you type.`}
        {!journal.settings.candidateName && ' Add your name in Settings so new drafts are signed with it.'}
      </p>
    </section>
  )
}
