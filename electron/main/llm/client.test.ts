/**
 * The real openai client against the mock server in e2e/support. Each test starts and stops its own server.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startMockOpenAi, type MockOpenAi, type RecordedRequest } from '../../../e2e/support/mock-openai'
import type { CheckContext } from '../../../shared/etiquette/contract'
import { chat, testConnection, type ChatOptions, type LlmConfig } from './client'
import { buildMessages, type PromptInput } from './prompt'

// Deliberately not sk-shaped: the exact-key redaction must work without the pattern fallback.
const API_KEY = 'mock-key-Zq81xTp4'
const DRAFT_BODY = 'Hi Jane,\n\nthanks for the talk about event sourcing.\n\nBest regards,\nAlex Kim'
const POLISHED_CHUNKS = [
  'Hi Jane,\n\n',
  'Thank you ',
  'for the talk about event sourcing.',
  '\n\nBest regards,\nAlex Kim'
]

const context: CheckContext = {
  now: '2026-03-04T10:00:00Z',
  company: 'Acme',
  role: 'Backend Engineer',
  interviewer: { name: 'Jane Doe', contacts: ['jane.doe@acme.example'] },
  notes: ['migrating billing to event sourcing']
}
const request: PromptInput = {
  mode: 'polish',
  kind: 'thank-you',
  context,
  draft: { subject: 'Thank you', body: DRAFT_BODY }
}

const MAX_WORDS = 540

/** The old polish call, over the generic chat: the polish prompt for `request`. */
function polishDraft(
  cfg: LlmConfig,
  input: PromptInput,
  onDelta: ChatOptions['onDelta'],
  signal?: AbortSignal
) {
  return chat(cfg, buildMessages(input), { onDelta, signal, maxWords: MAX_WORDS })
}

let server: MockOpenAi
let config: LlmConfig

beforeEach(async () => {
  server = await startMockOpenAi()
  config = { baseUrl: server.baseUrl, model: 'test-model', apiKey: API_KEY, timeoutMs: 5_000, maxRetries: 0 }
})

afterEach(async () => {
  await server.stop()
})

function collectDeltas(): { deltas: string[]; onDelta: (text: string) => void } {
  const deltas: string[] = []
  return { deltas, onDelta: (text) => deltas.push(text) }
}

/** Every place in a recorded request the key could hide, except the Authorization header. */
function placesOtherThanAuthorization(req: RecordedRequest): string[] {
  const headers = Object.entries(req.headers)
    .filter(([name]) => name !== 'authorization')
    .map(([name, value]) => `${name}: ${String(value)}`)
  return [req.url, req.body, ...headers]
}

describe('testConnection', () => {
  it('lists the models, makes one non-streaming chat request and reports the model', async () => {
    server.setBehavior({ kind: 'reply', text: 'OK', model: 'served-model-1' })
    const result = await testConnection(config)
    expect(result).toEqual({ ok: true, model: 'served-model-1', models: ['mock-model'] })
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /v1/models',
      'POST /v1/chat/completions'
    ])
    const req = server.requests[1]
    expect(req?.method).toBe('POST')
    expect(req?.url).toBe('/v1/chat/completions')
    const body = JSON.parse(req?.body ?? '{}') as { model?: string; stream?: boolean }
    expect(body.model).toBe('test-model')
    expect(body.stream).not.toBe(true)
  })

  it('reports a rejected key as llm-auth', async () => {
    server.setBehavior({ kind: 'status', status: 401, message: `Incorrect API key provided: ${API_KEY}` })
    const result = await testConnection(config)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('llm-auth')
    expect(result.error.message).not.toContain(API_KEY)
  })

  it('times out a server that sends headers and then stalls on the body', async () => {
    server.setBehavior({ kind: 'hang-mid-stream', chunks: ['O'], afterChunks: 1 })
    const result = await testConnection({ ...config, timeoutMs: 300 })
    expect(result).toMatchObject({ ok: false, error: { code: 'llm-unavailable' } })
    if (!result.ok) expect(result.error.message).toMatch(/stopped answering/)
  })

  it('refuses an empty key or a bad URL without sending anything', async () => {
    const noKey = await testConnection({ ...config, apiKey: '  ' })
    expect(noKey).toMatchObject({ ok: false, error: { code: 'llm-auth' } })
    const badUrl = await testConnection({ ...config, baseUrl: 'ftp://example.com' })
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'llm-unavailable' } })
    expect(server.requests).toHaveLength(0)
  })
})

