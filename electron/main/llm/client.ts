/**
 * The LLM client: sends chat messages to any OpenAI-compatible endpoint and streams the answer back. Plain Node (no
 * electron import) so it can be tested against a local server.
 *
 * Every failure (no key, bad key, unknown model, busy or failing server, refused connection, timeout, cancel, stream
 * cut off) resolves to `ok: false` with a plain message; a half-streamed text is never returned as a result. A
 * server that ignores `stream: true` and sends one JSON answer is asked again without streaming. A stream that runs
 * far past the word limit is stopped and returned as `capped` (the caller rejects it).
 */
import OpenAI, { APIError } from 'openai'
import { countWords } from '../../../shared/policy/index'
import {
  ABORTED,
  classifyFailure,
  notOpenAiCompatible,
  STREAM_CUT,
  timeoutError,
  type LlmError,
  type LlmErrorCode
} from './errors'
import { endpointProblem } from './endpoint'
import type { ChatMessage } from './prompt'
import { redact } from './redact'

export interface LlmConfig {
  baseUrl: string
  model: string
  apiKey: string
  /** Longest wait for the server: for the answer to start, and between two streamed pieces. */
  timeoutMs?: number
  /** Retries of a failed request before any text has streamed (openai's own backoff). Tests pass 0. */
  maxRetries?: number
}

export interface ChatOptions {
  onDelta?: (text: string) => void
  signal?: AbortSignal
  /** Stop the stream once the answer has this many words (a few times the word limit). */
  maxWords: number
}

export type ChatResult =
  { ok: true; text: string; capped: boolean } | { ok: false; error: { code: LlmErrorCode; message: string } }

export type ConnectionResult =
  | { ok: true; model: string; models: string[] }
  | { ok: false; error: { code: LlmErrorCode; message: string } }

export const DEFAULT_TIMEOUT_MS = 60_000
/** Retries of a 408/409/429/5xx answer, with exponential backoff (Retry-After honoured), before any text streamed. */
export const DEFAULT_MAX_RETRIES = 2
const BACKOFF_BASE_MS = 500
const BACKOFF_MAX_MS = 10_000

/**
 * The openai client sends the OS, CPU architecture and Node version to the server by default. A third-party
 * endpoint needs none of that, so those headers are unset (null removes a default header in openai v6).
 */
const UNSENT_PLATFORM_HEADERS = {
  'X-Stainless-OS': null,
  'X-Stainless-Arch': null,
  'X-Stainless-Runtime': null,
  'X-Stainless-Runtime-Version': null
}

function checkConfig(config: LlmConfig): LlmError | null {
  const problem = endpointProblem(config.baseUrl)
  if (problem) return { code: 'llm-unavailable', message: problem }
  if (config.model.trim() === '')
    return { code: 'llm-unavailable', message: 'Enter a model name in Settings.' }
  if (config.apiKey.trim() === '')
    return {
      code: 'llm-auth',
      message: 'Enter an API key in Settings (for a local server that ignores keys, any text will do).'
    }
  return null
}

function createClient(config: LlmConfig, timeoutMs: number): OpenAI {
  return new OpenAI({
    baseURL: config.baseUrl,
    apiKey: config.apiKey.trim(),
    // Explicit nulls: otherwise openai reads OPENAI_ORG_ID / OPENAI_PROJECT_ID from the environment and sends
    // them to whatever server the user configured.
    organization: null,
    project: null,
    timeout: timeoutMs,
    // Retries are ours (see chat): openai's would also retry a refused connection, hiding it behind a timeout.
    maxRetries: 0,
    defaultHeaders: UNSENT_PLATFORM_HEADERS,
    // The client would log raw stream chunks on parse errors; this module reports failures itself.
    logLevel: 'off'
  })
}

/**
 * An AbortController that fires when the caller's signal fires or when nothing has arrived for `timeoutMs`.
 * openai's own timeout only covers the wait for response headers; a server that stalls mid-stream needs this.
 */
function createWatchdog(timeoutMs: number, userSignal: AbortSignal | undefined) {
  const controller = new AbortController()
  const state = { timedOut: false }
  const onUserAbort = (): void => controller.abort()
  const onIdle = (): void => {
    state.timedOut = true
    controller.abort()
  }
  userSignal?.addEventListener('abort', onUserAbort, { once: true })
  let timer = setTimeout(onIdle, timeoutMs)
  return {
    signal: controller.signal,
    get timedOut() {
      return state.timedOut
    },
    /** Call whenever the server sends something. */
    alive(): void {
      clearTimeout(timer)
      timer = setTimeout(onIdle, timeoutMs)
    },
    dispose(): void {
      clearTimeout(timer)
      userSignal?.removeEventListener('abort', onUserAbort)
    }
  }
}

