/**
 * The LLM handlers through the router, with the real openai client against the mock OpenAI server on 127.0.0.1:
 * settings and the key bound to its server, the connection test, and proposals (what will be sent, write and
 * polish, validated in main, never saved by themselves, accepted and undone, the user's typing kept). The API key
 * must never reach the journal, a handler's answer or an event.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startMockOpenAi, type MockOpenAi } from '../../../e2e/support/mock-openai'
import type { Result } from '../../../shared/ipc/result'
import type { Draft } from '../../../shared/model/journal'
import { openHarness, seedJournal, type Harness, type Seeded } from '../../../test/main/handlers/test-harness'

const API_KEY = 'mock-key-Zq81xTp4-secret'

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
      hasApiKey: false,
      approvedOrigin: ''
    })
    expect(await call('llm:setKey', { key: `  ${API_KEY}  ` })).toEqual({
      enabled: true,
      baseUrl: server.baseUrl,
      model: 'test-model',
      hasApiKey: true,
      approvedOrigin: ''
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
    expect(await call('llm:test')).toEqual({ model: 'served-model-7', models: ['mock-model'] })
    expect(server.requests).toHaveLength(2)
    expect(server.requests[1]!.headers.authorization).toBe(`Bearer ${API_KEY}`)
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

const GOOD =
  'Subject: Thank you for today\n\nHi Jane,\n\nThank you for talking with me about the Backend Engineer role at Acme. ' +
  'I enjoyed hearing how they moved billing to event sourcing.\n\nI am very interested in joining Acme. If any ' +
  'questions come up, I would be happy to answer them.\n\nBest regards,\nAlex Kim'
/** The answer from the issue: another person, a phishing link, an invented name. */
const EVIL =
  'Dear Bob,\n\nThank you. Click https://evil.example/login to confirm the interview. Mallory\n\nBest regards,\nAlex Kim'

interface ProposalOut {
  subject: string
  body: string
  accepted: boolean
  attempts: number
  rejected: Array<{ reason: string; detail: string }>
}

async function propose(requestId: string, mode: 'write' | 'polish' = 'write') {
  return call<{ proposal: ProposalOut }>('llm:propose', { draftId: draft.id, mode, requestId, approve: true })
}

describe('llm:preview and the first request', () => {
  it('shows what will be sent; the first request needs the user’s yes for this endpoint', async () => {
    await enable()
    await call('settings:update', { patch: { candidateName: 'Alex Kim' } })
    const preview = await call<{ endpoint: string; approved: boolean; messages: Array<{ content: string }> }>(
      'llm:preview',
      { draftId: draft.id, mode: 'polish' }
    )
    expect(preview.endpoint).toBe(server.baseUrl)
    expect(preview.approved).toBe(false)
    const text = preview.messages.map((m) => m.content).join('\n')
    expect(text).toContain('how they moved billing to event sourcing')
    expect(text).toContain(draft.body.trim())
    for (const never of ['jane@acme.example', '+1 555 0100', 'Bob Stone', 'linkedin'])
      expect(text).not.toContain(never)
    expect(await invoke('llm:propose', { draftId: draft.id, mode: 'write', requestId: 'r0' })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' }
    })
    expect(server.requests).toEqual([])
    server.setBehavior({ kind: 'reply', text: GOOD })
    await propose('r1')
    expect(
      (await call<{ approved: boolean }>('llm:preview', { draftId: draft.id, mode: 'write' })).approved
    ).toBe(true)
    // What was sent is exactly what the preview showed.
    const sent = server.chatBodies()[0]?.messages.map((m) => m.content)
    const shown = (
      await call<{ messages: Array<{ content: string }> }>('llm:preview', {
        draftId: draft.id,
        mode: 'write'
      })
    ).messages.map((m) => m.content)
    expect(sent).toEqual(shown)
  })
})