describe('chat', () => {
  it('streams the deltas in order and returns the full text', async () => {
    server.setBehavior({ kind: 'reply', text: POLISHED_CHUNKS.join(''), chunks: POLISHED_CHUNKS })
    const { deltas, onDelta } = collectDeltas()
    const result = await polishDraft(config, request, onDelta)
    expect(deltas).toEqual(POLISHED_CHUNKS)
    expect(result).toEqual({ ok: true, text: POLISHED_CHUNKS.join(''), capped: false })
    const body = JSON.parse(server.requests[0]?.body ?? '{}') as {
      stream?: boolean
      model?: string
      messages?: { content: string }[]
    }
    expect(body.stream).toBe(true)
    expect(body.model).toBe('test-model')
    expect(body.messages?.map((m) => m.content).join('\n')).toContain(DRAFT_BODY)
    expect(server.requests[0]?.body).not.toContain('jane.doe@acme.example')
  })

  it('401: llm-auth', async () => {
    server.setBehavior({ kind: 'status', status: 401 })
    const { deltas, onDelta } = collectDeltas()
    const result = await polishDraft(config, request, onDelta)
    expect(result).toMatchObject({ ok: false, error: { code: 'llm-auth' } })
    expect(deltas).toEqual([])
  })

  it('500: llm-unavailable, draft kept, no retry when maxRetries is 0', async () => {
    server.setBehavior({ kind: 'status', status: 500 })
    const result = await polishDraft(config, request, () => {})
    expect(result).toMatchObject({ ok: false, error: { code: 'llm-unavailable' } })
    if (!result.ok) expect(result.error.message).toMatch(/HTTP 500/)
    expect(server.requests).toHaveLength(1)
  })

  it('connection refused: llm-unavailable', async () => {
    const refusedUrl = server.baseUrl
    await server.stop()
    server = await startMockOpenAi() // afterEach stops this one
    const result = await polishDraft({ ...config, baseUrl: refusedUrl }, request, () => {})
    expect(result).toMatchObject({ ok: false, error: { code: 'llm-unavailable' } })
    if (!result.ok)
      expect(result.error.message).toContain('Could not reach the LLM server at http://127.0.0.1:')
  })

  it('server that never answers: times out as llm-unavailable', async () => {
    server.setBehavior({ kind: 'hang' })
    const result = await polishDraft({ ...config, timeoutMs: 300 }, request, () => {})
    expect(result).toMatchObject({ ok: false, error: { code: 'llm-unavailable' } })
    if (!result.ok) expect(result.error.message).toMatch(/stopped answering/)
  })

  it('server that stalls mid-stream: times out, draft kept although text had streamed', async () => {
    server.setBehavior({ kind: 'hang-mid-stream', chunks: POLISHED_CHUNKS, afterChunks: 2 })
    const { deltas, onDelta } = collectDeltas()
    const result = await polishDraft({ ...config, timeoutMs: 300 }, request, onDelta)
    expect(deltas).toEqual(POLISHED_CHUNKS.slice(0, 2))
    expect(result).toMatchObject({ ok: false, error: { code: 'llm-unavailable' } })
  })

  it('abort mid-stream: llm-aborted', async () => {
    server.setBehavior({ kind: 'hang-mid-stream', chunks: POLISHED_CHUNKS, afterChunks: 2 })
    const controller = new AbortController()
    const deltas: string[] = []
    const result = await polishDraft(
      config,
      request,
      (text) => {
        deltas.push(text)
        controller.abort()
      },
      controller.signal
    )
    expect(deltas.length).toBeGreaterThanOrEqual(1)
    expect(result).toEqual({
      ok: false,
      error: { code: 'llm-aborted', message: expect.any(String) as string }
    })
  })

  it('abort while waiting for the answer, and an already aborted signal: llm-aborted', async () => {
    server.setBehavior({ kind: 'hang' })
    const controller = new AbortController()
    const pending = polishDraft(config, request, () => {}, controller.signal)
    await new Promise((resolve) => setTimeout(resolve, 50))
    controller.abort()
    expect(await pending).toMatchObject({ ok: false, error: { code: 'llm-aborted' } })
    const requestsSoFar = server.requests.length
    expect(await polishDraft(config, request, () => {}, controller.signal)).toMatchObject({
      ok: false,
      error: { code: 'llm-aborted' }
    })
    expect(server.requests).toHaveLength(requestsSoFar)
  })

  it('connection dropped mid-stream: draft kept, not the partial text', async () => {
    server.setBehavior({ kind: 'drop-mid-stream', chunks: POLISHED_CHUNKS, afterChunks: 2 })
    const { deltas, onDelta } = collectDeltas()
    const result = await polishDraft(config, request, onDelta)
    expect(deltas).toEqual(POLISHED_CHUNKS.slice(0, 2))
    expect(result).toMatchObject({ ok: false, error: { code: 'llm-unavailable' } })
  })

  it('stream closed cleanly but without a finish: draft kept', async () => {
    server.setBehavior({ kind: 'end-without-done', chunks: POLISHED_CHUNKS.slice(0, 2) })
    const result = await polishDraft(config, request, () => {})
    expect(result).toMatchObject({ ok: false })
  })

  it('answer cut at the length limit: returned as capped, for the caller to reject', async () => {
    server.setBehavior({ kind: 'reply', text: 'Hi Jane, thank', finishReason: 'length' })
    const result = await polishDraft(config, request, () => {})
    expect(result).toEqual({ ok: true, text: 'Hi Jane, thank', capped: true })
  })

  it('a failing onDelta stops the stream: a failure, never a half text', async () => {
    server.setBehavior({ kind: 'reply', text: POLISHED_CHUNKS.join(''), chunks: POLISHED_CHUNKS })
    const result = await polishDraft(config, request, () => {
      throw new Error('window closed')
    })
    expect(result).toMatchObject({ ok: false })
  })

  it('a flood is stopped a little past the cap: the text is returned as capped, not forwarded for ever', async () => {
    server.setBehavior({ kind: 'flood', chunk: 'word ' })
    const { deltas, onDelta } = collectDeltas()
    const result = await polishDraft(config, request, onDelta)
    expect(result).toMatchObject({ ok: true, capped: true })
    expect(deltas.length).toBe(MAX_WORDS + 1)
  })

  it('a server that ignores stream: true is asked again without streaming', async () => {
    server.setBehavior({ kind: 'json-only', text: 'Hi Jane,\n\nThank you.' })
    const { deltas, onDelta } = collectDeltas()
    const result = await polishDraft(config, request, onDelta)
    expect(result).toEqual({ ok: true, text: 'Hi Jane,\n\nThank you.', capped: false })
    expect(deltas).toEqual(['Hi Jane,\n\nThank you.'])
    expect(server.chatBodies().map((b) => b.stream ?? false)).toEqual([true, false])
  })

  it('429 and 5xx are retried with backoff (Retry-After honoured), then the answer is used', async () => {
    server.setScript([
      { kind: 'status', status: 429, retryAfterMs: 10 },
      { kind: 'status', status: 503, retryAfterMs: 10 }
    ])
    server.setBehavior({ kind: 'reply', text: 'Hi Jane, thank you.' })
    const result = await polishDraft({ ...config, maxRetries: 2 }, request, () => {})
    expect(result).toEqual({ ok: true, text: 'Hi Jane, thank you.', capped: false })
    expect(server.chatBodies()).toHaveLength(3)
  })

  it.each([
    [429, 'llm-unavailable', /busy, or the key is over its rate or usage limit \(HTTP 429\)/],
    [500, 'llm-unavailable', /internal error \(HTTP 500\)/],
    [502, 'llm-unavailable', /internal error \(HTTP 502\)/],
    [401, 'llm-auth', /did not accept the API key \(HTTP 401\)/],
    [403, 'llm-auth', /not allowed to use the model “test-model” \(HTTP 403\)/],
    [404, 'llm-unavailable', /no model “test-model” at http:\/\/127\.0\.0\.1:\d+\/v1 \(HTTP 404\)/]
  ])('HTTP %i: %s with a plain message', async (status, code, message) => {
    server.setBehavior({ kind: 'status', status, retryAfterMs: 1 })
    const result = await polishDraft({ ...config, maxRetries: 1 }, request, () => {})
    expect(result).toMatchObject({ ok: false, error: { code } })
    if (!result.ok) expect(result.error.message).toMatch(message)
  })

  it('no key, or a plain-http address that is not this computer: refused before anything is sent', async () => {
    expect(await polishDraft({ ...config, apiKey: ' ' }, request, () => {})).toMatchObject({
      ok: false,
      error: { code: 'llm-auth', message: expect.stringMatching(/Enter an API key/) as string }
    })
    expect(
      await polishDraft({ ...config, baseUrl: 'http://llm.example.com/v1' }, request, () => {})
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/only allowed for a server on this computer/) as string }
    })
    expect(server.requests).toHaveLength(0)
  })
})

