/**
 * The IPC contract: for every channel (`domain:verb`) a zod schema of the request and of the response, and for
 * every main-to-renderer event a schema of its payload. Main validates each request with it before a handler runs;
 * the preload and the renderer's `api` object are typed from it.
 */
import { z } from 'zod'
import { ComposeSource, DraftKind, Finding, LeftOutNote, Severity } from '../etiquette/contract'
import { RuleId } from '../etiquette/rules/index'
import {
  Application,
  Channel as ContactChannel,
  Draft,
  DraftRevision,
  ApplicationStatus,
  Contact,
  ContactEvent,
  Id,
  Interview,
  InterviewType,
  IsoDateTime,
  Journal,
  Meeting,
  Note,
  Person,
  ReminderKey,
  Settings,
  TimeOfDay,
  TimeZoneSetting
} from '../model/journal'
import { DueKind, FollowUpList, FollowUpTarget, SnoozeChoiceSchema } from '../followup/schema'
import { CollectionName } from '../model/ops'
import type { Channel, EventName } from './channels'
import { CalendarPreview, CalendarConfirm, CalendarConfirmed, CalendarPreviewRequest } from './calendar'

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
  restoredFrom: z.string().optional(),
  /** Set when the journal folder cannot be written: the journal is open read-only; the banner's words. */
  readOnly: z.string().optional()
})
export type StartupReport = z.infer<typeof StartupReport>

const SettingsPatch = z.strictObject({
  candidateName: Settings.shape.candidateName.unwrap().optional(),
  availability: Settings.shape.availability.unwrap().optional(),
  disabledRules: z.array(RuleId).max(100).optional(),
  notifications: z.boolean().optional(),
  myEmails: z
    .array(
      z.email({ message: 'Give e-mail addresses such as you@example.com' }).trim().toLowerCase().max(320)
    )
    .max(20)
    .optional(),
  quietHours: z.strictObject({ enabled: z.boolean(), start: TimeOfDay, end: TimeOfDay }).optional(),
  /** An IANA zone, or '' to follow the computer's. */
  timeZone: TimeZoneSetting.optional()
})

/** One record a delete took away, exactly as it was, so `journal:restore` can put it back (undo). */
const RemovedRecord = z.object({ collection: CollectionName, record: z.record(z.string(), z.unknown()) })
export type RemovedRecord = z.infer<typeof RemovedRecord>
/** `deleted` counts the records removed (the record and what hung off it); `removed` holds them for an undo. */
const Deleted = z.object({ deleted: z.number().int().min(0), removed: z.array(RemovedRecord) })

const DraftTarget = z.strictObject({ interviewId: Id, personId: Id, kind: DraftKind })
const DraftText = z.strictObject({
  channel: ContactChannel,
  to: z.string().max(320),
  subject: z.string().max(300),
  body: z.string().max(20000)
})

/** What the user sees of an import before saying yes: counts of records added, updated and removed. */
const ImportPreview = z.object({
  mode: z.enum(['replace', 'merge']),
  collections: z.record(
    z.string(),
    z.object({ added: z.number(), updated: z.number(), removed: z.number(), unchanged: z.number() })
  ),
  totals: z.object({ added: z.number(), updated: z.number(), removed: z.number() }),
  settingsChanged: z.boolean()
})
/** A save or open dialog the user may cancel: `path` is null then. */
const Saved = z.object({ path: z.string().nullable() })

const LlmSettingsOut = z.object({
  enabled: z.boolean(),
  baseUrl: z.string(),
  model: z.string(),
  hasApiKey: z.boolean(),
  approvedOrigin: z.string()
})

const LlmMode = z.enum(['write', 'polish'])
/** A proposal from the LLM, validated in main: never saved until the user accepts it. */
const LlmProposal = z.object({
  subject: z.string(),
  body: z.string(),
  accepted: z.boolean(),
  attempts: z.number().int().min(1),
  findings: z.array(Finding),
  rejected: z.array(z.object({ reason: z.string(), detail: z.string() }))
})

/**
 * A draft as the renderer sees it: its history stays in main (only the composer and the LLM use it); the newest
 * revision comes along so the editor knows whether Undo can take back an accepted AI text.
 */
const DraftView = Draft.omit({ history: true }).extend({ lastRevision: DraftRevision.nullable().optional() })

/**
 * Why an application matched a search when its company and role alone did not: a person met there (the snippet
 * is their title), or a note (the snippet a short stretch around the hit, at most ~80 characters).
 */