/** Why a stream that ended without an error still cannot be used, or null when it can. */
function unusableFinish(finishReason: string): LlmError | null {
  if (finishReason === 'content_filter')
    return { code: 'llm-bad-response', message: "The LLM server's content filter stopped the text." }
  return null
}

interface Attempt {
  client: OpenAI
  config: LlmConfig
  messages: ChatMessage[]
  options: ChatOptions
  watchdog: ReturnType<typeof createWatchdog>
  timeoutMs: number
}

type StreamOutcome = ChatResult | { ok: 'not-streamed' }

/** One streamed request; `not-streamed` when the server answered without a single stream event. */
async function streamOnce(at: Attempt): Promise<StreamOutcome> {
  const { options, watchdog } = at
  const stream = await at.client.chat.completions.create(
    { model: at.config.model.trim(), messages: at.messages, stream: true },
    { signal: watchdog.signal }
  )
  watchdog.alive()
  let text = ''
  let words = 0
  let finishReason: string | null = null
  let chunkCount = 0
  for await (const chunk of stream) {
    watchdog.alive()
    chunkCount += 1
    // Some servers send chunks with no choices (usage reports); they carry no text.
    const choice = chunk.choices?.[0]
    const delta = choice?.delta?.content
    if (typeof delta === 'string' && delta !== '') {
      text += delta
      options.onDelta?.(delta)
      // Counted per piece (a word split across two pieces counts twice): the cap errs on the early side.
      words += countWords(delta)
      if (words > options.maxWords) {
        stream.controller.abort()
        return { ok: true, text, capped: true }
      }
    }
    if (choice?.finish_reason) finishReason = choice.finish_reason
  }
  if (options.signal?.aborted) return { ok: false, error: ABORTED }
  if (watchdog.timedOut) return { ok: false, error: timeoutError(at.timeoutMs) }
  if (chunkCount === 0) return { ok: 'not-streamed' }
  // No finish reason: the stream ended early (a clean close is not proof of a complete answer).
  if (finishReason === null) return { ok: false, error: STREAM_CUT }
  const unusable = unusableFinish(finishReason)
  if (unusable) return { ok: false, error: unusable }
  return { ok: true, text, capped: finishReason === 'length' }
}

/** The same request without streaming, for servers that do not stream. */
async function askOnce(at: Attempt): Promise<ChatResult> {
  const completion = await at.client.chat.completions.create(
    { model: at.config.model.trim(), messages: at.messages },
    { signal: at.watchdog.signal }
  )
  const choice = Array.isArray(completion.choices) ? completion.choices[0] : undefined
  const text = choice?.message?.content
  if (typeof text !== 'string') return { ok: false, error: notOpenAiCompatible(at.config.baseUrl) }
  at.options.onDelta?.(text)
  return {
    ok: true,
    text,
    capped: countWords(text) > at.options.maxWords || choice?.finish_reason === 'length'
  }
}

function retryable(error: unknown): error is APIError {
  const status = error instanceof APIError ? error.status : undefined
  return status === 408 || status === 409 || status === 429 || (status !== undefined && status >= 500)
}

