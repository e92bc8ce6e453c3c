/**
 * The IPC contract: for every channel (`domain:verb`) a zod schema of the request and of the response, and for
 * every main-to-renderer event a schema of its payload. Main validates each request with it before a handler runs;
 * the preload and `window.api` are typed from it.
 */
import { z } from 'zod'
import {
  Application,
  ApplicationStatus,
  Contact,
  Id,
  Interview,
  InterviewType,
  IsoDateTime,
  Journal,
  Meeting,
  Note,
  Person,
  Settings
} from '../model/journal'
import type { Channel, EventName } from './channels'

const Empty = z.strictObject({})

// Create requests fill in defaults; patch requests must not (a patch of { status } must not reset the rest), so each
// patch is built from the same fields with their defaults unwrapped.
const ApplicationPatch = z.strictObject({
  company: Application.shape.company,
  role: Application.shape.role,
  status: ApplicationStatus,
  postingUrl: Application.shape.postingUrl.unwrap(),
  source: Application.shape.source.unwrap(),
  appliedAt: Application.shape.appliedAt.unwrap()
})
const ApplicationFields = ApplicationPatch.extend({
  status: ApplicationStatus.default('applied'),
  postingUrl: Application.shape.postingUrl,
  source: Application.shape.source,
  appliedAt: Application.shape.appliedAt
})

const InterviewPatch = z.strictObject({
  startAt: IsoDateTime,
  endAt: IsoDateTime,
  timeZone: z.string().trim().max(64),
  type: InterviewType,
  round: z.number().int().min(1).max(50).nullable(),
  location: z.string().trim().max(500)
})
const InterviewFields = InterviewPatch.extend({
  applicationId: Id,
  timeZone: InterviewPatch.shape.timeZone.default('UTC'),
  round: InterviewPatch.shape.round.default(null),
  location: InterviewPatch.shape.location.default('')
}).refine((i) => Date.parse(i.endAt) >= Date.parse(i.startAt), {
  message: 'An interview cannot end before it starts',
  path: ['endAt']
})

const PersonPatch = z.strictObject({
  name: Person.shape.name,
  title: Person.shape.title.unwrap(),
  contacts: z.array(Contact).max(20)
})
const PersonFields = PersonPatch.extend({
  title: Person.shape.title,
  contacts: PersonPatch.shape.contacts.default([])
})

const StartupReport = z.object({
  status: z.enum(['new', 'loaded', 'migrated', 'recovered']),
  message: z.string().optional(),
  setAsidePath: z.string().optional(),
  restoredFrom: z.string().optional()
})
export type StartupReport = z.infer<typeof StartupReport>

const SettingsPatch = z.strictObject({
  candidateName: Settings.shape.candidateName.unwrap().optional(),
  availability: Settings.shape.availability.unwrap().optional(),
  disabledRules: z.array(z.string().max(100)).max(100).optional(),
  notifications: z.boolean().optional()
})

const Deleted = z.object({ deleted: z.number().int().min(0) })

export const contract = {
  'app:info': {
    request: Empty,
    response: z.object({
      version: z.string(),
      runtime: z.enum(['electron', 'chromium-harness']),
      dataDir: z.string(),
      startup: StartupReport
    })
  },
  'journal:get': { request: Empty, response: Journal },
  'applications:create': { request: ApplicationFields, response: Application },
  'applications:update': {
    request: z.strictObject({ id: Id, patch: ApplicationPatch.partial() }),
    response: Application
  },
  'applications:delete': { request: z.strictObject({ id: Id }), response: Deleted },
  'interviews:create': { request: InterviewFields, response: Interview },
  'interviews:update': {
    request: z.strictObject({ id: Id, patch: InterviewPatch.partial() }),
    response: Interview
  },
  'interviews:delete': { request: z.strictObject({ id: Id }), response: Deleted },
  'people:add': {
    request: z.strictObject({
      interviewId: Id,
      /** Either an existing person (met again in another round) or a new one. */
      personId: Id.optional(),
      person: PersonFields.optional()
    }),
    response: z.object({ person: Person, meeting: Meeting })
  },
  'people:update': { request: z.strictObject({ id: Id, patch: PersonPatch.partial() }), response: Person },
  'people:remove': { request: z.strictObject({ interviewId: Id, personId: Id }), response: Deleted },
  'notes:add': {
    request: z.strictObject({ interviewId: Id, personId: Id, text: Note.shape.text }),
    response: Note
  },
  'notes:update': { request: z.strictObject({ id: Id, text: Note.shape.text }), response: Note },
  'notes:delete': { request: z.strictObject({ id: Id }), response: Deleted },
  'settings:update': { request: z.strictObject({ patch: SettingsPatch }), response: Settings },
  'shell:openExternal': {
    request: z.strictObject({ url: z.string().max(2048) }),
    response: z.object({ opened: z.boolean() })
  }
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>

export const events = {
  'journal:changed': z.object({ reason: z.string() })
} as const satisfies Record<EventName, z.ZodType>

// Compile-time proof that channels.ts and this contract list the same channels (no extra keys here either).
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameChannels: Exact<keyof typeof contract, Channel> = true
const sameEvents: Exact<keyof typeof events, EventName> = true
void sameChannels
void sameEvents

export type Contract = typeof contract
export type RequestIn<C extends Channel> = z.input<Contract[C]['request']>
export type RequestOf<C extends Channel> = z.output<Contract[C]['request']>
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>

export { Application, Interview, Person, Meeting, Note, Journal, IsoDateTime }
