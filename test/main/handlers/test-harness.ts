/**
 * Shared set-up for the handler tests: the real store in a temp dir, every handler behind the real router, a
 * clock the test moves by hand, scripted dialogs, and a record of every event and opened URL. Tests call the
 * handlers the way the renderer does, through `router.invoke`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventName } from '../../../shared/ipc/channels'
import type { Result } from '../../../shared/ipc/result'
import { createRouter, type IpcRouter } from '../../../electron/main/ipc/router'
import { openJournalStore, type JournalStore } from '../../../electron/main/store'
import { createHandlers } from '../../../electron/main/handlers'
import type { HandlerDeps, SpellerSource } from '../../../electron/main/handlers/deps'
import { scriptedDialogs, testSecrets, type ScriptedDialogs } from './testing'

export const TRUSTED = { url: 'http://app.test/' }

export interface RecordedEvent {
  event: EventName
  payload: unknown
}

export interface Harness {
  dir: string
  store: JournalStore
  router: IpcRouter
  deps: HandlerDeps
  dialogs: ScriptedDialogs
  events: RecordedEvent[]
  opened: string[]
  clock: { set(iso: string): void; advance(ms: number): void; now(): Date }
  invoke(channel: string, payload?: unknown): Promise<Result<unknown>>
  /** Invokes and returns the value; throws with the error code and message when the call failed. */
  call<T = unknown>(channel: string, payload?: unknown): Promise<T>
  close(): Promise<void>
}

export interface HarnessOptions {
  speller?: SpellerSource
  llm?: HandlerDeps['llm']
  /** Starting time of the fixed clock (the store's own clock follows it too). */
  at?: string
}

export const NO_SPELLER: SpellerSource = { current: () => null, state: () => 'loading' }

export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-handlers-'))
  let time = Date.parse(options.at ?? '2026-03-03T18:00:00Z')
  const clock = {
    set: (iso: string) => void (time = Date.parse(iso)),
    advance: (ms: number) => void (time += ms),
    now: () => new Date(time)
  }
  const store = await openJournalStore({ dir, now: clock.now })
  const events: RecordedEvent[] = []
  const opened: string[] = []
  const dialogs = scriptedDialogs()
  let nextId = 0
  const deps: HandlerDeps = {
    store,
    now: clock.now,
    newId: () => `id-${++nextId}`,
    emit: (event, payload) => void events.push({ event, payload }),
    openExternal: async (url) => void opened.push(url),
    dialogs,
    speller: options.speller ?? NO_SPELLER,
    secrets: testSecrets(join(dir, 'secrets')),
    ...(options.llm ? { llm: options.llm } : {}),
    app: { version: '9.9.9', runtime: 'chromium-harness' }
  }
  const router = createRouter(createHandlers(deps), { isTrustedSender: (s) => s.url === TRUSTED.url })
  const invoke = (channel: string, payload: unknown = {}) => router.invoke(channel, payload, TRUSTED)
  return {
    dir,
    store,
    router,
    deps,
    dialogs,
    events,
    opened,
    clock,
    invoke,
    async call<T>(channel: string, payload: unknown = {}): Promise<T> {
      const result = await invoke(channel, payload)
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`)
      return result.value as T
    },
    async close() {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export interface Seeded {
  applicationId: string
  interviewId: string
  janeId: string
  bobId: string
  noteId: string
}

/**
 * One application at Acme with one interview that ended at 15:00Z, Jane (a phone number first, then an e-mail)
 * and Bob (LinkedIn only), and a note on Jane.
 */
export async function seedJournal(h: Harness): Promise<Seeded> {
  const app = await h.call<{ id: string }>('applications:create', {
    company: 'Acme',
    role: 'Backend Engineer'
  })
  const interview = await h.call<{ id: string }>('interviews:create', {
    applicationId: app.id,
    startAt: '2026-03-03T14:00:00Z',
    endAt: '2026-03-03T15:00:00Z',
    type: 'peer'
  })
  const jane = await h.call<{ person: { id: string } }>('people:add', {
    interviewId: interview.id,
    person: {
      name: 'Jane Doe',
      title: 'Senior Engineer',
      contacts: [
        { kind: 'phone', value: '+1 555 0100' },
        { kind: 'email', value: 'jane@acme.example' }
      ]
    }
  })
  const bob = await h.call<{ person: { id: string } }>('people:add', {
    interviewId: interview.id,
    person: {
      name: 'Bob Stone',
      contacts: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/bobstone' }]
    }
  })
  const note = await h.call<{ id: string }>('notes:add', {
    interviewId: interview.id,
    personId: jane.person.id,
    text: 'how they moved billing to event sourcing'
  })
  await h.store.flush()
  h.events.length = 0
  return {
    applicationId: app.id,
    interviewId: interview.id,
    janeId: jane.person.id,
    bobId: bob.person.id,
    noteId: note.id
  }
}