const SearchMatch = z.object({
  kind: z.enum(['person', 'note']),
  personName: z.string(),
  snippet: z.string(),
  /** A note marked private: the user's own words, shown with a lock label. */
  private: z.boolean().optional()
})
export type SearchMatch = z.infer<typeof SearchMatch>

const TextRange = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })
const hitGroup = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number().int().min(0), items: z.array(item) })
/** What `journal:search` finds, grouped, each group capped at the request's limit with its total. */
const SearchResults = z.object({
  /** The query's words as compared (lower case, no accents). */
  words: z.array(z.string()),
  applications: hitGroup(
    z.object({ applicationId: Id, company: z.string(), role: z.string(), status: ApplicationStatus })
  ),
  people: hitGroup(
    z.object({
      personId: Id,
      name: z.string(),
      title: z.string(),
      applicationId: Id,
      company: z.string(),
      role: z.string(),
      interviewId: Id
    })
  ),
  notes: hitGroup(
    z.object({
      noteId: Id,
      snippet: z.string(),
      /** The first hit, as offsets in the snippet. */
      hit: TextRange,
      private: z.boolean(),
      personId: Id,
      personName: z.string(),
      applicationId: Id,
      company: z.string(),
      role: z.string(),
      interviewId: Id
    })
  )
})
export type SearchResults = z.infer<typeof SearchResults>

/** One row of the application list: what it shows, counted and looked up in main. */
const ApplicationSummary = z.object({
  id: Id,
  company: z.string(),
  role: z.string(),
  status: ApplicationStatus,
  createdAt: IsoDateTime,
  interviews: z.number().int().min(0),
  people: z.number().int().min(0),
  /** The most urgent follow-up due in this application, if any. */
  nextDue: z
    .object({ kind: DueKind, personName: z.string(), dueAt: IsoDateTime, overdue: z.boolean() })
    .nullable(),
  /** With a search: why it matched, when not by its company or role. */
  match: SearchMatch.optional()
})

/** One application with everything its detail view shows: interviews, the people met, notes, drafts, contacts. */
const ApplicationDetail = z.object({
  application: Application,
  interviews: z.array(Interview),
  meetings: z.array(Meeting),
  people: z.array(Person),
  notes: z.array(Note),
  drafts: z.array(DraftView),
  contactLog: z.array(ContactEvent)
})

/** Records written by one change, per collection (drafts without their history). */
const ChangedRecords = z
  .object({
    applications: z.array(Application),
    interviews: z.array(Interview),
    people: z.array(Person),
    meetings: z.array(Meeting),
    notes: z.array(Note),
    contactLog: z.array(ContactEvent),
    drafts: z.array(DraftView)
  })
  .partial()
