/**
 * Corrections the journal handlers do not cover: deleting a person everywhere, correcting or deleting a logged
 * contact, and putting deleted records back (undo). Each is one durable step, then `journal:changed`.
 */
import type { Journal } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'
import { commitChange } from '../queries/changes'
import { mustFind } from './journal/records'
import { deletion, restoreOps } from './undo'

type CorrectionHandlers = Pick<
  Handlers,
  'people:delete' | 'contacts:update' | 'contacts:delete' | 'journal:restore'
>

/** A person and everything about them: meetings, notes, drafts and the contact log. */
function personCascade(journal: Journal, personId: string): JournalOp[] {
  const ops: JournalOp[] = []
  const tables = ['meetings', 'notes', 'drafts', 'contactLog'] as const
  for (const collection of tables) {
    for (const record of Object.values(journal[collection])) {
      if (record.personId === personId) ops.push({ type: 'delete', collection, id: record.id })
    }
  }
  ops.push({ type: 'delete', collection: 'people', id: personId })
  return ops
}

export function createCorrectionHandlers(deps: HandlerDeps): CorrectionHandlers {
  const { store } = deps
  const commit = async (ops: JournalOp[], reason: string) => {
    const journal = await commitChange(deps, ops, reason)
    return journal
  }
  /** Reads what the ops remove before applying them: the store changes its journal in place. */
  const remove = async (ops: JournalOp[], reason: string) => {
    const result = deletion(store.get(), ops)
    await commit(ops, reason)
    return result
  }

  return {
    'people:delete': async ({ id }) => {
      mustFind(store.get().people, id, 'person')
      return remove(personCascade(store.get(), id), 'people:delete')
    },
    'contacts:update': async ({ id, patch }) => {
      const current = mustFind(store.get().contactLog, id, 'logged contact')
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
      const record = { ...current, ...defined, updatedAt: deps.now().toISOString() }
      const after = await commit([{ type: 'put', collection: 'contactLog', record }], 'contacts:update')
      return mustFind(after.contactLog, id, 'logged contact')
    },
    'contacts:delete': async ({ id }) => {
      mustFind(store.get().contactLog, id, 'logged contact')
      return remove([{ type: 'delete', collection: 'contactLog', id }], 'contacts:delete')
    },
    'journal:restore': async ({ removed }) => {
      const ops = restoreOps(store.get(), removed)
      await commit(ops, 'journal:restore')
      return { restored: ops.length }
    }
  }
}
