/**
 * Proposals end to end in the library: the real openai client against the scripted OpenAI-compatible server on
 * 127.0.0.1, the real checker and the real speller. Every bad answer is caught with its reason; one repair request
 * carries the findings back; errors come back as plain messages and nothing is ever saved here.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startMockOpenAi, type MockBehavior, type MockOpenAi } from '../../../e2e/support/mock-openai'
import { BAD_ANSWERS, CONTEXT, FENCED_GOOD, GOOD, SUBJECT } from '../../../test/llm/scripted-answers'
import type { Speller } from '../../../shared/etiquette'
import { loadSpeller } from '../etiquette/speller'
import type { LlmConfig } from './client'
import { proposeDraft, STREAM_CAP_FACTOR, type ProposeRequest } from './propose'

let server: MockOpenAi
let config: LlmConfig
let speller: Speller

const request = (): ProposeRequest => ({
  mode: 'write',
  kind: 'thank-you',
  context: CONTEXT,
  channel: 'email',
  to: 'jane.doe@acme.example',
  speller
})

beforeAll(async () => {
  speller = await loadSpeller()
  server = await startMockOpenAi()
})
afterAll(() => server.stop())
beforeEach(() => {
  server.requests.length = 0
  server.setScript([])
  config = { baseUrl: server.baseUrl, model: 'm', apiKey: 'k-1234', timeoutMs: 2000, maxRetries: 0 }
})

describe('proposeDraft', () => {
  it('accepts a good answer at the first attempt, with its subject and no findings that count', async () => {
    server.setBehavior({ kind: 'reply', text: GOOD })
    const deltas: string[] = []
    const result = await proposeDraft(config, request(), { onDelta: (t) => deltas.push(t) })
    expect(result).toMatchObject({
      ok: true,
      proposal: { accepted: true, attempts: 1, rejected: [], subject: SUBJECT }
    })
    if (result.ok) expect(result.proposal.body).toBe(GOOD.split('\n\n').slice(1).join('\n\n'))
    expect(deltas.join('')).toBe(GOOD)
  })

  it('sends only what is needed: no private note, contacts, other people or companies', async () => {
    server.setBehavior({ kind: 'reply', text: GOOD })
    await proposeDraft(config, request())
    const sent = JSON.stringify(server.chatBodies())
    for (const secret of ['salary', '140k', 'jane.doe@acme.example', 'Raj Patel', 'Globex', '2026'])
      expect(sent).not.toContain(secret)
    expect(sent).toContain('migrating billing to event sourcing')
  })

  it('unwraps a Markdown fence, then accepts', async () => {
    server.setBehavior({ kind: 'reply', text: FENCED_GOOD })
    expect(await proposeDraft(config, request())).toMatchObject({ ok: true, proposal: { accepted: true } })
  })

  it.each(BAD_ANSWERS)(
    'rejects $name ($reason) after one repair request that sends the findings back',
    async (bad) => {
      server.setBehavior({ kind: 'reply', text: bad.text })
      const result = await proposeDraft(config, request())
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.proposal).toMatchObject({ accepted: false, attempts: 2 })
      expect(result.proposal.rejected.map((r) => r.reason)).toContain(bad.reason)
      const bodies = server.chatBodies()
      expect(bodies).toHaveLength(2)
      const repair = bodies[1]?.messages.at(-1)?.content ?? ''
      expect(repair).toMatch(/cannot be used/)
      // The repair names what was wrong, never the private note's own words.
      expect(repair).not.toContain('salary')
    }
  )

  it('a repaired answer is accepted at the second attempt', async () => {
    server.setScript([{ kind: 'reply', text: BAD_ANSWERS[0]?.text ?? '' }])
    server.setBehavior({ kind: 'reply', text: GOOD })
    expect(await proposeDraft(config, request())).toMatchObject({
      ok: true,
      proposal: { accepted: true, attempts: 2, rejected: [] }
    })
  })

  it('a polish may keep what the draft already says (a figure, a link) but not add more', async () => {
    const draft = {
      subject: 'Thanks',
      // The body alone (GOOD is the whole answer, its Subject line first).
      body: GOOD.split('\n\n')
        .slice(1)
        .join('\n\n')
        .replace('event sourcing', 'event sourcing for 40 services')
    }
    server.setBehavior({ kind: 'reply', text: `Subject: ${SUBJECT}\n\n${draft.body}` })
    const polish = { ...request(), mode: 'polish' as const, draft }
    expect(await proposeDraft(config, polish)).toMatchObject({ ok: true, proposal: { accepted: true } })
    expect(await proposeDraft(config, { ...polish, mode: 'write' })).toMatchObject({
      ok: true,
      proposal: {
        accepted: false,
        rejected: expect.arrayContaining([{ reason: 'invented-figure', detail: '40' }]) as unknown
      }
    })
  })

  it('a flood is stopped near the cap and rejected as too long', async () => {
    server.setBehavior({ kind: 'flood', chunk: 'very ' })
    const deltas: string[] = []
    const result = await proposeDraft(config, request(), { onDelta: (t) => deltas.push(t) })
    expect(result).toMatchObject({ ok: true, proposal: { accepted: false, attempts: 2 } })
    if (result.ok) expect(result.proposal.rejected[0]?.reason).toBe('too-long')
    // Two attempts, each stopped one piece past the cap.
    expect(deltas.length).toBe(2 * (STREAM_CAP_FACTOR * 180 + 1))
  })

  it.each([
    [{ kind: 'status', status: 401 }, 'llm-auth', /API key/],
    [{ kind: 'status', status: 404 }, 'llm-unavailable', /no model “m”/],
    [{ kind: 'status', status: 429 }, 'llm-unavailable', /HTTP 429/],
    [{ kind: 'status', status: 503 }, 'llm-unavailable', /HTTP 503/],
    [
      { kind: 'hang-mid-stream', chunks: ['Hi ', 'Jane'], afterChunks: 1 },
      'llm-unavailable',
      /stopped answering/
    ],
    [{ kind: 'drop-mid-stream', chunks: ['Hi ', 'Jane'], afterChunks: 1 }, 'llm-unavailable', /broke off/]
  ] satisfies Array<[MockBehavior, string, RegExp]>)(
    '%o: an error %s, no proposal',
    async (behavior, code, message) => {
      server.setBehavior(behavior)
      const result = await proposeDraft({ ...config, timeoutMs: 300 }, request())
      expect(result).toMatchObject({ ok: false, error: { code } })
      if (!result.ok) expect(result.error.message).toMatch(message)
    }
  )

  it('a server that does not stream still gives a proposal', async () => {
    server.setBehavior({ kind: 'json-only', text: GOOD })
    expect(await proposeDraft(config, request())).toMatchObject({ ok: true, proposal: { accepted: true } })
  })

  it('a repair that fails on the network still shows the first proposal with its findings', async () => {
    server.setScript([{ kind: 'reply', text: BAD_ANSWERS[1]?.text ?? '' }])
    server.setBehavior({ kind: 'status', status: 500 })
    const result = await proposeDraft(config, request())
    expect(result).toMatchObject({ ok: true, proposal: { accepted: false, attempts: 1 } })
  })
})
