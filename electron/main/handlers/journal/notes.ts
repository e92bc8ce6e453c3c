/** Handlers for the bullet notes about one person in one interview. */
import { AppError } from '../../../../shared/ipc/result'
import { recordById } from '../../../../shared/model/draft-context'
import type { Handlers } from '../../ipc/router'
import type { HandlerDeps } from '../deps'
import { meetingsOf, mustFind, recordTools } from './records'
import { deletion } from '../undo'
import type { JournalOp } from '../../../../shared/model/ops'

type NoteHandlers = Pick<Handlers, 'notes:add' | 'notes:update' | 'notes:delete'>

export function createNoteHandlers(deps: HandlerDeps): NoteHandlers {
  const { store } = deps
  const { stamp, created, commit, index } = recordTools(deps)
  return {
    'notes:add': async ({ interviewId, personId, text, use }) => {
      const journal = store.get()
      const byIndex = index()
      if (meetingsOf(journal, byIndex, interviewId, personId).length === 0) {
        throw new AppError('not-found', 'Add the person to this interview before writing notes about them.')
      }
      const order = [...byIndex.ids(`int:${interviewId}`, 'notes')].filter(
        (id) => recordById(journal.notes, id)?.personId === personId
      ).length
      const record = { ...created(), interviewId, personId, text, order, use: use ?? 'auto' }
      const after = await commit([{ type: 'put', collection: 'notes', record }], 'notes:add')
      return mustFind(after.notes, record.id, 'note')
    },
    'notes:update': async ({ id, text, use }) => {
      const current = mustFind(store.get().notes, id, 'note')
      const record = { ...current, text: text ?? current.text, use: use ?? current.use, updatedAt: stamp() }
      const after = await commit([{ type: 'put', collection: 'notes', record }], 'notes:update')
      return mustFind(after.notes, id, 'note')
    },
    'notes:delete': async ({ id }) => {
      mustFind(store.get().notes, id, 'note')
      const ops: JournalOp[] = [{ type: 'delete', collection: 'notes', id }]
      const result = deletion(store.get(), ops)
      await commit(ops, 'notes:delete')
      return result
    }
  }
}
