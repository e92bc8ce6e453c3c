/**
 * The journal: a person's whole job search, as zod schemas. Everything the UI can create is validated here on its
 * way into the store. Collections are keyed by id (not arrays) so one edit is O(1) at a heavy user's size.
 */
import { z } from 'zod'
import {
  APPLICATION_STATUSES,
  CHANNELS,
  CONTACT_EVENT_KINDS,
  CONTACT_KINDS,
  DRAFT_KINDS,
  currentKindName,
  ID_MAX_LENGTH,
  ID_PATTERN,
  INTERVIEW_STATUSES,
  INTERVIEW_TYPES
} from './constants'

export {
  APPLICATION_STATUSES,
  CHANNELS,
  CONTACT_EVENT_KINDS,
  CONTACT_KINDS,
  DRAFT_KINDS,
  INTERVIEW_STATUSES,
  INTERVIEW_TYPES
}

import { NoteUse } from '../etiquette/contract'
import { isTimeZone } from '../time/wall-time'

export const SCHEMA_VERSION = 3

/** An id (see ID_PATTERN in constants.ts for why these characters). */
export const Id = z
  .string()
  .min(1, 'An id is required')
  .max(ID_MAX_LENGTH, `An id is at most ${ID_MAX_LENGTH} characters`)
  .regex(ID_PATTERN, 'An id has only letters, digits, - and _')
  .refine((id) => !(id in Object.prototype), 'This id is reserved')
