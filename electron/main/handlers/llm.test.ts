/**
 * The LLM handlers through the router, with the real openai client against the mock OpenAI server on 127.0.0.1:
 * settings and key, the connection test, and polishing a saved draft (streamed, cancelled, failed, or overtaken by
 * the user's own edit). The API key must never reach the journal, a handler's answer or an event.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startMockOpenAi, type MockOpenAi } from '../../../e2e/support/mock-openai'
import type { Result } from '../../../shared/ipc/result'
import type { Draft } from '../../../shared/model/journal'
import { openHarness, seedJournal, type Harness, type Seeded } from '../../../test/main/handlers/test-harness'

const API_KEY = 'mock-key-Zq81xTp4-secret'
const POLISHED = [
  'Dear Jane,\n\n',
  'Thank you for ',
  'the talk about ',
  'event sourcing.',
  '\n\nBest regards,\nAlex'
]

let server: MockOpenAi
let h: Harness
let s: Seeded
let draft: Draft
/** Every answer the handlers gave in the test, checked for the key afterwards. */
let answers: Array<Result<unknown>>

async function invoke(channel: string, payload: unknown = {}): Promise<Result<unknown>> {
  const result = await h.invoke(channel, payload)
  answers.push(result)
  return result
}
async function call<T>(channel: string, payload: unknown = {}): Promise<T> {
  const result = await invoke(channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`)
  return result.value as T
}

async function enable(baseUrl = server.baseUrl) {
  await call('llm:configure', { enabled: true, baseUrl, model: 'test-model' })
  await call('llm:setKey', { key: API_KEY })
}

const deltas = (requestId: string) =>
  h.events.flatMap((e) =>
    e.event === 'llm:delta' && (e.payload as { requestId: string }).requestId === requestId
      ? [(e.payload as { text: string }).text]
      : []
  )
const storedDraft = () => JSON.stringify(h.store.get().drafts[draft.id])

/** Every file under a folder, with its content as text. */
function filesUnder(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
}

beforeEach(async () => {
  server = await startMockOpenAi()
  h = await openHarness({ llm: { timeoutMs: 2000, maxRetries: 0 } })
  s = await seedJournal(h)
  answers = []
  const composed = await h.call<{ draft: Draft }>('drafts:compose', {
    interviewId: s.interviewId,
    personId: s.janeId,
    kind: 'thank-you'
  })
  draft = composed.draft
})
afterEach(async () => {
  expect(JSON.stringify(answers)).not.toContain(API_KEY)
  expect(JSON.stringify(h.events)).not.toContain(API_KEY)
  await h.close()
  await server.stop()
})

describe('settings and key', () => {
  it('stores the settings in the journal and the key encrypted in the secrets file only', async () => {
    const configured = await call('llm:configure', {
      enabled: true,
      baseUrl: server.baseUrl,
      model: 'test-model'
    })
    expect(configured).toEqual({
      enabled: true,
      baseUrl: server.baseUrl,
      model: 'test-model',
      hasApiKey: false
    })
    expect(await call('llm:setKey', { key: `  ${API_KEY}  ` })).toEqual({
      enabled: true,
      baseUrl: server.baseUrl,
      model: 'test-model',
      hasApiKey: true
    })
    expect(await h.deps.secrets.getApiKey()).toBe(API_KEY)
    await h.store.flush()
    const files = filesUnder(h.dir)
    const secrets = files.filter((f) => f.path.endsWith('secrets.json'))
    expect(secrets).toHaveLength(1)
    expect(JSON.parse(secrets[0]!.text)).toMatchObject({ version: 1, apiKey: expect.any(String) })
    expect(files.filter((f) => f.text.includes(API_KEY)).map((f) => f.path)).toEqual([])
    expect(files.some((f) => f.path.endsWith('journal.log') && f.text.includes('test-model'))).toBe(true)
    expect(JSON.stringify(h.store.get())).not.toContain(API_KEY)
  })

  it('forgets the key', async () => {
    await enable()
    expect(await call('llm:clearKey')).toMatchObject({ hasApiKey: false })
    expect(await h.deps.secrets.getApiKey()).toBeNull()
    expect(await invoke('llm:test')).toMatchObject({ ok: false, error: { code: 'llm-auth' } })
  })

  it('refuses a base URL that is not http(s)', async () => {
    for (const baseUrl of ['file:///etc/passwd', 'javascript:alert(1)', 'localhost:8080']) {
      expect(await invoke('llm:configure', { enabled: true, baseUrl, model: 'm' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' }
      })
    }
    expect(h.store.get().settings.llm.baseUrl).toBe('')
  })
})

describe('llm:test', () => {
  it('reports the model the server answered with, sending the key only in the Authorization header', async () => {
    await enable()
    server.setBehavior({ kind: 'reply', text: 'OK', model: 'served-model-7' })
    expect(await call('llm:test')).toEqual({ model: 'served-model-7' })
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`)
  })

  it('turns a 401 into llm-auth, and never echoes the key the server quotes back', async () => {
    await enable()
    server.setBehavior({ kind: 'status', status: 401, message: `Incorrect API key provided: ${API_KEY}` })
    const refused = await invoke('llm:test')
    expect(refused).toMatchObject({ ok: false, error: { code: 'llm-auth' } })
    server.setBehavior({ kind: 'status', status: 429, message: `Rate limit for key ${API_KEY} reached` })
    expect(await invoke('llm:test')).toMatchObject({ ok: false, error: { code: 'llm-unavailable' } })
  })

  it('says the LLM is off when it is switched off', async () => {
    await enable()
    await call('llm:configure', { enabled: false, baseUrl: server.baseUrl, model: 'test-model' })
    expect(await invoke('llm:test')).toMatchObject({ ok: false, error: { code: 'llm-disabled' } })
    expect(server.requests).toEqual([])
  })
})

