/**
 * Delete with undo. A delete answers with the records it took away, exactly as they were; `journal:restore` puts
 * them back in one durable step. The renderer keeps them while its "Deleted Jane Doe · Undo" toast is shown, so
 * nothing is held in main and an undo survives no restart (which is what a toast promises).
 */
import type { RemovedRecord } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { Collection, Journal } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'

/** What a batch of ops deletes, read from the journal before it is applied. */
export function removedBy(journal: Journal, ops: readonly JournalOp[]): RemovedRecord[] {
  const removed: RemovedRecord[] = []
  for (const op of ops) {
    if (op.type !== 'delete') continue
    const table = journal[op.collection] as Record<string, Record<string, unknown>>
    const record = Object.hasOwn(table, op.id) ? table[op.id] : undefined
    if (record) removed.push({ collection: op.collection, record: structuredClone(record) })
  }
  return removed
}

/** The answer of every delete channel: how many records went, and the records themselves for an undo. */
export function deletion(journal: Journal, ops: readonly JournalOp[]) {
  const removed = removedBy(journal, ops)
  return { deleted: removed.length, removed }
}

/** The id fields of each collection and the collection each one points into. */
const REFERENCES: Record<Collection, Array<[field: string, target: Collection]>> = {
  applications: [],
  interviews: [['applicationId', 'applications']],
  people: [],
  meetings: [
    ['interviewId', 'interviews'],
    ['personId', 'people']
  ],
  notes: [
    ['interviewId', 'interviews'],
    ['personId', 'people']
  ],
  contactLog: [
    ['personId', 'people'],
    ['applicationId', 'applications'],
    ['interviewId', 'interviews']
  ],
  drafts: [
    ['interviewId', 'interviews'],
    ['personId', 'people']
  ]
}

const WHAT: Record<Collection, string> = {
  applications: 'application',
  interviews: 'interview',
  people: 'person',
  meetings: 'meeting',
  notes: 'note',
  contactLog: 'logged contact',
  drafts: 'draft'
}

/**
 * The put ops that undo a delete. Refuses (a `conflict`, nothing changed) when a record is back already, or when it
 * belongs to something that is neither in the journal nor among the records restored with it: a note cannot come
 * back to an interview deleted since.
 */
export function restoreOps(journal: Journal, removed: readonly RemovedRecord[]): JournalOp[] {
  const restoring = new Set(removed.map((r) => `${r.collection}/${String(r.record.id)}`))
  const exists = (collection: Collection, id: string) =>
    Object.hasOwn(journal[collection], id) || restoring.has(`${collection}/${id}`)
  if (restoring.size !== removed.length) {
    throw new AppError('invalid-request', 'The same record is listed twice. Nothing was restored.')
  }
  return removed.map(({ collection, record }) => {
    const id = String(record.id)
    if (Object.hasOwn(journal[collection], id)) {
      throw new AppError('conflict', `This ${WHAT[collection]} is already back. Nothing was restored.`)
    }
    for (const [field, target] of REFERENCES[collection]) {
      const ref = record[field]
      if (typeof ref === 'string' && !exists(target, ref)) {
        throw new AppError(
          'conflict',
          `This cannot be undone: the ${WHAT[target]} it belonged to has been deleted since.`
        )
      }
    }
    return { type: 'put', collection, record }
  })
}