/** An ISO-8601 instant with an offset, e.g. 2026-03-03T16:00:00Z. */
export const IsoDateTime = z.iso.datetime({
  offset: true,
  message: 'Expected an ISO date-time such as 2026-03-03T16:00:00Z'
})
const Text = (max: number) => z.string().trim().max(max, `At most ${max} characters`)
const RequiredText = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} is at most ${max} characters`)

const Timestamps = { id: Id, createdAt: IsoDateTime, updatedAt: IsoDateTime }

export const ApplicationStatus = z.enum(APPLICATION_STATUSES)

export const Application = z.object({
  ...Timestamps,
  company: RequiredText('Company', 200),
  role: RequiredText('Role', 200),
  status: ApplicationStatus,
  postingUrl: z
    .union([
      z.literal(''),
      z.url({ protocol: /^https?$/, message: 'The posting link must be an http(s) URL' })
    ])
    .default(''),
  source: Text(200).default(''),
  appliedAt: IsoDateTime.nullable().default(null),
  closedAt: IsoDateTime.nullable().default(null)
})
export type Application = z.infer<typeof Application>

export const InterviewType = z.enum(INTERVIEW_TYPES)

export const Interview = z
  .object({
    ...Timestamps,
    applicationId: Id,
    startAt: IsoDateTime,
    endAt: IsoDateTime,
    /** IANA zone the interview was scheduled in, for display ("Europe/Berlin"). */
    timeZone: Text(64).default('UTC'),
    type: InterviewType,
    round: z.number().int().min(1).max(50).nullable().default(null),
    location: Text(500).default(''),
    /**
     * From a calendar invite: its UID, SEQUENCE and, for one occurrence of a series, the occurrence's original
     * start (RECURRENCE-ID), so a later update or cancellation of the same invite finds this interview.
     * Optional (absent on interviews typed in by hand), so records written before them stay valid unchanged.
     */
    calendarUid: Text(1000).optional(),
    calendarSequence: z.number().int().min(0).optional(),
    calendarRecurrenceId: Text(64).optional(),
    /** A cancelled interview stays in the journal (its notes may matter) but owes no thank-you; absent: held. */
    status: z.enum(INTERVIEW_STATUSES).optional()
  })
  .refine((i) => Date.parse(i.endAt) >= Date.parse(i.startAt), {
    message: 'An interview cannot end before it starts',
    path: ['endAt']
  })
export type Interview = z.infer<typeof Interview>

export const ContactKind = z.enum(CONTACT_KINDS)
export const Contact = z.object({ kind: ContactKind, value: RequiredText('Contact', 320) })
export type Contact = z.infer<typeof Contact>

export const Person = z.object({
  ...Timestamps,
  name: RequiredText('Name', 200),
  title: Text(200).default(''),
  contacts: z.array(Contact).max(20).default([])
})
export type Person = z.infer<typeof Person>

/** Who was met in which interview: the person is the unit of follow-up. */
export const Meeting = z.object({
  ...Timestamps,
  interviewId: Id,
  personId: Id,
  /** They asked for your availability (a next meeting, a call): the note must then give days or times. */
  availabilityRequested: z.boolean().default(false)
})
export type Meeting = z.infer<typeof Meeting>

/** One bullet note about one person in one interview. */
export const Note = z.object({
  ...Timestamps,
  interviewId: Id,
  personId: Id,
  text: RequiredText('A note', 2000),
  order: z.number().int().min(0).default(0),
  /** May a draft use it: `auto` (the composer decides, keeping sensitive notes out), `use`, or `private` (never). */
  use: NoteUse.default('auto')
})
export type Note = z.infer<typeof Note>

export const ContactEventKind = z.enum(CONTACT_EVENT_KINDS)
export const Channel = z.enum(CHANNELS)

export const ContactEvent = z.object({
  ...Timestamps,
  personId: Id,
  applicationId: Id,
  interviewId: Id.nullable().default(null),
  kind: ContactEventKind,
  at: IsoDateTime,
  channel: Channel
})
export type ContactEvent = z.infer<typeof ContactEvent>

export const DraftKind = z.preprocess(currentKindName, z.enum(DRAFT_KINDS))
export const DraftRevision = z.object({
  at: IsoDateTime,
  subject: Text(300),
  body: Text(20000),
  source: z.enum(['composer', 'llm', 'user'])
})

export const Draft = z.object({
  ...Timestamps,
  personId: Id,
  interviewId: Id,
  kind: DraftKind,
  channel: Channel.default('email'),
  subject: Text(300).default(''),
  to: Text(320).default(''),
  body: Text(20000).default(''),
  state: z.enum(['draft', 'sent']).default('draft'),
  sentAt: IsoDateTime.nullable().default(null),
  /** Earlier versions, newest last, capped so one busy draft cannot grow the file without bound. */
  history: z.array(DraftRevision).max(50).default([])
})
export type Draft = z.infer<typeof Draft>

export const LlmSettings = z.object({
  enabled: z.boolean().default(false),
  baseUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
  model: Text(200).default(''),
  /** True when an API key is stored (encrypted, in main only). The key itself never appears in the journal. */
  hasApiKey: z.boolean().default(false),
  /** The origin the user last agreed to send drafts to, after seeing "What will be sent" ('' = not yet). */
  approvedOrigin: z.string().max(300).default('')
})

/** "21:00": a wall-clock time of day in the user's zone. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time of day such as 21:00')

/** While quiet, notifications wait (the Due panel still lists everything). Interviews in the journal are quiet too. */
export const QuietHours = z.object({
  enabled: z.boolean().default(true),
  start: TimeOfDay.default('21:00'),
  end: TimeOfDay.default('08:00')
})
export type QuietHours = z.infer<typeof QuietHours>

/** The user's zone as Settings and the first run take it: an IANA name, or '' to follow the computer's zone. */
export const TimeZoneSetting = z
  .string()
  .trim()
  .max(100, 'Pick a time zone from the list, such as Europe/Berlin or Asia/Tokyo.')
  .refine((zone) => zone === '' || isTimeZone(zone), {
    message:
      'That is not a time zone this computer knows. Pick one from the list, such as Europe/Berlin or Asia/Tokyo.'
  })

export const Settings = z.object({
  candidateName: Text(200).default(''),
  availability: Text(500).default(''),
  disabledRules: z.array(z.string().max(100)).max(100).default([]),
  /** The user's own words (names, tools, jargon): the spelling check never flags them. */
  dictionary: z.array(z.string().min(1).max(64)).max(5000).default([]),
  notifications: z.boolean().default(true),
  /** The user's own e-mail addresses: an invite's attendee with one of them is the user, not someone met. */
  myEmails: z.array(z.string().trim().toLowerCase().max(320)).max(20).default([]),
  quietHours: QuietHours.default({ enabled: true, start: '21:00', end: '08:00' }),
  /** Greet a titled interviewer by first name ("Hi Ingrid") rather than by title ("Dear Dr. Solberg"). */
  greetByFirstName: z.boolean().default(false),
  /**
   * The user's IANA time zone; '' follows the computer's. Reminders, quiet hours, the due list and the window's
   * dates use it (electron/main/time-zone.ts). A zone this computer's Intl does not know (a journal from elsewhere)
   * reads as '', so the journal still opens.
   */
  timeZone: TimeZoneSetting.catch(''),
  llm: LlmSettings.default({ enabled: false, baseUrl: '', model: '', hasApiKey: false, approvedOrigin: '' })
})
export type Settings = z.infer<typeof Settings>

/**
 * A reminder's key, as the follow-up policy names it ("thank-you:<interview>:<person>",
 * "check-in:<application>:<person>:<since>", "capture:<interview>").
 */
export const ReminderKey = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[a-z-]+:[A-Za-z0-9_:.-]+$/, 'Not a reminder key')

/**
 * What the user and the OS have done with one reminder: notified once per due moment (so never again after a
 * restart), snoozed until a moment, or dismissed for good.
 */
export const ReminderState = z.object({
  /** When the OS notification (or the start summary that included it) was shown. */
  notifiedAt: IsoDateTime.nullable().default(null),
  snoozedUntil: IsoDateTime.nullable().default(null),
  dismissed: z.boolean().default(false)
})
export type ReminderState = z.infer<typeof ReminderState>

const byId = <T extends z.ZodType>(record: T) => z.record(Id, record).default({})

export const Journal = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  applications: byId(Application),
  interviews: byId(Interview),
  people: byId(Person),
  meetings: byId(Meeting),
  notes: byId(Note),
  contactLog: byId(ContactEvent),
  drafts: byId(Draft),
  reminders: z.record(ReminderKey, ReminderState).default({}),
  settings: Settings.default(Settings.parse({}))
})
export type Journal = z.infer<typeof Journal>

/** The record collections of the journal (everything but schemaVersion and settings). */
export const COLLECTIONS = [
  'applications',
  'interviews',
  'people',
  'meetings',
  'notes',
  'contactLog',
  'drafts'
] as const
export type Collection = (typeof COLLECTIONS)[number]
export type RecordOf<C extends Collection> = Journal[C][string]

export const RECORD_SCHEMAS = {
  applications: Application,
  interviews: Interview,
  people: Person,
  meetings: Meeting,
  notes: Note,
  contactLog: ContactEvent,
  drafts: Draft
} as const satisfies Record<Collection, z.ZodType>

export function emptyJournal(): Journal {
  return Journal.parse({ schemaVersion: SCHEMA_VERSION })
}
