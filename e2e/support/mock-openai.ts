/**
 * A small OpenAI-compatible HTTP server for tests (Node only, `node:http`, 127.0.0.1, a free port).
 *
 * It answers POST /v1/chat/completions with and without `stream: true` (SSE `data: {...}\n\n` ... `data: [DONE]`)
 * and GET /v1/models. The reply is scriptable with `setBehavior`, including the ways a real server fails: an HTTP
 * error, a hang, a connection dropped mid-stream. Every request is recorded (method, url, headers, body), so tests
 * can check where the API key went.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type MockBehavior =
  /** Answer normally with `text`, streamed as `chunks` when given (else split into words). */
  | { kind: 'reply'; text: string; chunks?: string[]; model?: string; finishReason?: string }
  /** Answer with an HTTP error and an OpenAI-shaped error body (and a Retry-After in ms, for fast retries). */
  | { kind: 'status'; status: number; message?: string; retryAfterMs?: number }
  /** A server that does not stream: one JSON answer even when `stream: true` was asked for. */
  | { kind: 'json-only'; text: string }
  /** Stream `chunk` again and again (up to `limit` times) until the client goes away. */
  | { kind: 'flood'; chunk: string; limit?: number }
  /** Accept the request and never answer (headers included). */
  | { kind: 'hang' }
  /** Stream the first `afterChunks` chunks, then stay silent with the connection open. */
  | { kind: 'hang-mid-stream'; chunks: string[]; afterChunks: number }
  /** Stream the first `afterChunks` chunks, then destroy the socket (no finish, no [DONE]). */
  | { kind: 'drop-mid-stream'; chunks: string[]; afterChunks: number }
  /** Stream all chunks, then end the response cleanly but without a finish reason or [DONE]. */
  | { kind: 'end-without-done'; chunks: string[] }

export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface MockOpenAi {
  /** Base URL to give the client, ending in `/v1`. */
  baseUrl: string
  port: number
  /** Requests received so far, oldest first. */
  requests: RecordedRequest[]
  setBehavior(behavior: MockBehavior): void
  /** One behavior per chat request, in order; once used up, the `setBehavior` one again. */
  setScript(script: readonly MockBehavior[]): void
  /** The chat requests' parsed bodies, oldest first. */
  chatBodies(): Array<{
    model?: string
    stream?: boolean
    messages: Array<{ role: string; content: string }>
  }>
  /** Resolves when the server has written `count` stream chunks in total (for tests that act mid-stream). */
  chunksWritten(count: number): Promise<void>
  /** Closes the server and every open connection, hanging ones included. */
  stop(): Promise<void>
}

const DEFAULT_MODEL = 'mock-model'

function splitIntoChunks(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? []
}

function chunkPayload(id: string, model: string, delta: Record<string, string>, finishReason: string | null) {
  return {
    id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason }]
  }
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

function errorBody(status: number, message: string) {
  const type =
    status === 401 ? 'invalid_request_error' : status >= 500 ? 'server_error' : 'invalid_request_error'
  const code = status === 401 ? 'invalid_api_key' : null
  return { error: { message, type, param: null, code } }
}

function completionBody(id: string, model: string, text: string, finishReason: string) {
  return {
    id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: finishReason }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }
  }
}