describe('llm:polish', () => {
  it('streams llm:delta events, then replaces the body and records an llm revision', async () => {
    await enable()
    server.setBehavior({ kind: 'reply', text: POLISHED.join(''), chunks: POLISHED })
    h.clock.advance(60_000)
    const { draft: polished } = await call<{ draft: Draft }>('llm:polish', {
      draftId: draft.id,
      requestId: 'r1'
    })
    expect(deltas('r1')).toEqual(POLISHED)
    const body = POLISHED.join('')
    expect(polished).toMatchObject({
      id: draft.id,
      body,
      subject: draft.subject,
      to: draft.to,
      state: 'draft'
    })
    expect(polished.history.map((r) => r.source)).toEqual(['composer', 'llm'])
    expect(polished.history.at(-1)).toEqual({
      at: '2026-03-03T18:01:00.000Z',
      subject: draft.subject,
      body,
      source: 'llm'
    })
    expect(h.store.get().drafts[draft.id]).toEqual(polished)
    // What went to the server is the saved draft.
    expect(JSON.parse(server.requests[0]!.body).messages.at(-1).content).toContain(draft.body.split('\n')[0])
  })

  it('leaves the draft unchanged when the server fails or the stream breaks off', async () => {
    await enable()
    const before = storedDraft()
    server.setBehavior({ kind: 'status', status: 500 })
    const failed = await invoke('llm:polish', { draftId: draft.id, requestId: 'r500' })
    expect(failed).toMatchObject({ ok: false, error: { code: 'llm-unavailable' } })
    expect(!failed.ok && failed.error.message).toMatch(/unchanged/)
    server.setBehavior({ kind: 'drop-mid-stream', chunks: POLISHED, afterChunks: 2 })
    const dropped = await invoke('llm:polish', { draftId: draft.id, requestId: 'rdrop' })
    expect(dropped).toMatchObject({ ok: false, error: { code: 'llm-unavailable' } })
    expect(deltas('rdrop')).toEqual(POLISHED.slice(0, 2))
    server.setBehavior({ kind: 'end-without-done', chunks: POLISHED })
    expect(await invoke('llm:polish', { draftId: draft.id, requestId: 'rcut' })).toMatchObject({ ok: false })
    expect(storedDraft()).toBe(before)
  })

  it('stops on cancel mid-stream with llm-aborted and keeps the draft', async () => {
    await enable()
    const before = storedDraft()
    server.setBehavior({ kind: 'hang-mid-stream', chunks: POLISHED, afterChunks: 2 })
    const polishing = invoke('llm:polish', { draftId: draft.id, requestId: 'rc' })
    await server.chunksWritten(2)
    await until(() => deltas('rc').length === 2)
    expect(await call('llm:cancel', { requestId: 'rc' })).toEqual({ cancelled: true })
    expect(await polishing).toMatchObject({ ok: false, error: { code: 'llm-aborted' } })
    expect(storedDraft()).toBe(before)
    expect(await call('llm:cancel', { requestId: 'rc' })).toEqual({ cancelled: false })
  })

  it('honours a cancel that arrives before the request has gone out', async () => {
    await enable()
    const before = storedDraft()
    server.setBehavior({ kind: 'reply', text: POLISHED.join(''), chunks: POLISHED })
    const polishing = invoke('llm:polish', { draftId: draft.id, requestId: 'early' })
    expect(await call('llm:cancel', { requestId: 'early' })).toEqual({ cancelled: true })
    expect(await polishing).toMatchObject({ ok: false, error: { code: 'llm-aborted' } })
    expect(storedDraft()).toBe(before)
  })

  it('refuses when the LLM is off, without a key, for a sent draft or an unknown one', async () => {
    const before = storedDraft()
    expect(await invoke('llm:polish', { draftId: draft.id, requestId: 'off' })).toMatchObject({
      ok: false,
      error: { code: 'llm-disabled' }
    })
    await call('llm:configure', { enabled: true, baseUrl: server.baseUrl, model: 'test-model' })
    expect(await invoke('llm:polish', { draftId: draft.id, requestId: 'nokey' })).toMatchObject({
      ok: false,
      error: { code: 'llm-auth' }
    })
    await call('llm:setKey', { key: API_KEY })
    expect(await invoke('llm:polish', { draftId: 'nope', requestId: 'r' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    for (const draftId of ['constructor', '__proto__']) {
      expect(await invoke('llm:polish', { draftId, requestId: 'r' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' }
      })
    }
    expect(storedDraft()).toBe(before)
    await call('drafts:markSent', { id: draft.id })
    expect(await invoke('llm:polish', { draftId: draft.id, requestId: 'sent' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
    expect(server.requests).toEqual([])
  })

  it('never overwrites an edit the user saved while the text streamed (same clock tick)', async () => {
    const gated = await startGatedServer(POLISHED)
    try {
      await enable(gated.baseUrl)
      const polishing = invoke('llm:polish', { draftId: draft.id, requestId: 'rw' })
      await gated.firstChunkSent
      const edit = { channel: 'email', to: draft.to, subject: draft.subject, body: 'My own edit, Jane.' }
      await call('drafts:save', {
        interviewId: s.interviewId,
        personId: s.janeId,
        kind: 'thank-you',
        text: edit
      })
      gated.release()
      expect(await polishing).toMatchObject({ ok: false, error: { code: 'conflict' } })
      expect(h.store.get().drafts[draft.id]?.body).toBe('My own edit, Jane.')
    } finally {
      await gated.stop()
    }
  })
})

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5))
}

/**
 * An OpenAI-compatible server that streams the first chunk, then waits for `release()` before the rest: lets a
 * test act at a known point of a stream (the mock server streams everything at once).
 */
async function startGatedServer(chunks: string[]) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let firstSent!: () => void
  const firstChunkSent = new Promise<void>((resolve) => (firstSent = resolve))
  const sse = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`
  const server: Server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.write(sse({ role: 'assistant', content: chunks[0] }, null), () => firstSent())
      void released.then(() => {
        for (const chunk of chunks.slice(1)) res.write(sse({ content: chunk }, null))
        res.write(sse({}, 'stop'))
        res.end('data: [DONE]\n\n')
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    firstChunkSent,
    release,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
