/**
 * Handlers for the people met: add someone (new, or met before) to an interview, edit them, remove them from an
 * interview (with their notes and drafts there; the person too when met nowhere else), the meeting's own flag,
 * and logging their reply.
 */
import { AppError } from '../../../../shared/ipc/result'
import type { JournalOp } from '../../../../shared/model/ops'
import { recordById } from '../../../../shared/model/draft-context'
import type { Handlers } from '../../ipc/router'
import type { HandlerDeps } from '../deps'
import { meetingsOf, mustFind, recordTools } from './records'
import { deletion } from '../undo'

type PeopleHandlers = Pick<
  Handlers,
  'people:add' | 'people:update' | 'people:remove' | 'meetings:update' | 'contacts:logReply'
>

export function createPeopleHandlers(deps: HandlerDeps): PeopleHandlers {
  const { store } = deps
  const { stamp, created, commit, index } = recordTools(deps)
  return {
    'people:add': async ({ interviewId, personId, person }) => {
      const journal = store.get()
      mustFind(journal.interviews, interviewId, 'interview')
      if (Boolean(personId) === Boolean(person)) {
        throw new AppError(
          'invalid-request',
          'Give either personId (someone already met) or person (someone new).'
        )
      }
      const ops: JournalOp[] = []
      let id: string
      if (personId) {
        mustFind(journal.people, personId, 'person')
        if (meetingsOf(journal, index(), interviewId, personId).length > 0) {
          throw new AppError('conflict', 'This person is already listed for this interview.')
        }
        id = personId
      } else {
        const record = { ...created(), ...person }
        ops.push({ type: 'put', collection: 'people', record })
        id = record.id
      }
      const meeting = { ...created(), interviewId, personId: id }
      ops.push({ type: 'put', collection: 'meetings', record: meeting })
      const after = await commit(ops, 'people:add')
      return {
        person: mustFind(after.people, id, 'person'),
        meeting: mustFind(after.meetings, meeting.id, 'meeting')
      }
    },
    'people:update': async ({ id, patch }) => {
      const current = mustFind(store.get().people, id, 'person')
      const record = { ...current, ...patch, updatedAt: stamp() }
      const journal = await commit([{ type: 'put', collection: 'people', record }], 'people:update')
      return mustFind(journal.people, id, 'person')
    },
    'people:remove': async ({ interviewId, personId }) => {
      const journal = store.get()
      const byIndex = index()
      const meeting = meetingsOf(journal, byIndex, interviewId, personId)[0]
      if (!meeting) throw new AppError('not-found', 'This person is not listed for this interview.')
      const ops: JournalOp[] = [{ type: 'delete', collection: 'meetings', id: meeting.id }]
      for (const collection of ['notes', 'drafts'] as const) {
        for (const id of byIndex.ids(`int:${interviewId}`, collection)) {
          const table: Record<string, { personId: string }> = journal[collection]
          if (recordById(table, id)?.personId === personId) ops.push({ type: 'delete', collection, id })
        }
      }
      const metElsewhere = [...byIndex.ids(`person:${personId}`, 'meetings')].some((id) => id !== meeting.id)
      if (!metElsewhere) ops.push({ type: 'delete', collection: 'people', id: personId })
      const result = deletion(journal, ops)
      await commit(ops, 'people:remove')
      return result
    },
    'meetings:update': async ({ id, patch }) => {
      const current = mustFind(store.get().meetings, id, 'meeting')
      const record = { ...current, ...patch, updatedAt: stamp() }
      const after = await commit([{ type: 'put', collection: 'meetings', record }], 'meetings:update')
      return mustFind(after.meetings, id, 'meeting')
    },
    'contacts:logReply': async ({ personId, interviewId, at, channel }) => {
      const journal = store.get()
      const interview = mustFind(journal.interviews, interviewId, 'interview')
      mustFind(journal.people, personId, 'person')
      const record = {
        ...created(),
        personId,
        applicationId: interview.applicationId,
        interviewId,
        kind: 'reply-received',
        at: at ?? stamp(),
        channel
      }
      await commit([{ type: 'put', collection: 'contactLog', record }], 'contacts:logReply')
      return { logged: true as const }
    }
  }
}
