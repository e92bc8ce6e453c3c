/** The editable part of a draft, as `drafts:save` and `drafts:check` take it. */
import type { Draft } from '../../../../shared/model/journal'
import type { Finding } from '../../../../shared/etiquette/contract'

export interface DraftText {
  channel: Draft['channel']
  to: string
  subject: string
  body: string
}

export type TextField = 'to' | 'subject' | 'body'

export function textOf(draft: Pick<Draft, 'channel' | 'to' | 'subject' | 'body'>): DraftText {
  return { channel: draft.channel, to: draft.to, subject: draft.subject, body: draft.body }
}

/** A stable key for "is this the same text", for autosave and stale-answer checks. */
export function textKey(text: DraftText): string {
  return JSON.stringify([text.channel, text.to, text.subject, text.body])
}

/** The text with the finding's range replaced (the finding must have been computed for this text). */
export function replaceRange(text: DraftText, finding: Finding, replacement: string): DraftText {
  if (finding.field === 'draft') return text
  const value = text[finding.field]
  return {
    ...text,
    [finding.field]: value.slice(0, finding.start) + replacement + value.slice(finding.end)
  }
}

/** The words a finding points at, for quoting it next to its message. */
export function quoted(text: DraftText, finding: Finding): string {
  if (finding.field === 'draft') return ''
  return text[finding.field].slice(finding.start, finding.end)
}