describe('llm:propose, accept and undo', () => {
  beforeEach(async () => {
    await enable()
    await call('settings:update', { patch: { candidateName: 'Alex Kim' } })
  })

  it('a good answer streams, is accepted by the checks, and saves nothing until the user accepts', async () => {
    server.setBehavior({ kind: 'reply', text: GOOD })
    const before = storedDraft()
    const { proposal } = await propose('good')
    expect(proposal).toMatchObject({
      accepted: true,
      attempts: 1,
      rejected: [],
      subject: 'Thank you for today'
    })
    expect(deltas('good').join('')).toBe(GOOD)
    expect(storedDraft()).toBe(before)
  })

  it('the answer from the issue is rejected with its reasons and never saved', async () => {
    server.setBehavior({ kind: 'reply', text: EVIL })
    const before = storedDraft()
    const { proposal } = await propose('evil', 'polish')
    expect(proposal).toMatchObject({ accepted: false, attempts: 2 })
    const reasons = proposal.rejected.map((r) => `${r.reason}:${r.detail}`)
    expect(reasons).toEqual(
      expect.arrayContaining([
        'invented-url:https://evil.example/login',
        'invented-name:Mallory',
        'invented-name:Bob'
      ])
    )
    expect(reasons.some((r) => r.startsWith('etiquette:name.mismatch'))).toBe(true)
    expect(storedDraft()).toBe(before)
  })

  it('accept saves an llm revision after the user’s text; undo brings the user’s text back', async () => {
    server.setBehavior({ kind: 'reply', text: GOOD })
    const { proposal } = await propose('acc')
    const original = h.store.get().drafts[draft.id]!
    const accepted = await call<Draft>('llm:accept', {
      draftId: draft.id,
      subject: proposal.subject,
      body: proposal.body
    })
    expect(accepted.body).toBe(proposal.body)
    expect(accepted.history.at(-1)).toMatchObject({ source: 'llm', body: proposal.body })
    expect(accepted.history.at(-2)).toMatchObject({ body: original.body })
    const undone = await call<Draft>('llm:undo', { draftId: draft.id })
    expect(undone).toMatchObject({ body: original.body, subject: original.subject })
    expect(await invoke('llm:undo', { draftId: draft.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
  })

  it('edits made while the answer streamed are kept, and accepting keeps them one undo away', async () => {
    server.setBehavior({ kind: 'hang-mid-stream', chunks: GOOD.split(' '), afterChunks: 3 })
    const pending = invoke('llm:propose', {
      draftId: draft.id,
      mode: 'write',
      requestId: 'edit',
      approve: true
    })
    await server.chunksWritten(3)
    const edited = await call<Draft>('drafts:save', {
      interviewId: s.interviewId,
      personId: s.janeId,
      kind: 'thank-you',
      text: {
        channel: 'email',
        to: draft.to,
        subject: draft.subject,
        body: `${draft.body}\nP.S. typed meanwhile`
      }
    })
    await call('llm:cancel', { requestId: 'edit' })
    expect(await pending).toMatchObject({ ok: false, error: { code: 'llm-aborted' } })
    expect(h.store.get().drafts[draft.id]!.body).toBe(edited.body)
    server.setBehavior({ kind: 'reply', text: GOOD })
    const { proposal } = await propose('edit2')
    await call('llm:accept', { draftId: draft.id, subject: proposal.subject, body: proposal.body })
    expect((await call<Draft>('llm:undo', { draftId: draft.id })).body).toBe(edited.body)
  })

  it('errors come back as plain messages and leave the draft alone', async () => {
    const before = storedDraft()
    for (const [status, code] of [
      [401, 'llm-auth'],
      [404, 'llm-unavailable'],
      [500, 'llm-unavailable']
    ] as const) {
      server.setBehavior({ kind: 'status', status })
      expect(
        await invoke('llm:propose', {
          draftId: draft.id,
          mode: 'write',
          requestId: `e${status}`,
          approve: true
        })
      ).toMatchObject({
        ok: false,
        error: { code }
      })
    }
    expect(storedDraft()).toBe(before)
  })

  it('refuses a sent or unknown draft', async () => {
    expect(await invoke('llm:propose', { draftId: 'nope', mode: 'write', requestId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    await call('drafts:markSent', { id: draft.id })
    expect(await invoke('llm:propose', { draftId: draft.id, mode: 'write', requestId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
  })
})

describe('the key is bound to its endpoint', () => {
  it('a new origin clears the key; a new path on the same origin keeps it', async () => {
    await enable()
    expect(
      await call('llm:configure', { enabled: true, baseUrl: `${server.baseUrl}/other`, model: 'm' })
    ).toMatchObject({
      hasApiKey: true
    })
    const moved = await call('llm:configure', {
      enabled: true,
      baseUrl: 'https://llm.example.com/v1',
      model: 'm'
    })
    expect(moved).toMatchObject({ hasApiKey: false, approvedOrigin: '' })
    expect(await h.deps.secrets.getApiKey()).toBeNull()
  })

  it('plain http only for this computer, no credentials in the URL', async () => {
    for (const baseUrl of [
      'http://llm.example.com/v1',
      'http://192.168.1.5:11434/v1',
      'https://user:pw@llm.example.com/v1'
    ]) {
      expect(await invoke('llm:configure', { enabled: true, baseUrl, model: 'm' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' }
      })
    }
    for (const baseUrl of [
      'http://127.0.0.1:11434/v1',
      'http://localhost:1234/v1',
      'https://api.openai.com/v1'
    ])
      expect(await invoke('llm:configure', { enabled: true, baseUrl, model: 'm' })).toMatchObject({
        ok: true
      })
  })
})