describe('the API key', () => {
  it('is sent only as the Bearer Authorization header, with no org, project or platform headers', async () => {
    const savedOrg = process.env.OPENAI_ORG_ID
    process.env.OPENAI_ORG_ID = 'org-from-env'
    try {
      server.setBehavior({ kind: 'reply', text: POLISHED_CHUNKS.join('') })
      await testConnection(config)
      await polishDraft(config, request, () => {})
      server.setBehavior({ kind: 'status', status: 401 })
      await polishDraft(config, request, () => {})
    } finally {
      if (savedOrg === undefined) delete process.env.OPENAI_ORG_ID
      else process.env.OPENAI_ORG_ID = savedOrg
    }
    expect(server.requests).toHaveLength(4)
    for (const req of server.requests) {
      expect(req.headers.authorization).toBe(`Bearer ${API_KEY}`)
      for (const place of placesOtherThanAuthorization(req)) expect(place).not.toContain(API_KEY)
      expect(req.headers['openai-organization']).toBeUndefined()
      expect(req.headers['x-stainless-os']).toBeUndefined()
      expect(req.headers['x-stainless-runtime-version']).toBeUndefined()
    }
  })

  it('never appears in an error message, even when the server echoes it', async () => {
    const messages: string[] = []
    for (const status of [400, 401, 404, 429, 500]) {
      server.setBehavior({
        kind: 'status',
        status,
        message: `bad key ${API_KEY} (Authorization: Bearer ${API_KEY})`
      })
      const result = await polishDraft(config, request, () => {})
      const connection = await testConnection(config)
      if (!result.ok) messages.push(result.error.message)
      if (!connection.ok) messages.push(connection.error.message)
    }
    server.setBehavior({ kind: 'drop-mid-stream', chunks: POLISHED_CHUNKS, afterChunks: 1 })
    const dropped = await polishDraft(config, request, () => {})
    if (!dropped.ok) messages.push(dropped.error.message)
    expect(messages).toHaveLength(11)
    for (const message of messages) expect(message).not.toContain(API_KEY)
    // The detail the server gave is kept where useful, with the key taken out.
    expect(messages.some((m) => m.includes('bad key [redacted]'))).toBe(true)
  })

  it('is not sent in the prompt even if pasted into the draft', async () => {
    server.setBehavior({ kind: 'reply', text: 'Hi Jane, thank you.' })
    const leaky: PromptInput = {
      ...request,
      draft: { subject: '', body: `${DRAFT_BODY}\nkey: ${API_KEY}` }
    }
    await polishDraft(config, leaky, () => {})
    expect(server.requests[0]?.body).not.toContain(API_KEY)
  })
})
