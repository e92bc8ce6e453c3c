/** Handlers for applications: create, update, and delete with everything that hangs off them. */
import type { Handlers } from '../../ipc/router'
import type { HandlerDeps } from '../deps'
import { cascadeInterviews, mustFind, recordTools } from './records'
import { deletion } from '../undo'

type ApplicationHandlers = Pick<
  Handlers,
  'applications:create' | 'applications:update' | 'applications:delete'
>

export function createApplicationHandlers(deps: HandlerDeps): ApplicationHandlers {
  const { store } = deps
  const { stamp, created, commit, index } = recordTools(deps)
  return {
    'applications:create': async (fields) => {
      const record = { ...created(), ...fields, closedAt: null }
      const journal = await commit(
        [{ type: 'put', collection: 'applications', record }],
        'applications:create'
      )
      return mustFind(journal.applications, record.id, 'application')
    },
    'applications:update': async ({ id, patch }) => {
      const current = mustFind(store.get().applications, id, 'application')
      const record = { ...current, ...patch, updatedAt: stamp() }
      const journal = await commit(
        [{ type: 'put', collection: 'applications', record }],
        'applications:update'
      )
      return mustFind(journal.applications, id, 'application')
    },
    'applications:delete': async ({ id }) => {
      const journal = store.get()
      mustFind(journal.applications, id, 'application')
      const byIndex = index()
      const interviews = new Set(byIndex.interviewsOf(id))
      const ops = cascadeInterviews(journal, byIndex, interviews)
      for (const eventId of byIndex.ids(`app:${id}`, 'contactLog')) {
        const event = journal.contactLog[eventId]
        if (event && !(event.interviewId && interviews.has(event.interviewId))) {
          ops.push({ type: 'delete', collection: 'contactLog', id: eventId })
        }
      }
      ops.push({ type: 'delete', collection: 'applications', id })
      const result = deletion(journal, ops)
      await commit(ops, 'applications:delete')
      return result
    }
  }
}
