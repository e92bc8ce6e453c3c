/** Delete with undo and the corrections channels, through the real router and store (test harness). */
import type { EventPayload } from '../../../shared/ipc/contract'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Journal } from '../../../shared/model/journal'
import { openJournalStore } from '../store'
import { openHarness, seedJournal, type Harness, type Seeded } from '../../../test/main/handlers/test-harness'

interface Deleted {
  deleted: number
  removed: Array<{ collection: string; record: { id: string } }>
}

let h: Harness
let s: Seeded

/** A deep copy of the journal as it is now (the store changes its own copy in place). */
const snapshot = (): Journal => structuredClone(h.store.get())

beforeEach(async () => {
  h = await openHarness()
  s = await seedJournal(h)
  // Something in every collection about Jane: a draft, a sent thank-you, a logged reply.
  const { draft } = await h.call<{ draft: { id: string } }>('drafts:compose', {
    interviewId: s.interviewId,
    personId: s.janeId,
    kind: 'thank-you'
  })
  await h.call('drafts:markSent', { id: draft.id })
  await h.call('contacts:logReply', { personId: s.janeId, interviewId: s.interviewId, channel: 'email' })
  h.events.length = 0
})
afterEach(async () => {
  await h.close()
})

describe('delete, then restore', () => {
  it('deleting a person then restoring gives back the journal exactly as before, also after a restart', async () => {
    const before = snapshot()
    const result = await h.call<Deleted>('people:delete', { id: s.janeId })
    const journal = h.store.get()
    expect(journal.people[s.janeId]).toBeUndefined()
    for (const c of ['meetings', 'notes', 'drafts', 'contactLog'] as const) {
      expect(Object.values(journal[c]).filter((r) => r.personId === s.janeId)).toEqual([])
    }
    expect(journal.people[s.bobId]).toBeDefined()
    expect(result.deleted).toBe(result.removed.length)
    expect(new Set(result.removed.map((r) => r.collection))).toEqual(
      new Set(['people', 'meetings', 'notes', 'drafts', 'contactLog'])
    )

    expect(await h.call('journal:restore', { removed: result.removed })).toEqual({
      restored: result.removed.length
    })
    expect(h.store.get()).toEqual(before)
    // The window is told what went and what came back, as deltas.
    const [deleted, restored] = h.events.map((e) => e.payload as EventPayload<'journal:changed'>)
    expect(deleted).toMatchObject({ reason: 'people:delete', deleted: { people: [s.janeId] } })
    expect(restored).toMatchObject({ reason: 'journal:restore', put: { people: [{ id: s.janeId }] } })

    await h.store.close()
    const reopened = await openJournalStore({ dir: h.dir, now: h.clock.now })
    expect(reopened.get()).toEqual(before)
    h.store = reopened
  })

  it.each([
    ['applications:delete', () => ({ id: s.applicationId })],
    ['interviews:delete', () => ({ id: s.interviewId })],
    ['people:remove', () => ({ interviewId: s.interviewId, personId: s.janeId })],
    ['notes:delete', () => ({ id: s.noteId })]
  ])(
    '%s answers with the removed records, and restoring them undoes it exactly',
    async (channel, payload) => {
      const before = snapshot()
      const result = await h.call<Deleted>(channel, payload())
      expect(result.removed.length).toBeGreaterThan(0)
      expect(h.store.get()).not.toEqual(before)
      await h.call('journal:restore', { removed: result.removed })
      expect(h.store.get()).toEqual(before)
    }
  )

  it('refuses to restore twice, and changes nothing', async () => {
    const result = await h.call<Deleted>('people:delete', { id: s.janeId })
    await h.call('journal:restore', { removed: result.removed })
    const after = snapshot()
    const again = await h.invoke('journal:restore', { removed: result.removed })
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(h.store.get()).toEqual(after)
  })

  it('refuses to restore a note whose interview was deleted since, in plain words, and changes nothing', async () => {
    const note = await h.call<Deleted>('notes:delete', { id: s.noteId })
    await h.call('interviews:delete', { id: s.interviewId })
    const after = snapshot()
    const result = await h.invoke('journal:restore', { removed: note.removed })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This cannot be undone: the interview it belonged to has been deleted since.'
      }
    })
    expect(h.store.get()).toEqual(after)
  })

  it('refuses a restored record the journal schema rejects, and changes nothing', async () => {
    const note = await h.call<Deleted>('notes:delete', { id: s.noteId })
    const after = snapshot()
    const broken = note.removed.map((r) => ({ ...r, record: { ...r.record, text: '' } }))
    const result = await h.invoke('journal:restore', { removed: broken })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', fields: { text: 'A note is required.' } }
    })
    expect(h.store.get()).toEqual(after)
  })
})

describe('logged contacts', () => {
  const reply = () => Object.values(h.store.get().contactLog).find((e) => e.kind === 'reply-received')!

  it('corrects when and how a reply came, and keeps the rest', async () => {
    const { id, personId, kind } = reply()
    const updated = await h.call('contacts:update', {
      id,
      patch: { at: '2026-03-04T09:30:00Z', channel: 'linkedin' }
    })
    expect(updated).toMatchObject({ id, personId, kind, at: '2026-03-04T09:30:00Z', channel: 'linkedin' })
    expect(reply()).toMatchObject({ at: '2026-03-04T09:30:00Z', channel: 'linkedin' })
  })

  it('deletes a reply logged by mistake, with undo', async () => {
    const before = snapshot()
    const { id } = reply()
    const result = await h.call<Deleted>('contacts:delete', { id })
    expect(result.removed).toEqual([{ collection: 'contactLog', record: before.contactLog[id] }])
    expect(h.store.get().contactLog[id]).toBeUndefined()
    await h.call('journal:restore', { removed: result.removed })
    expect(h.store.get()).toEqual(before)
  })

  it('says plainly when the record is gone', async () => {
    expect(await h.invoke('contacts:delete', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No logged contact with id nope.' }
    })
    expect(await h.invoke('people:delete', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
  })
})

describe('editing every record', () => {
  it('renames a person, moves an interview, changes a note and an application, each kept on disk', async () => {
    await h.call('people:update', { id: s.janeId, patch: { name: 'Jane Dough' } })
    await h.call('interviews:update', {
      id: s.interviewId,
      patch: { startAt: '2026-03-03T13:00:00Z', endAt: '2026-03-03T14:00:00Z', timeZone: 'Europe/Berlin' }
    })
    await h.call('notes:update', { id: s.noteId, text: 'billing moved to event sourcing' })
    await h.call('applications:update', { id: s.applicationId, patch: { status: 'offer' } })
    await h.store.close()
    const reopened = await openJournalStore({ dir: h.dir, now: h.clock.now })
    const j = reopened.get()
    expect(j.people[s.janeId]?.name).toBe('Jane Dough')
    expect(j.interviews[s.interviewId]).toMatchObject({
      startAt: '2026-03-03T13:00:00Z',
      timeZone: 'Europe/Berlin'
    })
    expect(j.notes[s.noteId]?.text).toBe('billing moved to event sourcing')
    expect(j.applications[s.applicationId]?.status).toBe('offer')
    h.store = reopened
  })
})
