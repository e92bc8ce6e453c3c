/**
 * The journal's value lists, with no dependency at all: the renderer imports these (its bundle must not pull in
 * zod), and the zod schemas in journal.ts are built from the same arrays, so each list is defined once.
 */
export const APPLICATION_STATUSES = [
  'saved',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn'
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export const INTERVIEW_TYPES = [
  'phone-screen',
  'peer',
  'hiring-manager',
  'panel',
  'technical',
  'hr',
  'other'
] as const
export type InterviewType = (typeof INTERVIEW_TYPES)[number]
/** An interview without a status was held as planned; a calendar cancellation marks it cancelled. */
export const INTERVIEW_STATUSES = ['scheduled', 'cancelled'] as const

export const CONTACT_KINDS = ['email', 'linkedin', 'phone', 'other'] as const
export const CONTACT_EVENT_KINDS = ['thank-you-sent', 'check-in-sent', 'reply-received'] as const
/** How a message reaches someone. */
export const CHANNELS = ['email', 'linkedin', 'handwritten', 'phone', 'other'] as const
export const DRAFT_KINDS = ['thank-you', 'check-in'] as const
/**
 * What the second kind was called before it became "check-in" everywhere (contract v1, the CLIs' older inputs):
 * still read, never written.
 */
export const LEGACY_CHECK_IN_KIND = 'follow-up'
/** A kind as read from outside: the legacy name becomes "check-in"; anything else is left to the schema. */
export function currentKindName(value: unknown): unknown {
  return value === LEGACY_CHECK_IN_KIND ? 'check-in' : value
}

/**
 * Ids are letters, digits, '-' and '_' (UUIDs in practice), at most 64 characters. The character set also keeps ids
 * such as "__proto__" or "constructor" out, which would otherwise name a built-in property of the id-keyed tables.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/
export const ID_MAX_LENGTH = 64

/** Whether a value is a well-formed id (the zod schema `Id` checks the same, with messages). */
export function isId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= ID_MAX_LENGTH &&
    ID_PATTERN.test(value) &&
    !(value in Object.prototype)
  )
}
