/**
 * "Open in mail app": a `mailto:` URL (RFC 6068) with the recipient, subject and body of a draft. Every value is
 * percent-encoded as UTF-8 (encodeURIComponent: a space is %20, never "+", and `&`, `?`, `#`, `=` are encoded so
 * a body cannot end the field or the URL early); line breaks become CRLF (%0D%0A) as the RFC asks.
 */

/**
 * The longest mailto URL we hand to the OS. Windows' ShellExecute and Outlook cut a mailto URL at about 2,048
 * characters (older browsers at 2,083), some Linux mail clients at less; the main process's allow-list refuses a
 * URL over 2,048 as well. 2,000 keeps a margin under all of them: a thank-you note of ~150 words fits (about
 * 1,000-1,400 characters once encoded), a long check-in with accents may not, and is then copied instead.
 */
export const MAILTO_MAX_LENGTH = 2000

export type MailtoResult =
  | { kind: 'mailto'; url: string }
  | { kind: 'too-long'; length: number; limit: number; message: string }
  | { kind: 'no-address'; message: string }

export interface MailParts {
  to: string
  subject: string
  body: string
}

/**
 * One e-mail address: a local part without blanks or URL delimiters, "@", a domain with a dot (letters of any
 * script allowed). Deliberately not a list: one recipient per draft.
 */
const ADDRESS = /^[^\s@,;<>"?#:/&=]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u

export function isEmailAddress(value: string): boolean {
  return ADDRESS.test(value.trim())
}

/** Any line break (CRLF, CR, LF, Unicode separators) as CRLF, the line break of mail. */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n|\u2028|\u2029/g, '\r\n')
}

/** An address in the URL's path: encoded like a value, but its "@" kept readable (allowed there by RFC 6068). */
function encodeAddress(address: string): string {
  return encodeURIComponent(address.trim()).replace(/%40/g, '@')
}

export function mailtoUrl(parts: MailParts): MailtoResult {
  if (!isEmailAddress(parts.to)) {
    return {
      kind: 'no-address',
      message: 'Add their e-mail address in the To field first, or copy the note instead.'
    }
  }
  const fields: string[] = []
  if (parts.subject.trim() !== '') fields.push(`subject=${encodeURIComponent(parts.subject.trim())}`)
  if (parts.body !== '') fields.push(`body=${encodeURIComponent(toCrlf(parts.body))}`)
  const url = `mailto:${encodeAddress(parts.to)}${fields.length > 0 ? `?${fields.join('&')}` : ''}`
  if (url.length > MAILTO_MAX_LENGTH) {
    return {
      kind: 'too-long',
      length: url.length,
      limit: MAILTO_MAX_LENGTH,
      message:
        'This note is too long for your mail app to receive directly. Copy it and paste it there instead.'
    }
  }
  return { kind: 'mailto', url }
}
