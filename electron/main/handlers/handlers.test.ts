/** The journal handlers against the real store in a temp dir: the journey, cascades, and refusals. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../shared/ipc/channels'
import { createRouter, type IpcRouter } from '../ipc/router'
import { openJournalStore, type JournalStore } from '../store'
import { createHandlers } from '.'
import type { HandlerDeps } from './deps'
import { scriptedDialogs, testSecrets } from '../../../test/main/handlers/testing'

const trusted = { url: 'http://app.test/' }
let dir: string
let store: JournalStore
let router: IpcRouter
let events: string[]
let opened: string[]

async function call<T = unknown>(channel: string, payload: unknown = {}): Promise<T> {
  const result = await router.invoke(channel, payload, trusted)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`)
  return result.value as T
}

function deps(s: JournalStore): HandlerDeps {
  let n = 0
  return {
    store: s,
    now: () => new Date('2026-03-03T18:00:00Z'),
    newId: () => `id-${++n}`,
    emit: (event, payload) => events.push(`${event}:${'reason' in payload ? payload.reason : ''}`),
    openExternal: async (url) => void opened.push(url),
    dialogs: scriptedDialogs(),
    speller: { current: () => null, state: () => 'loading' },
    secrets: testSecrets(dir),
    app: { version: '9.9.9', runtime: 'chromium-harness' }
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'afterword-handlers-'))
  store = await openJournalStore({ dir })
  events = []
  opened = []
  router = createRouter(createHandlers(deps(store)), { isTrustedSender: (s) => s.url === trusted.url })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

async function seed() {
  const app = await call<{ id: string }>('applications:create', { company: 'Acme', role: 'Backend Engineer' })
  const interview = await call<{ id: string }>('interviews:create', {
    applicationId: app.id,
    startAt: '2026-03-03T14:00:00Z',
    endAt: '2026-03-03T15:00:00Z',
    type: 'peer'
  })
  const jane = await call<{ person: { id: string } }>('people:add', {
    interviewId: interview.id,
    person: {
      name: 'Jane Doe',
      title: 'Senior Engineer',
      contacts: [{ kind: 'email', value: 'jane@acme.example' }]
    }
  })
  const note = await call<{ id: string }>('notes:add', {
    interviewId: interview.id,
    personId: jane.person.id,
    text: 'event sourcing'
  })
  return { app, interview, jane: jane.person, note }
}

describe('handlers', () => {
  it('has a handler for every channel', () => {
    expect(Object.keys(createHandlers(deps(store))).sort()).toEqual([...CHANNELS].sort())
  })

  it('records the journey durably: a reopened store holds the application, interview, person and note', async () => {
    const { app, interview, jane, note } = await seed()
    expect(events).toEqual([
      'journal:changed:applications:create',
      'journal:changed:interviews:create',
      'journal:changed:people:add',
      'journal:changed:notes:add'
    ])
    await store.close()
    store = await openJournalStore({ dir })
    const journal = store.get()
    expect(journal.applications[app.id]).toMatchObject({ company: 'Acme', status: 'applied' })
    expect(journal.interviews[interview.id]).toMatchObject({ type: 'peer', applicationId: app.id })
    expect(journal.people[jane.id]).toMatchObject({ name: 'Jane Doe', contacts: [{ kind: 'email' }] })
    expect(journal.notes[note.id]).toMatchObject({ text: 'event sourcing', order: 0 })
    expect(Object.values(journal.meetings)).toHaveLength(1)
  })

  it("a note's use starts as auto, flips to use or private, and a text edit keeps it", async () => {
    const { note } = await seed()
    expect(store.get().notes[note.id]?.use).toBe('auto')
    await call('notes:update', { id: note.id, use: 'private' })
    expect(store.get().notes[note.id]).toMatchObject({ text: 'event sourcing', use: 'private' })
    await call('notes:update', { id: note.id, text: 'event sourcing for billing' })
    expect(store.get().notes[note.id]).toMatchObject({ text: 'event sourcing for billing', use: 'private' })
    const empty = await router.invoke('notes:update', { id: note.id }, trusted)
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('deleting an application removes its interviews, meetings, notes and the people met only there', async () => {
    const { app } = await seed()
    const other = await call<{ id: string }>('applications:create', { company: 'Globex', role: 'SRE' })
    await call('applications:delete', { id: app.id })
    const journal = store.get()
    expect(Object.keys(journal.applications)).toEqual([other.id])
    for (const c of ['interviews', 'meetings', 'notes', 'people'] as const) {
      expect(Object.keys(journal[c])).toEqual([])
    }
  })

  it('keeps a person met in another interview when removed from one', async () => {
    const { app, interview, jane } = await seed()
    const round2 = await call<{ id: string }>('interviews:create', {
      applicationId: app.id,
      startAt: '2026-03-10T14:00:00Z',
      endAt: '2026-03-10T15:00:00Z',
      type: 'panel'
    })
    await call('people:add', { interviewId: round2.id, personId: jane.id })
    await call('people:remove', { interviewId: interview.id, personId: jane.id })
    const journal = store.get()
    expect(journal.people[jane.id]).toBeDefined()
    expect(Object.values(journal.notes)).toEqual([])
    expect(Object.values(journal.meetings).map((m) => m.interviewId)).toEqual([round2.id])
  })

  it('refuses what does not make sense, with a message, and changes nothing', async () => {
    const { interview, jane } = await seed()
    const before = JSON.stringify(store.get())
    const cases: Array<[string, unknown, string]> = [
      [
        'interviews:create',
        {
          applicationId: 'nope',
          startAt: '2026-03-03T14:00:00Z',
          endAt: '2026-03-03T15:00:00Z',
          type: 'peer'
        },
        'not-found'
      ],
      [
        'interviews:create',
        { applicationId: 'x', startAt: '2026-03-03T16:00:00Z', endAt: '2026-03-03T15:00:00Z', type: 'peer' },
        'invalid-request'
      ],
      ['people:add', { interviewId: interview.id, personId: jane.id }, 'conflict'],
      ['people:add', { interviewId: interview.id }, 'invalid-request'],
      ['notes:add', { interviewId: interview.id, personId: 'stranger', text: 'hi' }, 'not-found'],
      ['notes:update', { id: 'missing', text: 'x' }, 'not-found'],
      ['applications:update', { id: 'missing', patch: { status: 'offer' } }, 'not-found']
    ]
    for (const [channel, payload, code] of cases) {
      const result = await router.invoke(channel, payload, trusted)
      expect(result, channel).toMatchObject({ ok: false, error: { code } })
    }
    expect(JSON.stringify(store.get())).toBe(before)
  })

  it('rejects an interview that ends before it starts', async () => {
    const { app } = await seed()
    const result = await router.invoke(
      'interviews:create',
      { applicationId: app.id, startAt: '2026-03-03T16:00:00Z', endAt: '2026-03-03T15:00:00Z', type: 'peer' },
      trusted
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(!result.ok && result.error.message).toMatch(/cannot end before it starts/)
  })

  it('updates settings and keeps the rest', async () => {
    await call('settings:update', {
      patch: { candidateName: 'Alex Kim', disabledRules: ['questions.missing'] }
    })
    const settings = await call<{ candidateName: string; disabledRules: string[]; notifications: boolean }>(
      'settings:update',
      { patch: { availability: 'Tuesday afternoon' } }
    )
    expect(settings).toMatchObject({
      candidateName: 'Alex Kim',
      availability: 'Tuesday afternoon',
      disabledRules: ['questions.missing'],
      notifications: true
    })
  })

  it('keeps a time zone from the list and refuses one that is not, in plain words, by its field', async () => {
    const tokyo = await call<{ timeZone: string }>('settings:update', { patch: { timeZone: 'Asia/Tokyo' } })
    expect(tokyo.timeZone).toBe('Asia/Tokyo')
    for (const timeZone of ['Asia/Atlantis', '+09:00', 'x'.repeat(101)]) {
      const refused = await router.invoke('settings:update', { patch: { timeZone } }, trusted)
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
      if (refused.ok) continue
      expect(refused.error.message).toMatch(/Pick (one|a time zone) from the list/)
      expect(refused.error.message).not.toMatch(/settings:update|zod|✖/)
      expect(refused.error.fields?.timeZone).toMatch(/time zone/)
    }
    expect((await call<{ timeZone: string }>('settings:get')).timeZone).toBe('Asia/Tokyo')
  })

  it('opens only allow-listed URLs', async () => {
    await call('shell:openExternal', { url: 'https://acme.example/jobs' })
    const refused = await router.invoke('shell:openExternal', { url: 'file:///etc/passwd' }, trusted)
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed' } })
    expect(opened).toEqual(['https://acme.example/jobs'])
  })

  it('reports where the data lives and how the store started', async () => {
    const info = await call<{ dataDir: string; startup: { status: string }; version: string }>('app:info')
    expect(info).toMatchObject({ dataDir: dir, version: '9.9.9', startup: { status: 'new' } })
  })
})

describe('patches change only what they name', () => {
  it('keeps the other fields of an application, an interview and a person', async () => {
    const { app, interview, jane } = await seed()
    await call('applications:update', {
      id: app.id,
      patch: { postingUrl: 'https://acme.example/jobs/1', status: 'offer' }
    })
    const updated = await call<{ status: string; postingUrl: string; company: string }>(
      'applications:update',
      {
        id: app.id,
        patch: { source: 'referral' }
      }
    )
    expect(updated).toMatchObject({
      status: 'offer',
      postingUrl: 'https://acme.example/jobs/1',
      company: 'Acme'
    })
    await call('interviews:update', { id: interview.id, patch: { location: 'Room 4', round: 2 } })
    const moved = await call<{ location: string; round: number; type: string }>('interviews:update', {
      id: interview.id,
      patch: { type: 'panel' }
    })
    expect(moved).toMatchObject({ location: 'Room 4', round: 2, type: 'panel' })
    const renamed = await call<{ title: string; contacts: unknown[] }>('people:update', {
      id: jane.id,
      patch: { name: 'Jane Q. Doe' }
    })
    expect(renamed).toMatchObject({
      title: 'Senior Engineer',
      contacts: [{ kind: 'email', value: 'jane@acme.example' }]
    })
  })

  it('refuses a patch that would make an interview end before it starts', async () => {
    const { interview } = await seed()
    const result = await router.invoke(
      'interviews:update',
      { id: interview.id, patch: { endAt: '2026-03-03T13:00:00Z' } },
      trusted
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(!result.ok && result.error.message).toMatch(/cannot end before it starts/)
    expect(store.get().interviews[interview.id]?.endAt).toBe('2026-03-03T15:00:00Z')
  })
})
