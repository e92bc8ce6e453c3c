/**
 * The renderer's cache of what the views show, and how one `journal:changed` delta patches it. Pure functions (no
 * window.api) so the patching is unit-tested. Each collection of the open application is a map kept by reference
 * when a change does not touch it, so components that select it do not re-render.
 */
import type { ResponseOf, EventPayload } from '../../../shared/ipc/contract'

export type Change = EventPayload<'journal:changed'>
export type ApplicationSummary = ResponseOf<'journal:applications'>['items'][number]
type DetailAnswer = NonNullable<ResponseOf<'journal:application'>>
export type Application = DetailAnswer['application']
export type Interview = DetailAnswer['interviews'][number]
export type Meeting = DetailAnswer['meetings'][number]
export type Person = DetailAnswer['people'][number]
export type Note = DetailAnswer['notes'][number]
export type DraftView = DetailAnswer['drafts'][number]
export type ContactEvent = DetailAnswer['contactLog'][number]

type ById<T> = Readonly<Record<string, T>>

/** One application and everything its detail view shows, keyed by id. */
export interface Detail {
  application: Application
  interviews: ById<Interview>
  meetings: ById<Meeting>
  people: ById<Person>
  notes: ById<Note>
  drafts: ById<DraftView>
  contactLog: ById<ContactEvent>
}

const byId = <T extends { id: string }>(records: T[]): Record<string, T> =>
  Object.fromEntries(records.map((r) => [r.id, r]))

export function detailFrom(answer: DetailAnswer): Detail {
  return {
    application: answer.application,
    interviews: byId(answer.interviews),
    meetings: byId(answer.meetings),
    people: byId(answer.people),
    notes: byId(answer.notes),
    drafts: byId(answer.drafts),
    contactLog: byId(answer.contactLog)
  }
}

/** A copy of `table` with `puts` (those that belong) written and `deleted` removed; the same table if nothing did. */
function patchTable<T extends { id: string }>(
  table: ById<T>,
  puts: readonly T[] | undefined,
  deleted: readonly string[] | undefined,
  belongs: (record: T) => boolean
): ById<T> {
  let next: Record<string, T> | null = null
  for (const record of puts ?? []) {
    if (!belongs(record) && !Object.hasOwn(table, record.id)) continue
    next ??= { ...table }
    next[record.id] = record
  }
  for (const id of deleted ?? []) {
    if (!Object.hasOwn(next ?? table, id)) continue
    next ??= { ...table }
    delete next[id]
  }
  return next ?? table
}

/** The detail after a change: null when the application itself was removed. */
export function patchDetail(detail: Detail, change: Change): Detail | null {
  const { put = {}, deleted = {} } = change
  const appId = detail.application.id
  if (deleted.applications?.includes(appId)) return null
  const application = put.applications?.find((a) => a.id === appId) ?? detail.application
  const interviews = patchTable(
    detail.interviews,
    put.interviews,
    deleted.interviews,
    (i) => i.applicationId === appId
  )
  const inApp = (r: { interviewId: string | null }) =>
    r.interviewId !== null && Object.hasOwn(interviews, r.interviewId)
  const meetings = patchTable(detail.meetings, put.meetings, deleted.meetings, inApp)
  const met = new Set(Object.values(meetings).map((m) => m.personId))
  const people = patchTable(detail.people, put.people, deleted.people, (p) => met.has(p.id))
  const next: Detail = {
    application,
    interviews,
    meetings,
    people,
    notes: patchTable(detail.notes, put.notes, deleted.notes, inApp),
    drafts: patchTable(detail.drafts, put.drafts, deleted.drafts, inApp),
    contactLog: patchTable(
      detail.contactLog,
      put.contactLog,
      deleted.contactLog,
      (e) => e.applicationId === appId
    )
  }
  const same = (Object.keys(next) as (keyof Detail)[]).every((key) => next[key] === detail[key])
  return same ? detail : next
}

/** Whether the application list (its rows, counts or next-due items) may show something else after this change. */
export function changesList(change: Change): boolean {
  if (change.reset || change.due) return true
  const { put = {}, deleted = {} } = change
  const touched = (c: keyof NonNullable<Change['put']>) => Boolean(put[c]?.length || deleted[c]?.length)
  return (
    touched('applications') ||
    touched('interviews') ||
    touched('meetings') ||
    Boolean(deleted.people?.length) ||
    touched('contactLog')
  )
}
