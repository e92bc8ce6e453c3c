/**
 * Search through the real router, handlers and store: `journal:search` groups its hits and refuses an empty or
 * too long query in plain words; `journal:applications` finds an application by a person or a note and says why;
 * an edit or a delete is reflected at once (the index is kept op by op).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ResponseOf } from '../../../../shared/ipc/contract'
import {
  openHarness,
  seedJournal,
  type Harness,
  type Seeded
} from '../../../../test/main/handlers/test-harness'

type Results = ResponseOf<'journal:search'>
type Page = ResponseOf<'journal:applications'>

let h: Harness
let s: Seeded
beforeEach(async () => {
  h = await openHarness()
  s = await seedJournal(h)
  h.clock.advance(60_000) // Globex is the newer application
  const globex = await h.call<{ id: string }>('applications:create', { company: 'Globex', role: 'SRE' })
  const interview = await h.call<{ id: string }>('interviews:create', {
    applicationId: globex.id,
    startAt: '2026-03-04T09:00:00Z',
    endAt: '2026-03-04T10:00:00Z',
    type: 'hiring-manager'
  })
  const jose = await h.call<{ person: { id: string } }>('people:add', {
    interviewId: interview.id,
    person: { name: 'José Álvarez', title: 'Head of Platform' }
  })
  await h.call('notes:add', {
    interviewId: interview.id,
    personId: jose.person.id,
    text: 'Mentioned a reorg; keep this to myself',
    use: 'private'
  })
})
afterEach(() => h.close())

const search = (query: string, limit?: number) =>
  h.call<Results>('journal:search', { query, ...(limit ? { limit } : {}) })
const list = (search: string) => h.call<Page>('journal:applications', { search })

describe('journal:search', () => {
  it('groups applications, people and notes, accent-insensitive, with the hit inside the snippet', async () => {
    const byCompany = await search('acme')
    expect(byCompany.applications).toEqual({
      total: 1,
      items: [
        { applicationId: s.applicationId, company: 'Acme', role: 'Backend Engineer', status: 'applied' }
      ]
    })

    const byName = await search('jose alvarez')
    expect(byName.words).toEqual(['jose', 'alvarez'])
    expect(byName.people.items).toEqual([
      expect.objectContaining({ name: 'José Álvarez', title: 'Head of Platform', company: 'Globex' })
    ])

    const byNote = await search('Event Sourcing')
    expect(byNote.notes.total).toBe(1)
    const note = byNote.notes.items[0]!
    expect(note).toMatchObject({
      noteId: s.noteId,
      personId: s.janeId,
      personName: 'Jane Doe',
      applicationId: s.applicationId,
      interviewId: s.interviewId,
      private: false
    })
    expect(note.snippet.slice(note.hit.start, note.hit.end)).toBe('event')
  })

  it('finds private notes too, marked private', async () => {
    const r = await search('reorg')
    expect(r.notes.items).toEqual([expect.objectContaining({ private: true, personName: 'José Álvarez' })])
  })

  it('refuses an empty or too long query with a message a person can read', async () => {
    for (const query of ['', '   ', 'x'.repeat(201)]) {
      const answer = await h.invoke('journal:search', { query })
      expect(answer.ok).toBe(false)
      if (answer.ok) continue
      expect(answer.error.code).toBe('invalid-request')
      expect(answer.error.message).toMatch(/Type a word to search for\.|A search is at most 200 characters\./)
      expect(answer.error.message).not.toMatch(/journal:search|query|Too (big|small)/)
    }
    expect((await h.invoke('journal:search', { query: 'x'.repeat(200) })).ok).toBe(true)
  })

  it('forgets deleted and renamed records at once', async () => {
    await h.call('notes:delete', { id: s.noteId })
    expect((await search('sourcing')).notes.total).toBe(0)
    await h.call('people:update', { id: s.janeId, patch: { name: 'Janet Roe' } })
    expect((await search('jane doe')).people.total).toBe(0)
    expect((await search('janet')).people.items[0]).toMatchObject({ personId: s.janeId })
    await h.call('applications:delete', { id: s.applicationId })
    const gone = await search('janet')
    expect([gone.applications.total, gone.people.total, gone.notes.total]).toEqual([0, 0, 0])
  })
})

describe('journal:applications with a search', () => {
  it('finds an application by a person met or a word of a note, and says why', async () => {
    const byNote = await list('billing')
    expect(byNote.items.map((a) => a.company)).toEqual(['Acme'])
    expect(byNote.items[0]!.match).toEqual({
      kind: 'note',
      personName: 'Jane Doe',
      snippet: 'how they moved billing to event sourcing'
    })
    const byPerson = await list('alvarez')
    expect(byPerson.items.map((a) => a.company)).toEqual(['Globex'])
    expect(byPerson.items[0]!.match).toEqual({
      kind: 'person',
      personName: 'José Álvarez',
      snippet: 'Head of Platform'
    })
    // By company or role: no `match`, as before.
    expect((await list('glob')).items[0]).not.toHaveProperty('match')
    // Every word in the same application; none here holds both.
    expect((await list('billing jose')).total).toBe(0)
    expect((await list('acme billing')).total).toBe(1)
  })

  it('keeps the status filter and paging with a search', async () => {
    expect((await h.call<Page>('journal:applications', { search: 'engineer', status: 'offer' })).total).toBe(
      0
    )
    const page = await h.call<Page>('journal:applications', { search: 'e', offset: 1, limit: 1 })
    expect([page.total, page.items.map((a) => a.company)]).toEqual([2, ['Acme']]) // newest first: Globex, then Acme
  })
})
