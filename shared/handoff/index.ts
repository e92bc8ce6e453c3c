/**
 * How a draft leaves the app: the mail app (mailto), LinkedIn (copy, then open the profile), or the clipboard.
 * Pure: the renderer asks main to open the URL (`shell:openExternal`), and copies with the clipboard itself.
 */
import type { Contact, Draft } from '../model/journal'
import { linkedInHandoff } from './linkedin'
import { isEmailAddress, mailtoUrl } from './mailto'

export { MAILTO_MAX_LENGTH, isEmailAddress, mailtoUrl, toCrlf, type MailtoResult } from './mailto'
export { linkedInHandoff, linkedInProfileUrl, type LinkedInHandoff } from './linkedin'

export type Handoff =
  | { kind: 'mail'; url: string }
  | { kind: 'linkedin'; copyText: string; profileUrl: string }
  | { kind: 'copy'; text: string; reason: string }

/** The plain text to copy: the subject on its own line (for a mail) above the body. */
function copyText(draft: Pick<Draft, 'subject' | 'body'>): string {
  return draft.subject.trim() === '' ? draft.body : `${draft.subject.trim()}\n\n${draft.body}`
}

/**
 * The best hand-off for a draft on its channel. An e-mail draft goes to the mail app, addressed to its To field
 * or else the person's first e-mail contact; when that is impossible (no address, too long) the answer is Copy with
 * the reason in plain words. LinkedIn copies and opens the profile. Any other channel is copied.
 */
export function handoffFor(
  draft: Pick<Draft, 'channel' | 'to' | 'subject' | 'body'>,
  contacts: readonly Contact[]
): Handoff {
  if (draft.channel === 'email') {
    const to = isEmailAddress(draft.to)
      ? draft.to
      : (contacts.find((c) => c.kind === 'email' && isEmailAddress(c.value))?.value ?? '')
    const mail = mailtoUrl({ to, subject: draft.subject, body: draft.body })
    if (mail.kind === 'mailto') return { kind: 'mail', url: mail.url }
    return { kind: 'copy', text: copyText(draft), reason: mail.message }
  }
  if (draft.channel === 'linkedin') {
    const linkedin = linkedInHandoff(contacts, draft.body)
    if (linkedin) return { kind: 'linkedin', ...linkedin }
    return {
      kind: 'copy',
      text: draft.body,
      reason: 'Add a link to their LinkedIn profile to open it from here. The note can be copied meanwhile.'
    }
  }
  return { kind: 'copy', text: copyText(draft), reason: 'Copy the note and send it your way.' }
}
