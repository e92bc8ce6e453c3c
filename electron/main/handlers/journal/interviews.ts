/** Handlers for interviews: create (under an application), update, and delete with what hangs off them. */
import type { Handlers } from '../../ipc/router'
import type { HandlerDeps } from '../deps'
import { cascadeInterviews, mustFind, recordTools } from './records'
import { deletion } from '../undo'

type InterviewHandlers = Pick<Handlers, 'interviews:create' | 'interviews:update' | 'interviews:delete'>

export function createInterviewHandlers(deps: HandlerDeps): InterviewHandlers {
  const { store } = deps
  const { stamp, created, commit, index } = recordTools(deps)
  return {
    'interviews:create': async (fields) => {
      mustFind(store.get().applications, fields.applicationId, 'application')
      const record = { ...created(), ...fields }
      const journal = await commit([{ type: 'put', collection: 'interviews', record }], 'interviews:create')
      return mustFind(journal.interviews, record.id, 'interview')
    },
    'interviews:update': async ({ id, patch }) => {
      const current = mustFind(store.get().interviews, id, 'interview')
      const record = { ...current, ...patch, updatedAt: stamp() }
      const journal = await commit([{ type: 'put', collection: 'interviews', record }], 'interviews:update')
      return mustFind(journal.interviews, id, 'interview')
    },
    'interviews:delete': async ({ id }) => {
      const journal = store.get()
      mustFind(journal.interviews, id, 'interview')
      const ops = cascadeInterviews(journal, index(), new Set([id]))
      const result = deletion(journal, ops)
      await commit(ops, 'interviews:delete')
      return result
    }
  }
}