const DeletedIds = z
  .object({
    applications: z.array(Id),
    interviews: z.array(Id),
    people: z.array(Id),
    meetings: z.array(Id),
    notes: z.array(Id),
    contactLog: z.array(Id),
    drafts: z.array(Id)
  })
  .partial()

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
  /** The whole journal: for the e2e tests' look at what main holds; the window asks for views (below) instead. */
  'journal:get': { request: Empty, response: Journal },
  /** One page of the application list, newest first, filtered by status and text in main. */
  'journal:applications': {
    request: z.strictObject({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      status: ApplicationStatus.optional(),
      search: z.string().trim().max(200).optional(),
      /** Only the applications with a thank-you or check-in due now. */
      dueOnly: z.boolean().optional()
    }),
    response: z.object({
      total: z.number().int().min(0),
      offset: z.number().int(),
      items: z.array(ApplicationSummary)
    })
  },
  'journal:application': { request: z.strictObject({ id: Id }), response: ApplicationDetail.nullable() },
  /**
   * Search across companies, roles, the people met and note text (case- and accent-insensitive, every word must
   * match): hits grouped as applications, people and notes, `limit` per group, with totals.
   */
  'journal:search': {
    request: z.strictObject({
      query: z
        .string()
        .trim()
        .min(1, 'Type a word to search for.')
        .max(200, 'A search is at most 200 characters.'),
      limit: z.number().int().min(1).max(50).default(5)
    }),
    response: SearchResults
  },
  'settings:get': { request: Empty, response: Settings },
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
  /** Deletes a person everywhere: every meeting, note, draft and logged contact with them. */
  'people:delete': { request: z.strictObject({ id: Id }), response: Deleted },
  'notes:add': {
    request: z.strictObject({
      interviewId: Id,
      personId: Id,
      text: Note.shape.text,
      use: Note.shape.use.unwrap().optional()
    }),
    response: Note
  },
  /** Changes a note's text, its use (auto | use | private: may a draft use it), or both. */
  'notes:update': {
    request: z
      .strictObject({ id: Id, text: Note.shape.text.optional(), use: Note.shape.use.unwrap().optional() })
      .refine((r) => r.text !== undefined || r.use !== undefined, 'Say what to change: the text or the use.'),
    response: Note
  },
  'notes:delete': { request: z.strictObject({ id: Id }), response: Deleted },
  'meetings:update': {
    request: z.strictObject({ id: Id, patch: z.strictObject({ availabilityRequested: z.boolean() }) }),
    response: Meeting
  },
  'contacts:logReply': {
    request: z.strictObject({
      personId: Id,
      interviewId: Id,
      at: IsoDateTime.optional(),
      channel: ContactChannel
    }),
    response: z.object({ logged: z.literal(true) })
  },
  /** Corrects a logged contact (a reply or a sent note): when it happened and by which channel. */
  'contacts:update': {
    request: z.strictObject({
      id: Id,
      patch: z.strictObject({ at: IsoDateTime, channel: ContactChannel }).partial()
    }),
    response: ContactEvent
  },
  'contacts:delete': { request: z.strictObject({ id: Id }), response: Deleted },
  /**
   * Undo of a delete: puts back exactly the records a delete answered with. Refused, with nothing changed, when one
   * of them exists again or something it belongs to has been deleted since.
   */
  'journal:restore': {
    request: z.strictObject({ removed: z.array(RemovedRecord).min(1).max(100_000) }),
    response: z.object({ restored: z.number().int().min(0) })
  },
  /** Writes (or rewrites) the person's draft with the offline composer; the previous text goes to its history. */
  'drafts:compose': {
    request: DraftTarget,
    /** `leftOut`: the notes the composer did not use, with why (private, sensitive, unphraseable, not-chosen). */
    response: z.object({ draft: Draft, sources: z.array(ComposeSource), leftOut: z.array(LeftOutNote) })
  },
  'drafts:save': {
    request: DraftTarget.extend({ text: DraftText }),
    response: Draft
  },
  /** Checks text as typed (not yet saved) against the etiquette rules, with the journal as context. */
  'drafts:check': {
    request: DraftTarget.extend({ text: DraftText }),
    response: z.object({ findings: z.array(Finding), spelling: z.enum(['ready', 'loading', 'unavailable']) })
  },
  'drafts:suggest': {
    request: z.strictObject({ word: z.string().min(1).max(64) }),
    response: z.object({ suggestions: z.array(z.string()) })
  },
  /** Marks the draft sent and logs the contact (thank-you sent or check-in sent). */
  'drafts:markSent': { request: z.strictObject({ id: Id, at: IsoDateTime.optional() }), response: Draft },
  /** What is due now (thank-yous, check-ins), most urgent first, and who not to follow up with again. */
  'followups:list': { request: Empty, response: FollowUpList },
  /** Snoozes reminders (one, or all of a summary) until the choice's moment in the user's zone. */
  'reminders:snooze': {
    request: z.strictObject({ keys: z.array(ReminderKey).min(1).max(200), choice: SnoozeChoiceSchema }),
    response: z.object({ snoozedUntil: IsoDateTime })
  },
  /** "Not this one": the reminder is never listed or notified again. */
  'reminders:dismiss': {
    request: z.strictObject({ key: ReminderKey }),
    response: z.object({ dismissed: z.literal(true) })
  },
  'rules:list': {
    request: Empty,
    response: z.object({
      rules: z.array(
        z.object({
          id: RuleId,
          severity: Severity,
          title: z.string(),
          description: z.string(),
          enabled: z.boolean()
        })
      )
    })
  },
  'settings:update': { request: z.strictObject({ patch: SettingsPatch }), response: Settings },
  /** Adds one word to the personal dictionary (a spelling finding's "Add to dictionary"). */
  'settings:addWord': {
    request: z.strictObject({
      word: z
        .string()
        .trim()
        .min(1)
        .max(64)
        .regex(/^[^\s]+$/, 'A dictionary word is one word, without spaces.')
    }),
    response: Settings
  },
  'data:exportJson': { request: Empty, response: Saved },
  'data:exportCsv': {
    request: z.strictObject({ what: z.enum(['applications', 'interviews']) }),
    response: Saved
  },
  /** Asks for a file to import and previews both modes; nothing changes until data:import with the token. */
  'data:chooseImport': {
    request: Empty,
    response: z.object({
      token: z.string().nullable(),
      fileName: z.string(),
      replace: ImportPreview.nullable(),
      merge: ImportPreview.nullable()
    })
  },
  'data:import': {
    request: z.strictObject({ token: z.string().min(1).max(100), mode: z.enum(['replace', 'merge']) }),
    response: ImportPreview
  },
  /** Reads an invite's text (dropped, pasted or opened) and proposes what importing it would do; writes nothing. */
  'calendar:preview': { request: CalendarPreviewRequest, response: CalendarPreview },
  /** Asks for an .ics file with the OS dialog and returns its text (size-capped) for calendar:preview. */
  'calendar:openInvite': {
    request: Empty,
    response: z.object({ fileName: z.string(), text: z.string().nullable() })
  },
  /** Imports the invite as previewed, with the user's choices; main re-reads the text, the renderer's copy of
   * times and people is never trusted. */
  'calendar:confirm': { request: CalendarConfirm, response: CalendarConfirmed },
  /** Writes interviews and due follow-ups as an .ics file (all, or one interview's "Add to calendar" file). */
  'calendar:export': { request: z.strictObject({ interviewId: Id.optional() }), response: Saved },
  'llm:configure': {
    request: z.strictObject({
      enabled: z.boolean(),
      baseUrl: z.union([
        z.literal(''),
        z.url({ protocol: /^https?$/, message: 'The base URL must be an http(s) URL' })
      ]),
      model: z.string().trim().max(200)
    }),
    response: LlmSettingsOut
  },
  'llm:setKey': { request: z.strictObject({ key: z.string().min(1).max(1000) }), response: LlmSettingsOut },
  'llm:clearKey': { request: Empty, response: LlmSettingsOut },
  'llm:test': {
    request: Empty,
    response: z.object({ model: z.string(), models: z.array(z.string()) })
  },
  /** Exactly what "Write with AI" or "Polish" would send for this draft, and where to. Sends nothing. */
  'llm:preview': {
    request: z.strictObject({ draftId: Id, mode: LlmMode }),
    response: z.object({
      endpoint: z.string(),
      model: z.string(),
      approved: z.boolean(),
      messages: z.array(z.object({ role: z.string(), content: z.string() }))
    })
  },
  /**
   * Asks the LLM for a proposal (streaming `llm:delta` events), validates it in main, repairs once if needed.
   * Saves nothing. `approve` records that the user saw what will be sent to this endpoint.
   */
  'llm:propose': {
    request: z.strictObject({
      draftId: Id,
      mode: LlmMode,
      requestId: z.string().min(1).max(64),
      approve: z.boolean().optional()
    }),
    response: z.object({ proposal: LlmProposal })
  },
  /** Saves a proposal the user accepted as a revision from the LLM (the previous text stays in the history). */
  'llm:accept': {
    request: z.strictObject({ draftId: Id, subject: z.string().max(300), body: z.string().max(20000) }),
    response: Draft
  },
  /** Restores the text from before the last accepted proposal. */
  'llm:undo': { request: z.strictObject({ draftId: Id }), response: Draft },
  'llm:cancel': {
    request: z.strictObject({ requestId: z.string().min(1).max(64) }),
    response: z.object({ cancelled: z.boolean() })
  },
  'shell:openExternal': {
    request: z.strictObject({ url: z.string().max(2048) }),
    response: z.object({ opened: z.boolean() })
  }
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>

export const events = {
  /**
   * What one change wrote and removed, so the window patches what it shows; `reset` when too much changed to list
   * (an import): ask again. `settings` and `due` come along when they changed.
   */
  'journal:changed': z.object({
    reason: z.string(),
    revision: z.number().int(),
    put: ChangedRecords.optional(),
    deleted: DeletedIds.optional(),
    settings: Settings.optional(),
    reset: z.boolean().optional(),
    due: FollowUpList.optional()
  }),
  'llm:delta': z.object({ requestId: z.string(), text: z.string(), attempt: z.number().int().optional() }),
  /** The due list changed on its own (time passed): `keys` are the reminders that just became due. */
  'reminders:due': z.object({ keys: z.array(z.string()) }),
  /** The user clicked a reminder (notification or tray): open that person's draft. */
  'reminders:open': FollowUpTarget,
  /** The user clicked a capture prompt: open the quick-capture view for that interview. */
  'reminders:capture': z.object({ interviewId: Id, applicationId: Id }),
  /** An import file is being read in the background: the stage that just started. */
  'data:importProgress': z.object({ stage: z.enum(['reading', 'parsing', 'validating']) })
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
