/**
 * Turns the contract's zod issues into what a form shows: one plain message per field ("An interview cannot end
 * before it starts" by the Ends field), never a channel name, a schema path or zod's own wording ("expected string,
 * received number"). The router attaches the result to an `invalid-request` error as `fields`.
 */
import type { z } from 'zod'

type Issue = z.core.$ZodIssue

/** What the user calls each field; the key is the field name a form uses (the last part of the issue's path). */
const FIELD_LABELS: Record<string, string> = {
  company: 'Company',
  role: 'Role',
  status: 'Status',
  postingUrl: 'The posting link',
  source: 'Source',
  appliedAt: 'The date applied',
  startAt: 'The start',
  endAt: 'The end',
  timeZone: 'The time zone',
  type: 'The interview type',
  round: 'The round',
  location: 'The place or link',
  name: 'Name',
  title: 'Title',
  contacts: 'Contacts',
  kind: 'The kind',
  value: 'Contact',
  text: 'The note',
  to: 'To',
  subject: 'Subject',
  body: 'The message',
  channel: 'The channel',
  candidateName: 'Your name',
  availability: 'Your availability',
  baseUrl: 'The base URL',
  model: 'The model',
  key: 'The key',
  at: 'The date'
}

/** Request wrappers whose contents are a form's fields: `patch.endAt` is the form's `endAt`. */
const WRAPPERS = new Set(['patch', 'person', 'text'])

/** `['patch', 'endAt']` → `endAt`; `['person', 'contacts', 0, 'value']` → `contacts.0.value`; `[]` → `''`. */
export function fieldKey(path: readonly PropertyKey[]): string {
  const parts = path.map(String)
  if (parts.length > 1 && WRAPPERS.has(parts[0] ?? '')) parts.shift()
  return parts.join('.')
}

function labelOf(key: string): string {
  const last =
    key
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? ''
  return FIELD_LABELS[last] ?? 'This field'
}

function sizeMessage(label: string, issue: Issue, tooBig: boolean): string {
  const limit = 'maximum' in issue ? issue.maximum : 'minimum' in issue ? issue.minimum : undefined
  const origin = 'origin' in issue ? issue.origin : undefined
  if (origin === 'string') {
    if (!tooBig && Number(limit) <= 1) return `${label} is required.`
    return tooBig ? `${label} is at most ${String(limit)} characters.` : `${label} is too short.`
  }
  if (origin === 'array')
    return tooBig ? `${label}: at most ${String(limit)}.` : `${label}: add at least one.`
  return tooBig ? `${label} is at most ${String(limit)}.` : `${label} is at least ${String(limit)}.`
}

const punctuated = (message: string) => (/[.!?]$/.test(message) ? message : `${message}.`)
/** zod's own wording ("Too big: expected string to have <=5 characters", "Invalid input: …"), as opposed to ours. */
const ZOD_WORDING = /^(Too (big|small)|Invalid|Expected)\b/

/**
 * One issue in plain words, with the field's label. Refinements, and limits given a message in the schema, carry
 * words we wrote ourselves: keep those.
 */
export function plainMessage(issue: Issue, label: string): string {
  if (issue.code !== 'custom' && issue.message && !ZOD_WORDING.test(issue.message))
    return punctuated(issue.message)
  switch (issue.code) {
    case 'custom':
      return punctuated(issue.message)
    case 'too_big':
      return sizeMessage(label, issue, true)
    case 'too_small':
      return sizeMessage(label, issue, false)
    case 'invalid_format':
      if (issue.format === 'url') return `${label} must be a web address starting with https://.`
      if (issue.format === 'datetime') return `${label} is not a date and time.`
      return `${label} is not in the expected form.`
    case 'invalid_type':
      // zod reports the input only on request; its message says what it received.
      return issue.input === undefined && /received undefined/.test(issue.message)
        ? `${label} is required.`
        : `${label} has the wrong kind of value.`
    case 'invalid_value':
    case 'invalid_union':
      return `${label}: choose one of the options offered.`
    default:
      return `${label} is not valid.`
  }
}

export interface FieldErrors {
  /** Field key → plain message; the first problem of each field wins (one message per field is enough to act on). */
  fields: Record<string, string>
  /** One line for a banner: the field messages, or a generic sentence when no field is to blame. */
  message: string
}

const MAX_KEY = 100
const MAX_FIELDS = 20

export const CHECK_FIELDS = 'Please check the highlighted fields.'
export const NOT_UNDERSTOOD = 'The app sent a request it did not understand. Nothing was changed.'

export function fieldErrorsFrom(issues: readonly Issue[]): FieldErrors {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    // Unknown keys and problems with the request as a whole are the app's fault, not a field the user can fix.
    if (issue.code === 'unrecognized_keys') continue
    const key = fieldKey(issue.path)
    // A hostile payload must not make the answer huge: short keys, a handful of fields.
    if (key === '' || key.length > MAX_KEY || key in fields) continue
    if (Object.keys(fields).length >= MAX_FIELDS) break
    fields[key] = plainMessage(issue, labelOf(key))
  }
  const messages = Object.values(fields)
  if (messages.length === 0) return { fields, message: NOT_UNDERSTOOD }
  return { fields, message: `${CHECK_FIELDS} ${messages.slice(0, 3).join(' ')}` }
}