export async function startMockOpenAi(
  initial: MockBehavior = { kind: 'reply', text: 'OK' }
): Promise<MockOpenAi> {
  let behavior = initial
  let script: MockBehavior[] = []
  const requests: RecordedRequest[] = []
  let totalChunks = 0
  const chunkWaiters: { count: number; resolve: () => void }[] = []
  let nextId = 1

  function noteChunkWritten(): void {
    totalChunks += 1
    for (const waiter of chunkWaiters.filter((w) => w.count <= totalChunks)) {
      chunkWaiters.splice(chunkWaiters.indexOf(waiter), 1)
      waiter.resolve()
    }
  }

  function streamChunks(res: ServerResponse, id: string, model: string, chunks: readonly string[]): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive'
    })
    res.write(
      `data: ${JSON.stringify(chunkPayload(id, model, { role: 'assistant', content: '' }, null))}\n\n`
    )
    for (const chunk of chunks) {
      res.write(`data: ${JSON.stringify(chunkPayload(id, model, { content: chunk }, null))}\n\n`)
      noteChunkWritten()
    }
  }

  /** Writes chunks as fast as the socket takes them until the client hangs up or `limit` is reached. */
  function flood(res: ServerResponse, id: string, model: string, chunk: string, limit: number): void {
    streamChunks(res, id, model, [])
    let written = 0
    const line = `data: ${JSON.stringify(chunkPayload(id, model, { content: chunk }, null))}\n\n`
    const pump = (): void => {
      while (written < limit && !res.destroyed) {
        written += 1
        noteChunkWritten()
        if (!res.write(line)) {
          res.once('drain', pump)
          return
        }
      }
      if (!res.destroyed) res.end('data: [DONE]\n\n')
    }
    res.on('close', () => res.removeAllListeners('drain'))
    pump()
  }

  function answerChatCompletion(res: ServerResponse, body: string): void {
    let stream = false
    let requestedModel = DEFAULT_MODEL
    try {
      const parsed = JSON.parse(body) as { stream?: unknown; model?: unknown }
      stream = parsed.stream === true
      if (typeof parsed.model === 'string') requestedModel = parsed.model
    } catch {
      sendJson(res, 400, errorBody(400, 'Request body is not JSON.'))
      return
    }
    const id = `chatcmpl-mock-${nextId++}`
    const current = script.shift() ?? behavior
    switch (current.kind) {
      case 'status':
        sendJson(
          res,
          current.status,
          errorBody(current.status, current.message ?? `Mock error ${current.status}`),
          current.retryAfterMs === undefined ? {} : { 'retry-after-ms': String(current.retryAfterMs) }
        )
        return
      case 'json-only':
        sendJson(res, 200, completionBody(id, requestedModel, current.text, 'stop'))
        return
      case 'flood':
        flood(res, id, requestedModel, current.chunk, current.limit ?? 200_000)
        return
      case 'hang':
        return
      case 'hang-mid-stream':
        streamChunks(res, id, requestedModel, current.chunks.slice(0, current.afterChunks))
        return
      case 'drop-mid-stream':
        streamChunks(res, id, requestedModel, current.chunks.slice(0, current.afterChunks))
        // Destroy only once the written chunks are flushed, so the client surely sees them first.
        res.write('', () => res.socket?.destroy())
        return
      case 'end-without-done':
        streamChunks(res, id, requestedModel, current.chunks)
        res.end()
        return
      case 'reply': {
        const model = current.model ?? requestedModel
        const finishReason = current.finishReason ?? 'stop'
        if (!stream) {
          sendJson(res, 200, completionBody(id, model, current.text, finishReason))
          return
        }
        streamChunks(res, id, model, current.chunks ?? splitIntoChunks(current.text))
        res.write(`data: ${JSON.stringify(chunkPayload(id, model, {}, finishReason))}\n\n`)
        res.end('data: [DONE]\n\n')
        return
      }
    }
  }

  const server = createServer((req, res) => {
    const parts: Buffer[] = []
    req.on('data', (part: Buffer) => parts.push(part))
    req.on('end', () => {
      const body = Buffer.concat(parts).toString('utf8')
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      const path = (req.url ?? '').split('?')[0]
      if (req.method === 'POST' && path === '/v1/chat/completions') answerChatCompletion(res, body)
      else if (req.method === 'GET' && path === '/v1/models')
        sendJson(res, 200, {
          object: 'list',
          data: [{ id: DEFAULT_MODEL, object: 'model', owned_by: 'mock' }]
        })
      else sendJson(res, 404, errorBody(404, `No route for ${req.method ?? ''} ${path ?? ''}`))
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    setBehavior(next) {
      behavior = next
    },
    setScript(next) {
      script = [...next]
    },
    chatBodies() {
      return requests
        .filter((r) => r.method === 'POST' && r.url.startsWith('/v1/chat/completions'))
        .map((r) => JSON.parse(r.body) as ReturnType<MockOpenAi['chatBodies']>[number])
    },
    chunksWritten(count) {
      if (totalChunks >= count) return Promise.resolve()
      return new Promise((resolve) => chunkWaiters.push({ count, resolve }))
    },
    stop() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    }
  }
}
