/** journal:changed carries the delta, and the due list only when it moved. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EventPayload } from '../../../shared/ipc/contract'
import { openHarness, seedJournal, type Harness, type Seeded } from '../../../test/main/handlers/test-harness'
import { changesReminders } from './changes'

type Change = EventPayload<'journal:changed'>
let h: Harness
let s: Seeded
beforeEach(async () => {
  h = await openHarness()
  s = await seedJournal(h)
  h.events.length = 0
})
afterEach(() => h.close())

const changes = () => h.events.filter((e) => e.event === 'journal:changed').map((e) => e.payload as Change)
const text = { channel: 'email', to: 'jane@acme.example', subject: 'Thanks', body: 'Thank you, Jane.' }

describe('journal:changed', () => {
  it('an autosave names the one draft and sends no due list', async () => {
    await h.call('drafts:save', { interviewId: s.interviewId, personId: s.janeId, kind: 'thank-you', text })
    const [change] = changes()
    expect(Object.keys(change?.put ?? {})).toEqual(['drafts'])
    expect(change?.put?.drafts?.[0]).toMatchObject({ body: 'Thank you, Jane.' })
    expect(change?.put?.drafts?.[0]).not.toHaveProperty('history')
    expect(change?.due).toBeUndefined()
  })

  it('marking a thank-you sent pushes the due list without Jane in it', async () => {
    const draft = await h.call<{ id: string }>('drafts:save', {
      interviewId: s.interviewId,
      personId: s.janeId,
      kind: 'thank-you',
      text
    })
    await h.call('drafts:markSent', { id: draft.id })
    const sent = changes().at(-1)
    expect(sent?.put?.contactLog).toHaveLength(1)
    expect(sent?.due?.due.map((d) => d.personId)).toEqual([s.bobId])
  })

  it('deletes carry ids; a cascade lists every record it removed', async () => {
    await h.call('people:remove', { interviewId: s.interviewId, personId: s.janeId })
    const change = changes().at(-1)
    expect(change?.deleted?.people).toEqual([s.janeId])
    expect(change?.deleted?.notes).toEqual([s.noteId])
    expect(change?.deleted?.meetings).toHaveLength(1)
  })
})

describe('the due list and notes', () => {
  it('a note settles the capture prompt of its interview; a note on an interview without one sends no due list', async () => {
    const now = h.clock.now().getTime()
    const fresh = await h.call<{ id: string }>('interviews:create', {
      applicationId: s.applicationId,
      startAt: new Date(now - 70 * 60_000).toISOString(),
      endAt: new Date(now - 10 * 60_000).toISOString(),
      type: 'technical'
    })
    const amy = await h.call<{ person: { id: string } }>('people:add', {
      interviewId: fresh.id,
      person: { name: 'Amy Chen' }
    })
    const listed = await h.call<{ captures: Array<{ interviewId: string }> }>('followups:list', {})
    expect(listed.captures.map((c) => c.interviewId)).toEqual([fresh.id])

    await h.call('notes:add', { interviewId: s.interviewId, personId: s.janeId, text: 'Asked about on-call' })
    expect(changes().at(-1)?.due).toBeUndefined()

    await h.call('notes:add', { interviewId: fresh.id, personId: amy.person.id, text: 'pairs on billing' })
    expect(changes().at(-1)?.due?.captures).toEqual([])
  })
})

describe('changesReminders', () => {
  it('is false for an autosave and true once the due list moved or the settings changed', async () => {
    const target = { interviewId: s.interviewId, personId: s.janeId, kind: 'thank-you' }
    const draft = await h.call<{ id: string }>('drafts:save', { ...target, text })
    await h.call('drafts:markSent', { id: draft.id })
    await h.call('settings:update', { patch: { notifications: false } })
    const [save, sent, settings] = changes()
    expect(save && changesReminders(save)).toBe(false)
    expect(sent && changesReminders(sent)).toBe(true)
    expect(settings && changesReminders(settings)).toBe(true)
  })
})
