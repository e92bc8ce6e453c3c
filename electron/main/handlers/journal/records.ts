/**
 * What the journal's record handlers share: looking a record up (or saying plainly that it is missing), fresh ids
 * and timestamps, committing a change, and the cascade of what hangs off deleted interviews (found by index).
 */
import { AppError } from '../../../../shared/ipc/result'
import { recordById } from '../../../../shared/model/draft-context'
import type { Collection, Journal } from '../../../../shared/model/journal'
import type { JournalOp } from '../../../../shared/model/ops'
import { commitChange } from '../../queries/changes'
import { viewsOf } from '../../queries/views'
import type { JournalIndex } from '../../queries/indexes'
import type { HandlerDeps } from '../deps'

export function mustFind<T>(table: Record<string, T>, id: string, what: string): T {
  const record = recordById(table, id)
  if (!record) throw new AppError('not-found', `No ${what} with id ${id}.`)
  return record
}

export interface RecordTools {
  stamp(): string
  created(): { id: string; createdAt: string; updatedAt: string }
  commit(ops: JournalOp[], reason: string): Promise<Journal>
  index(): JournalIndex
}

export function recordTools(deps: HandlerDeps): RecordTools {
  const stamp = () => deps.now().toISOString()
  return {
    stamp,
    created: () => ({ id: deps.newId(), createdAt: stamp(), updatedAt: stamp() }),
    commit: (ops, reason) => commitChange(deps, ops, reason),
    index: () => viewsOf(deps.store, deps.now).index()
  }
}

/** The meetings of one person in one interview (at most one in practice). */
export function meetingsOf(journal: Journal, index: JournalIndex, interviewId: string, personId: string) {
  return [...index.ids(`int:${interviewId}`, 'meetings')]
    .map((id) => recordById(journal.meetings, id))
    .filter((m) => m !== undefined && m.personId === personId)
}

/** Everything that hangs off a set of interviews: meetings, notes, drafts, and people left with no meeting. */
export function cascadeInterviews(
  journal: Journal,
  index: JournalIndex,
  interviewIds: Set<string>
): JournalOp[] {
  const ops: JournalOp[] = []
  const del = (collection: Collection, id: string) => ops.push({ type: 'delete', collection, id })
  const touchedPeople = new Set<string>()
  for (const interviewId of interviewIds) {
    const owner = `int:${interviewId}`
    for (const id of index.ids(owner, 'meetings')) {
      del('meetings', id)
      const personId = recordById(journal.meetings, id)?.personId
      if (personId) touchedPeople.add(personId)
    }
    for (const id of index.ids(owner, 'notes')) del('notes', id)
    for (const id of index.ids(owner, 'drafts')) del('drafts', id)
    for (const id of index.ids(owner, 'contactLog')) del('contactLog', id)
  }
  for (const personId of touchedPeople) {
    const metElsewhere = [...index.ids(`person:${personId}`, 'meetings')].some((id) => {
      const meeting = recordById(journal.meetings, id)
      return meeting !== undefined && !interviewIds.has(meeting.interviewId)
    })
    if (!metElsewhere) del('people', personId)
  }
  for (const id of interviewIds) del('interviews', id)
  return ops
}
