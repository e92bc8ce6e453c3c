import { useRef, useState } from 'react'
import type { Finding } from '../../../../shared/etiquette/contract'
import { useJournal, type Editing } from '../../store/journal-store'
import type { DraftView } from '../../store/cache'
import { useEditorContext } from './use-editor-context'
import { KIND_LABELS } from '../../lib/drafts'
import { formatDateTime } from '../../lib/datetime'
import { CheckPanel } from './CheckPanel'
import { DraftActions } from './DraftActions'
import { DraftFields } from './DraftFields'
import { replaceRange, textKey, textOf, type DraftText, type TextField } from './draft-text'
import { ProposalPanel } from './ProposalPanel'
import { SendPreview } from './SendPreview'
import { useAutosave, type SaveStatus } from './use-autosave'
import { useDraftCheck } from './use-draft-check'
import { useProposal, type LlmMode, type Proposal } from './use-proposal'
import { LeftOutNotes } from './LeftOutNotes'
import { notesListId } from '../PersonCard'

type Draft = DraftView
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
 * Whether the draft's text is an accepted AI proposal that Undo can still take back. A draft from the cache carries
 * only its newest revision; one just returned by a save carries its whole history.
 */
function aiTextOnTop(draft: Draft, text: DraftText): boolean {
  const history: unknown = 'history' in draft ? draft.history : undefined
  const last = Array.isArray(history) ? (history.at(-1) as Draft['lastRevision']) : draft.lastRevision
  return last?.source === 'llm' && last.body === text.body && last.subject === text.subject
}

/**
 * The editor of one person's thank-you or check-in: the fields, checked against the etiquette rules as the user
 * types and autosaved; the actions; and the optional AI, whose proposals are shown beside the draft and saved only
 * when accepted. The user can keep typing while the AI writes: nothing they type is lost.
 */
export function DraftEditor({ editing }: { editing: Editing }) {
  const { cached, personName, llm, candidateName, contextKey } = useEditorContext(editing)
  const run = useJournal((s) => s.run)
  const showError = useJournal((s) => s.showError)
  const openEditor = useJournal((s) => s.openEditor)
  const { target } = editing
  const [draft, setDraft] = useState(() => newer(editing.draft, cached))
  const [text, setText] = useState<DraftText>(() => textOf(draft))
  const [copied, setCopied] = useState(false)
  const personNotesById = useJournal((s) => s.detail?.notes)
  const [leftOut, setLeftOut] = useState(editing.leftOut ?? null)
  const toField = useRef<HTMLInputElement>(null)
  const subjectField = useRef<HTMLInputElement>(null)
  const bodyField = useRef<HTMLTextAreaElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const sent = draft.state === 'sent'
  const ai = useProposal(draft.id)
  const aiBusy = ai.state.phase === 'running'
  const autosave = useAutosave({ target, text, enabled: !sent, onSaved: setDraft, onError: showError })
  const { answer, problem } = useDraftCheck(target, text, contextKey, !sent)

  const title = `${target.kind === 'thank-you' ? 'Thank-you' : 'Check-in'} to ${personName ?? 'this person'}`
  const personNotes = Object.values(personNotesById ?? {})
    .filter((n) => n.interviewId === target.interviewId && n.personId === target.personId)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt))
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

  /** Shows a draft main just saved, as both the editor's text and what autosave knows is saved. */
  function adopt(saved: Draft) {
    setDraft(saved)
    const fresh = textOf(saved)
    setText(fresh)
    autosave.markSaved(fresh)
  }

  async function rewrite() {
    if (!(await autosave.flush())) return
    const composed = await run(() => window.api.drafts.compose(target))
    if (!composed) return
    adopt(composed.draft)
    setLeftOut(composed.leftOut)
  }

  async function markSent() {
    if (!(await autosave.flush())) return
    const marked = await run(() => window.api.drafts.markSent({ id: draft.id }))
    if (!marked) return
    setDraft(marked)
    // The button pressed is gone from the read-only editor: focus stays in it, on Close (Escape does the same).
    requestAnimationFrame(() => closeButton.current?.focus())
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

  async function startAi(mode: LlmMode, showPreview = false) {
    // A polish works on what is saved, so the latest typing is saved first.
    if (!(await autosave.flush())) return
    await ai.start(mode, { showPreview })
  }

  async function accept(proposal: Proposal) {
    // Whatever was typed while the AI wrote is saved first, so Undo brings it back.
    if (!(await autosave.flush())) return
    const { subject, body } = proposal
    const saved = await run(() => window.api.llm.accept({ draftId: draft.id, subject, body }))
    if (!saved) return
    adopt(saved)
    ai.close()
  }

  async function undoAi() {
    const restored = await run(() => window.api.llm.undo({ draftId: draft.id }))
    if (restored) adopt(restored)
  }

  return (
    <section className="card editor" aria-label={title}>
      <header className="editor-header">
        <h3>{title}</h3>
        {sent ? (
          <span className="pill pill-done" role="status">
            Sent {draft.sentAt ? formatDateTime(draft.sentAt) : ''}
          </span>
        ) : (
          <span className={`save-status save-${autosave.status}`} role="status" aria-label="Save status">
            {SAVE_LABELS[autosave.status]}
          </span>
        )}
        <button type="button" className="link close" ref={closeButton} onClick={() => openEditor(null)}>
          Close
        </button>
      </header>

      <div className="editor-grid">
        <div className="editor-fields">
          <DraftFields
            text={text}
            toRef={toField}
            subjectRef={subjectField}
            bodyRef={bodyField}
            readOnly={sent}
            bodyMarks={bodyMarks}
            onEdit={edit}
          />
          {ai.state.phase === 'preview' && (
            <SendPreview
              mode={ai.state.mode}
              preview={ai.state.preview}
              asked={ai.state.asked}
              onSend={ai.send}
              onClose={ai.close}
            />
          )}
          <ProposalPanel
            state={ai.state}
            current={text}
            onCancel={() => void ai.cancel()}
            onAccept={(proposal) => void accept(proposal)}
            onDiscard={ai.close}
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
          <DraftActions
            sent={sent}
            busy={aiBusy}
            llmReady={Boolean(llm?.enabled && llm.hasApiKey)}
            copied={copied}
            canUndoAi={aiTextOnTop(draft, text) && textKey(text) === textKey(textOf(draft))}
            onCopy={() => void copy()}
            onMarkSent={() => void markSent()}
            onAi={(mode) => void startAi(mode)}
            onPreview={() => void startAi('polish', true)}
            onUndoAi={() => void undoAi()}
            onRewrite={() => void rewrite()}
            text={text}
          />
        </div>

        {!sent && (
          <CheckPanel answer={answer} problem={problem} text={text} onReplace={replace} onSelect={select} />
        )}
      </div>
      <p className="muted small-print">
        {sent
          ? `A ${KIND_LABELS[target.kind]} for ${personName ?? 'this person'}, sent: it can be read and copied, not changed.`
          : `A ${KIND_LABELS[target.kind]} for ${personName ?? 'this person'}. Changes are saved as you type.`}
        {!candidateName && ' Add your name in Settings so new drafts are signed with it.'}
      </p>
    </section>
  )
}
