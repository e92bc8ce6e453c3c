/**
 * What each view shows, answered in main from the store and its indexes: the application list as summaries (one
 * page at a time), one application's detail, the draft context per draft (cached until an op touches it) and the
 * follow-up plan (cached per revision and minute). One JournalViews per store; `afterApply` keeps it current.
 */
import { MISSED_LISTED, type FollowUpList } from '../../../shared/followup/schema'
import { snoozeOptions } from '../../../shared/followup/quiet'
import { reminderPlan, snoozedReason, type ReminderPlan } from '../../../shared/followup/reminders'
import type { CheckContext } from '../../../shared/etiquette/contract'
import { buildDraftContext, findOpenDraft, type DraftTarget } from '../../../shared/model/draft-context'
import type { Draft, Journal } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract'
import type { JournalStore } from '../store'
import { timeZoneOf } from '../time-zone'
import { JournalIndex } from './indexes'
import { DraftContextCache } from './draft-context-cache'
import { SearchIndex } from './search-index'
import { explainMatch, searchJournal } from './search-hits'
import { queryWords } from '../../../shared/search/text'

export type ApplicationPage = ResponseOf<'journal:applications'>
export type ApplicationDetail = ResponseOf<'journal:application'>
export type SearchAnswer = ResponseOf<'journal:search'>
export type DraftView = Omit<Draft, 'history'> & { lastRevision?: Draft['history'][number] | null }

/** A draft as the renderer sees it: the history stays in main (only the LLM and the composer use it). */
export function draftView({ history, ...draft }: Draft): DraftView {
  return { ...draft, lastRevision: history.at(-1) ?? null }
}

export class JournalViews {
  private byOwner: JournalIndex
  private indexedRevision: number
  private planCache: { key: string; plan: ReminderPlan } | null = null
  private order: { revision: number; ids: string[] } | null = null
  private readonly contexts = new DraftContextCache()
  /** Built on the first search (not at start: most sessions never search), then kept current op by op. */
  private searchIndex: SearchIndex | null = null

  constructor(
    private readonly store: Pick<JournalStore, 'get' | 'revision'>,
    private readonly now: () => Date
  ) {
    this.byOwner = new JournalIndex(store.get())
    this.indexedRevision = store.revision()
  }

  /** After the store applied `ops` (revision `before` → now): update the index, drop what they invalidate. */
  afterApply(ops: readonly JournalOp[], before: number): void {
    if (ops.length === 0 && this.store.revision() === before) return
    if (this.indexedRevision !== before || this.store.revision() !== before + 1) return this.rebuild()
    this.contexts.invalidate(ops, this.byOwner, this.store.get())
    this.byOwner.apply(ops)
    this.searchIndex?.apply(ops)
    this.indexedRevision = this.store.revision()
    if (ops.some((op) => op.type === 'put' && op.collection === 'applications')) this.order = null
    if (ops.some((op) => op.type === 'delete' && op.collection === 'applications')) this.order = null
  }

  /** Starts over from the store (after an import, or if an edit bypassed afterApply). */
  rebuild(): void {
    this.byOwner = new JournalIndex(this.store.get())
    this.indexedRevision = this.store.revision()
    this.contexts.clear()
    this.order = null
    this.searchIndex = null
  }

  /** The index, current with the store (rebuilt if an edit reached the store without afterApply). */
  index(): JournalIndex {
    if (this.indexedRevision !== this.store.revision()) this.rebuild()
    return this.byOwner
  }

  /** The search index, current with the store (built on first use). */
  search(): SearchIndex {
    this.index()
    return (this.searchIndex ??= new SearchIndex(this.store.get()))
  }

  /** The global search: hits grouped as applications, people and notes, `limit` per group. */
  find(request: RequestOf<'journal:search'>): SearchAnswer {
    const words = queryWords(request.query)
    return { words, ...searchJournal(this.search(), words, request.limit) }
  }

  /** The records of one application (and every application, which the draft context compares companies with). */
  slice(applicationId: string): Journal {
    const journal = this.store.get()
    const index = this.index()
    const pick = <C extends 'interviews' | 'meetings' | 'notes' | 'drafts' | 'contactLog'>(
      collection: C,
      owners: string[]
    ): Journal[C] => {
      const table = journal[collection] as Record<string, Journal[C][string]>
      const out: Record<string, Journal[C][string]> = {}
      for (const owner of owners) {
        for (const id of index.ids(owner, collection)) {
          const record = table[id]
          if (record) out[id] = record
        }
      }
      return out as Journal[C]
    }
    const interviewOwners = [...index.interviewsOf(applicationId)].map((id) => `int:${id}`)
    const meetings = pick('meetings', interviewOwners)
    const people: Journal['people'] = {}
    for (const meeting of Object.values(meetings)) {
      const person = journal.people[meeting.personId]
      if (person) people[person.id] = person
    }
    return {
      schemaVersion: journal.schemaVersion,
      settings: journal.settings,
      reminders: journal.reminders,
      applications: journal.applications,
      interviews: pick('interviews', [`app:${applicationId}`]),
      meetings,
      people,
      notes: pick('notes', interviewOwners),
      drafts: pick('drafts', interviewOwners),
      contactLog: pick('contactLog', [`app:${applicationId}`])
    }
  }