/** How long to wait before retry number `retry` (0-based): the server's Retry-After, else 0.5 s, 1 s, 2 s… */
export function backoffMs(retry: number, error: APIError): number {
  const headers = error.headers
  const ms = Number(headers?.get('retry-after-ms') ?? NaN)
  const seconds = Number(headers?.get('retry-after') ?? NaN)
  const asked = Number.isFinite(ms) ? ms : Number.isFinite(seconds) ? seconds * 1000 : NaN
  const wait = Number.isFinite(asked) && asked >= 0 ? asked : BACKOFF_BASE_MS * 2 ** retry
  return Math.min(wait, BACKOFF_MAX_MS)
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    function done(): void {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}

/** One request (streamed, or asked again without streaming), with its own inactivity watchdog. */
async function attemptChat(
  config: LlmConfig,
  client: OpenAI,
  messages: ChatMessage[],
  options: ChatOptions & { streamed: { any: boolean } }
): Promise<ChatResult | { ok: 'retry'; error: APIError }> {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const watchdog = createWatchdog(timeoutMs, options.signal)
  const onDelta = (text: string): void => {
    options.streamed.any = true
    options.onDelta?.(text)
  }
  const attempt: Attempt = { client, config, messages, options: { ...options, onDelta }, watchdog, timeoutMs }
  let streaming = false
  try {
    streaming = true
    const streamed = await streamOnce(attempt)
    if (streamed.ok !== 'not-streamed') return streamed
    streaming = false
    return await askOnce(attempt)
  } catch (error) {
    const quiet = !options.signal?.aborted && !watchdog.timedOut && !options.streamed.any
    if (quiet && retryable(error)) return { ok: 'retry', error }
    return {
      ok: false,
      error: classifyFailure(error, {
        baseUrl: config.baseUrl,
        model: config.model,
        apiKey: config.apiKey,
        timeoutMs,
        userAborted: options.signal?.aborted === true,
        timedOut: watchdog.timedOut,
        streaming
      })
    }
  } finally {
    watchdog.dispose()
  }
}

/**
 * Sends `messages` and resolves (never rejects) with the whole answer, or with a plain error. `onDelta` gets each
 * piece as it streams. A busy or failing server (429, 5xx) is retried with backoff while no text has streamed.
 */
export async function chat(
  config: LlmConfig,
  messages: readonly ChatMessage[],
  options: ChatOptions
): Promise<ChatResult> {
  const fail = (error: LlmError): ChatResult => ({
    ok: false,
    error: { code: error.code, message: redact(error.message, [config.apiKey]) }
  })
  const invalid = checkConfig(config)
  if (invalid) return fail(invalid)
  const apiKey = config.apiKey.trim()
  // The prompt builder never sees the key; this guards against a key pasted into a note or the draft.
  const safe = messages.map((m) => ({ ...m, content: redact(m.content, [apiKey]) }))
  const client = createClient(config, config.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  const maxRetries = config.maxRetries ?? DEFAULT_MAX_RETRIES
  const streamed = { any: false }
  for (let retry = 0; ; retry += 1) {
    if (options.signal?.aborted) return fail(ABORTED)
    const result = await attemptChat(config, client, safe, { ...options, streamed })
    if (result.ok !== 'retry') return result.ok ? result : fail(result.error)
    if (retry >= maxRetries)
      return fail(
        classifyFailure(result.error, {
          ...config,
          timeoutMs: 0,
          userAborted: false,
          timedOut: false,
          streaming: false
        })
      )
    await sleep(backoffMs(retry, result.error), options.signal)
  }
}

/** The model ids the endpoint offers, or [] when it has no `/models` (many local servers do not). */
async function listModels(client: OpenAI, signal: AbortSignal): Promise<string[]> {
  try {
    const page = await client.models.list({ signal })
    return page.data
      .map((m) => m.id)
      .filter((id) => typeof id === 'string')
      .sort()
  } catch {
    return []
  }
}

/** Checks the settings with one small non-streaming request, and lists the models. Resolves (never rejects). */
export async function testConnection(config: LlmConfig): Promise<ConnectionResult> {
  const fail = (error: LlmError): ConnectionResult => ({
    ok: false,
    error: { code: error.code, message: redact(error.message, [config.apiKey]) }
  })
  const invalid = checkConfig(config)
  if (invalid) return fail(invalid)
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS
  // Never marked alive: a whole-request deadline, since a server may send headers and then stall on the body.
  const watchdog = createWatchdog(timeoutMs, undefined)
  try {
    const client = createClient(config, timeoutMs)
    const models = await listModels(client, watchdog.signal)
    const completion = await client.chat.completions.create(
      { model: config.model.trim(), messages: [{ role: 'user', content: 'Reply with the single word OK.' }] },
      { signal: watchdog.signal }
    )
    if (!Array.isArray(completion.choices) || completion.choices.length === 0)
      return fail(notOpenAiCompatible(config.baseUrl))
    const model =
      typeof completion.model === 'string' && completion.model !== '' ? completion.model : config.model
    return { ok: true, model, models }
  } catch (error) {
    return fail(
      classifyFailure(error, {
        baseUrl: config.baseUrl,
        model: config.model,
        apiKey: config.apiKey,
        timeoutMs,
        userAborted: false,
        timedOut: watchdog.timedOut,
        streaming: false
      })
    )
  } finally {
    watchdog.dispose()
  }
}
