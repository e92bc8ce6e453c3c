/**
 * The views main answers (application list, one application's detail, draft context) against the real handlers
 * and store: ops keep the indexes current, and the answers equal what a scan of the whole journal gives.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildDraftContext } from '../../../shared/model/draft-context'
import type { ResponseOf } from '../../../shared/ipc/contract'
import { openHarness, seedJournal, type Harness, type Seeded } from '../../../test/main/handlers/test-harness'
import { JournalIndex } from './indexes'
import { viewsOf } from './views'

type Detail = NonNullable<ResponseOf<'journal:application'>>
type Page = ResponseOf<'journal:applications'>

let h: Harness
let s: Seeded
beforeEach(async () => {
  h = await openHarness()
  s = await seedJournal(h)
})
afterEach(() => h.close())

const detail = () => h.call<Detail>('journal:application', { id: s.applicationId })
const ids = (records: { id: string }[]) => records.map((r) => r.id).sort()

/** The index as the views keep it, compared with one built from scratch over the same journal. */
function expectIndexMatchesRebuild(): void {
  const kept = viewsOf(h.store, h.deps.now).index()
  const fresh = new JournalIndex(h.store.get())
  const owners = [`app:${s.applicationId}`, `int:${s.interviewId}`, `person:${s.janeId}`, `person:${s.bobId}`]
  for (const owner of owners) {
    for (const c of ['interviews', 'meetings', 'notes', 'drafts', 'contactLog'] as const) {
      expect([...kept.ids(owner, c)].sort(), `${owner} ${c}`).toEqual([...fresh.ids(owner, c)].sort())
    }
  }
}

describe('journal:application', () => {
  it('answers one application with its interviews, people, meetings, notes and drafts (without history)', async () => {
    await h.call('drafts:compose', { interviewId: s.interviewId, personId: s.janeId, kind: 'thank-you' })
    const other = await h.call<{ id: string }>('applications:create', { company: 'Globex', role: 'SRE' })
    const d = await detail()
    const journal = h.store.get()
    expect(d.application).toEqual(journal.applications[s.applicationId])
    expect(ids(d.interviews)).toEqual([s.interviewId])
    expect(ids(d.people)).toEqual([s.bobId, s.janeId].sort())
    expect(d.meetings).toHaveLength(2)
    expect(ids(d.notes)).toEqual([s.noteId])
    expect(d.drafts).toHaveLength(1)
    expect(d.drafts[0]).not.toHaveProperty('history')
    expect(await h.call('journal:application', { id: other.id })).toMatchObject({
      interviews: [],
      people: []
    })
    expect(await h.call('journal:application', { id: 'nope' })).toBeNull()
  })

  it('removing a person from the interview removes them, their notes and drafts from the detail', async () => {
    await h.call('drafts:compose', { interviewId: s.interviewId, personId: s.janeId, kind: 'thank-you' })
    expect(ids((await detail()).people)).toContain(s.janeId)
    await h.call('people:remove', { interviewId: s.interviewId, personId: s.janeId })
    const d = await detail()
    expect(ids(d.people)).toEqual([s.bobId])
    expect(d.notes).toEqual([])
    expect(d.drafts).toEqual([])
    expect(d.meetings.map((m) => m.personId)).toEqual([s.bobId])
    expectIndexMatchesRebuild()
  })

  it('a new interview, person and note show up in the detail; deleting the interview cascades', async () => {
    const second = await h.call<{ id: string }>('interviews:create', {
      applicationId: s.applicationId,
      startAt: '2026-03-05T14:00:00Z',
      endAt: '2026-03-05T15:00:00Z',
      type: 'panel'
    })
    const added = await h.call<{ person: { id: string } }>('people:add', {
      interviewId: second.id,
      person: { name: 'Ann Lee' }
    })
    await h.call('notes:add', { interviewId: second.id, personId: added.person.id, text: 'Likes Rust' })
    let d = await detail()
    expect(ids(d.interviews)).toEqual([s.interviewId, second.id].sort())
    expect(d.notes.map((n) => n.text)).toContain('Likes Rust')
    expectIndexMatchesRebuild()
    await h.call('interviews:delete', { id: second.id })
    d = await detail()
    expect(ids(d.interviews)).toEqual([s.interviewId])
    expect(ids(d.people)).not.toContain(added.person.id)
    expect(h.store.get().people[added.person.id]).toBeUndefined() // met nowhere else
    expectIndexMatchesRebuild()
  })
})

