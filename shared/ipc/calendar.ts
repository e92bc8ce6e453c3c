/** Request and response schemas of the calendar channels (invite import and .ics export). */
import { z } from 'zod'
import { MAX_INVITE_BYTES } from '../calendar/limits'
import { Application, Id, InterviewType, IsoDateTime } from '../model/journal'

const InviteText = z
  .string()
  .min(1, 'The invite is empty.')
  .max(
    MAX_INVITE_BYTES,
    'This invite is larger than 1 MB, far too large for a calendar invite. Nothing was imported.'
  )

export const CalendarPreviewRequest = z.strictObject({
  text: InviteText,
  /** Which event of a file with several (0 = the first). */
  eventIndex: z.number().int().min(0).max(1000).default(0),
  /** For a series: the start of the occurrence to import; null = the next one. */
  occurrence: IsoDateTime.nullable().default(null)
})

const Person = z.object({ name: z.string(), email: z.string() })
const Occurrence = z.object({ start: z.string(), end: z.string(), recurrenceId: z.string().nullable() })

export const CalendarPreview = z.object({
  /** Every interview event in the file (Afterword's own exported reminders left out), to choose from. */
  events: z.array(z.object({ title: z.string(), start: z.string(), status: z.string() })),
  eventIndex: z.number(),
  event: z.object({
    uid: z.string(),
    sequence: z.number(),
    method: z.string(),
    status: z.enum(['confirmed', 'cancelled']),
    title: z.string(),
    description: z.string(),
    start: z.string(),
    end: z.string(),
    timeZone: z.string(),
    location: z.string(),
    meetingUrl: z.string(),
    type: InterviewType,
    organizer: Person.nullable(),
    occurrences: z.number(),
    occurrenceList: z.array(Occurrence),
    recurrenceId: z.string().nullable()
  }),
  proposal: z.object({
    action: z.enum(['create', 'update', 'unchanged', 'outdated', 'cancel', 'cancel-missing']),
    interviewId: z.string().nullable(),
    application: z.object({
      id: z.string().nullable(),
      company: z.string(),
      role: z.string(),
      reason: z.string()
    }),
    location: z.string(),
    changes: z.array(z.object({ field: z.string(), from: z.string(), to: z.string() })),
    people: z.array(
      Person.extend({ personId: z.string().nullable(), inInterview: z.boolean(), include: z.boolean() })
    )
  }),
  /** The open applications, for the "belongs to" choice. */
  applications: z.array(z.object({ id: z.string(), company: z.string(), role: z.string() })),
  /** The user has not said which addresses are theirs yet: the preview asks, once. */
  needsMyEmails: z.boolean()
})

export const CalendarConfirm = z.strictObject({
  text: InviteText,
  eventIndex: z.number().int().min(0).max(1000).default(0),
  occurrence: IsoDateTime.nullable().default(null),
  /** An existing application, or a new one with these fields (ignored when updating an imported interview). */
  applicationId: Id.nullable().default(null),
  newApplication: z
    .strictObject({ company: Application.shape.company, role: Application.shape.role })
    .nullable()
    .default(null),
  type: InterviewType,
  /** The people ticked in the preview, by e-mail (they must be in the invite), with the name as edited. */
  people: z
    .array(
      z.strictObject({
        email: z.string().max(320),
        name: z.string().trim().min(1, 'A name is required').max(200)
      })
    )
    .max(200)
    .default([])
})

export const CalendarConfirmed = z.object({
  action: z.enum(['create', 'update', 'unchanged', 'cancel']),
  interviewId: Id,
  applicationId: Id,
  peopleAdded: z.number().int().min(0)
})