  applicationOfInterview(interviewId: string): string | null {
    const interview = Object.hasOwn(this.store.get().interviews, interviewId)
      ? this.store.get().interviews[interviewId]
      : undefined
    return interview?.applicationId ?? null
  }

  /** The person's open draft of this kind for this interview, looked up in that application only. */
  openDraft(target: DraftTarget): Draft | undefined {
    const applicationId = this.applicationOfInterview(target.interviewId)
    return applicationId ? findOpenDraft(this.slice(applicationId), target) : undefined
  }

  /** The checker's and composer's context for one draft, cached until an op touches what it was built from. */
  draftContext(target: DraftTarget): CheckContext {
    this.index()
    const minute = Math.floor(this.now().getTime() / 60_000)
    const cached = this.contexts.get(target, minute)
    if (cached) return cached
    const applicationId = this.applicationOfInterview(target.interviewId)
    const slice = applicationId ? this.slice(applicationId) : this.store.get()
    const context = buildDraftContext(slice, target, this.now())
    this.contexts.set(target, minute, context, applicationId, Object.keys(slice.people))
    return context
  }

  /**
   * What is due now, with the reminder state applied (snoozed, dismissed, notified, quiet hours); computed at most
   * once per revision and minute, shared by the scheduler, the Due panel and the application list.
   */
  plan(): ReminderPlan {
    const now = this.now()
    const key = `${this.store.revision()}|${Math.floor(now.getTime() / 60_000)}`
    if (this.planCache?.key !== key) {
      this.planCache = {
        key,
        plan: reminderPlan(this.store.get(), now, { timeZone: timeZoneOf(this.store) })
      }
    }
    return this.planCache.plan
  }

  /** The Due panel's list: what is due, snoozed, stopped and waiting for notes, in the user's words. */
  dueList(): FollowUpList {
    const plan = this.plan()
    const t = this.now().getTime()
    const timeZone = timeZoneOf(this.store)
    return {
      due: plan.due,
      stopped: plan.stopped,
      missed: plan.missed.slice(0, MISSED_LISTED),
      missedMore: Math.max(0, plan.missed.length - MISSED_LISTED),
      snoozed: plan.snoozed.map((s) => ({ ...s, reason: snoozedReason(s, timeZone, t) })),
      captures: plan.captures,
      snoozeOptions: snoozeOptions(t, timeZone),
      heldUntil: plan.heldUntil,
      nextChangeAt: plan.nextChangeAt
    }
  }

  applications(request: RequestOf<'journal:applications'>): ApplicationPage {
    const journal = this.store.get()
    const index = this.index()
    const words = queryWords(request.search ?? '')
    let ids = words.length > 0 ? this.search().matching(words) : this.newestFirst()
    if (request.status) ids = ids.filter((id) => journal.applications[id]?.status === request.status)
    const nextDue = new Map<string, ReminderPlan['due'][number]>()
    for (const item of this.plan().due)
      if (!nextDue.has(item.applicationId)) nextDue.set(item.applicationId, item)
    if (request.dueOnly) ids = ids.filter((id) => nextDue.has(id))
    const items = ids.slice(request.offset, request.offset + request.limit).flatMap((id) => {
      const a = journal.applications[id]
      if (!a) return []
      const interviews = index.interviewsOf(id)
      const people = new Set<string>()
      for (const interviewId of interviews) {
        for (const meetingId of index.ids(`int:${interviewId}`, 'meetings')) {
          const personId = journal.meetings[meetingId]?.personId
          if (personId) people.add(personId)
        }
      }
      const due = nextDue.get(id)
      const match = words.length > 0 ? explainMatch(this.search(), id, words) : null
      return [
        {
          id,
          company: a.company,
          role: a.role,
          status: a.status,
          createdAt: a.createdAt,
          interviews: interviews.size,
          people: people.size,
          nextDue: due
            ? { kind: due.kind, personName: due.personName, dueAt: due.dueAt, overdue: due.overdue }
            : null,
          ...(match ? { match } : {})
        }
      ]
    })
    return { total: ids.length, offset: request.offset, items }
  }

  application(id: string): ApplicationDetail | null {
    const application = Object.hasOwn(this.store.get().applications, id)
      ? this.store.get().applications[id]
      : undefined
    if (!application) return null
    const slice = this.slice(id)
    return {
      application,
      interviews: Object.values(slice.interviews),
      meetings: Object.values(slice.meetings),
      people: Object.values(slice.people),
      notes: Object.values(slice.notes),
      drafts: Object.values(slice.drafts).map(draftView),
      contactLog: Object.values(slice.contactLog)
    }
  }

  /** Application ids, newest first; re-sorted only when an application is added, changed or removed. */
  private newestFirst(): string[] {
    const revision = this.store.revision()
    if (!this.order) {
      const ids = Object.values(this.store.get().applications)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
        .map((a) => a.id)
      this.order = { revision, ids }
    }
    return this.order.ids
  }
}

const registry = new WeakMap<object, JournalViews>()

/** The one JournalViews of this store (made on first use). */
export function viewsOf(store: Pick<JournalStore, 'get' | 'revision'>, now: () => Date): JournalViews {
  let views = registry.get(store)
  if (!views) registry.set(store, (views = new JournalViews(store, now)))
  return views
}