describe('journal:applications', () => {
  it('pages the summaries newest first, with counts and the next due item, filtered in main', async () => {
    for (const [company, status] of [
      ['Globex', 'applied'],
      ['Initech', 'offer'],
      ['Hooli', 'applied']
    ] as const) {
      h.clock.advance(60_000)
      await h.call('applications:create', { company, role: 'Engineer', status })
    }
    const first = await h.call<Page>('journal:applications', { offset: 0, limit: 2 })
    expect(first.total).toBe(4)
    expect(first.items.map((a) => a.company)).toEqual(['Hooli', 'Initech'])
    const rest = await h.call<Page>('journal:applications', { offset: 2, limit: 2 })
    expect(rest.items.map((a) => a.company)).toEqual(['Globex', 'Acme'])
    const acme = rest.items[1]
    expect(acme).toMatchObject({ interviews: 1, people: 2 })
    // The interview ended at 15:00 and nobody was thanked: a thank-you is due.
    expect(acme?.nextDue).toMatchObject({ kind: 'thank-you' })
    const applied = await h.call<Page>('journal:applications', { status: 'applied' })
    expect(applied.items.map((a) => a.company)).toEqual(['Hooli', 'Globex', 'Acme']) // Acme: 'applied' by default
    const found = await h.call<Page>('journal:applications', { search: 'glob' })
    expect(found.items.map((a) => a.company)).toEqual(['Globex'])
    // Only Acme has someone to thank now; the filter combines with the status.
    const due = await h.call<Page>('journal:applications', { dueOnly: true })
    expect([due.total, due.items.map((a) => a.company)]).toEqual([1, ['Acme']])
    const dueOffers = await h.call<Page>('journal:applications', { dueOnly: true, status: 'offer' })
    expect(dueOffers.total).toBe(0)
  })

  it('a deleted application leaves the list and its records leave the indexes', async () => {
    await h.call('applications:delete', { id: s.applicationId })
    const page = await h.call<Page>('journal:applications', {})
    expect(page.total).toBe(0)
    expect(viewsOf(h.store, h.deps.now).index().interviewsOf(s.applicationId).size).toBe(0)
    expectIndexMatchesRebuild()
  })
})

describe('draft context cache', () => {
  const jane = () => ({ interviewId: s.interviewId, personId: s.janeId, kind: 'thank-you' as const })
  const bob = () => ({ interviewId: s.interviewId, personId: s.bobId, kind: 'thank-you' as const })

  it('equals the context built from the whole journal', () => {
    const views = viewsOf(h.store, h.deps.now)
    expect(views.draftContext(jane())).toEqual(buildDraftContext(h.store.get(), jane(), h.deps.now()))
  })

  it("is kept across the person's own autosaves and dropped by a note on them or a peer's draft", async () => {
    const views = viewsOf(h.store, h.deps.now)
    const before = views.draftContext(jane())
    const text = { channel: 'email', to: 'jane@acme.example', subject: 'Thanks', body: 'Thank you, Jane.' }
    await h.call('drafts:save', { ...jane(), text })
    await h.call('drafts:save', { ...jane(), text: { ...text, body: 'Thank you so much, Jane.' } })
    expect(views.draftContext(jane())).toBe(before) // the same object: not rebuilt

    await h.call('drafts:save', { ...bob(), text: { ...text, body: 'Thanks, Bob.' } })
    const afterPeer = views.draftContext(jane())
    expect(afterPeer).not.toBe(before)
    expect(afterPeer.otherDrafts).toEqual(['Thanks, Bob.'])

    const bobContext = views.draftContext(bob())
    await h.call('notes:add', { interviewId: s.interviewId, personId: s.janeId, text: 'Asked about on-call' })
    const afterNote = views.draftContext(jane())
    expect(afterNote.notes).toContainEqual({ text: 'Asked about on-call', use: 'auto' })
    expect(views.draftContext(bob())).toBe(bobContext) // a note on Jane leaves Bob's context alone
    expect(afterNote).toEqual(buildDraftContext(h.store.get(), jane(), h.deps.now()))
  })
})
