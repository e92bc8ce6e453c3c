/**
 * Handlers for the journal's records: applications, interviews, the people met and their notes. Each builds the
 * JournalOps for one user action (a delete cascades to what hangs off the record), applies them in one durable
 * step, then tells the renderer the journal changed.
 */
import type { Collection, Journal } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import { AppError } from '../../../shared/ipc/result'
import { recordById } from '../../../shared/model/draft-context'
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'

type JournalHandlers = Pick<
  Handlers,
  | 'journal:get'
  | 'applications:create'
  | 'applications:update'
  | 'applications:delete'
  | 'interviews:create'
  | 'interviews:update'
  | 'interviews:delete'
  | 'people:add'
  | 'people:update'
  | 'people:remove'
  | 'notes:add'
  | 'notes:update'
  | 'notes:delete'
  | 'meetings:update'
  | 'contacts:logReply'
>

function mustFind<T>(table: Record<string, T>, id: string, what: string): T {
  const record = recordById(table, id)
  if (!record) throw new AppError('not-found', `No ${what} with id ${id}.`)
  return record
}

/** Everything that hangs off a set of interviews: meetings, notes, drafts, and people left with no meeting. */
function cascadeInterviews(journal: Journal, interviewIds: Set<string>): JournalOp[] {
  const ops: JournalOp[] = []
  const del = (collection: Collection, id: string) => ops.push({ type: 'delete', collection, id })
  const touchedPeople = new Set<string>()
  for (const m of Object.values(journal.meetings)) {
    if (interviewIds.has(m.interviewId)) {
      del('meetings', m.id)
      touchedPeople.add(m.personId)
    }
  }
  for (const n of Object.values(journal.notes)) if (interviewIds.has(n.interviewId)) del('notes', n.id)
  for (const d of Object.values(journal.drafts)) if (interviewIds.has(d.interviewId)) del('drafts', d.id)
  for (const e of Object.values(journal.contactLog)) {
    if (e.interviewId && interviewIds.has(e.interviewId)) del('contactLog', e.id)
  }
  for (const personId of touchedPeople) {
    const metElsewhere = Object.values(journal.meetings).some(
      (m) => m.personId === personId && !interviewIds.has(m.interviewId)
    )
    if (!metElsewhere) del('people', personId)
  }
  for (const id of interviewIds) del('interviews', id)
  return ops
}

export function createJournalHandlers(deps: HandlerDeps): JournalHandlers {
  const { store } = deps
  const stamp = () => deps.now().toISOString()
  const created = () => ({ id: deps.newId(), createdAt: stamp(), updatedAt: stamp() })
  const commit = async (ops: JournalOp[], reason: string) => {
    const journal = await store.apply(ops)
    deps.emit('journal:changed', { reason })
    return journal
  }

  return {
    'journal:get': () => store.get(),

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
      const interviews = new Set(
        Object.values(journal.interviews)
          .filter((i) => i.applicationId === id)
          .map((i) => i.id)
      )
      const ops = cascadeInterviews(journal, interviews)
      for (const e of Object.values(journal.contactLog)) {
        if (e.applicationId === id && !(e.interviewId && interviews.has(e.interviewId))) {
          ops.push({ type: 'delete', collection: 'contactLog', id: e.id })
        }
      }
      ops.push({ type: 'delete', collection: 'applications', id })
      await commit(ops, 'applications:delete')
      return { deleted: ops.length }
    },

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
      const ops = cascadeInterviews(journal, new Set([id]))
      await commit(ops, 'interviews:delete')
      return { deleted: ops.length }
    },

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
        const already = Object.values(journal.meetings).some(
          (m) => m.interviewId === interviewId && m.personId === personId
        )
        if (already) throw new AppError('conflict', 'This person is already listed for this interview.')
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
      const meeting = Object.values(journal.meetings).find(
        (m) => m.interviewId === interviewId && m.personId === personId
      )
      if (!meeting) throw new AppError('not-found', 'This person is not listed for this interview.')
      const ops: JournalOp[] = [{ type: 'delete', collection: 'meetings', id: meeting.id }]
      for (const n of Object.values(journal.notes)) {
        if (n.interviewId === interviewId && n.personId === personId) {
          ops.push({ type: 'delete', collection: 'notes', id: n.id })
        }
      }
      for (const d of Object.values(journal.drafts)) {
        if (d.interviewId === interviewId && d.personId === personId) {
          ops.push({ type: 'delete', collection: 'drafts', id: d.id })
        }
      }
      const metElsewhere = Object.values(journal.meetings).some(
        (m) => m.personId === personId && m.id !== meeting.id
      )
      if (!metElsewhere) ops.push({ type: 'delete', collection: 'people', id: personId })
      await commit(ops, 'people:remove')
      return { deleted: ops.length }
    },

    'notes:add': async ({ interviewId, personId, text, use }) => {
      const journal = store.get()
      const met = Object.values(journal.meetings).some(
        (m) => m.interviewId === interviewId && m.personId === personId
      )
      if (!met)
        throw new AppError('not-found', 'Add the person to this interview before writing notes about them.')
      const order = Object.values(journal.notes).filter(
        (n) => n.interviewId === interviewId && n.personId === personId
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
      await commit([{ type: 'delete', collection: 'notes', id }], 'notes:delete')
      return { deleted: 1 }
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
