/**
 * The optional LLM polish: sends a composed draft to any OpenAI-compatible endpoint and streams the polished text
 * back. Plain Node (no electron import) so it can be tested against a local mock server.
 *
 * The one promise this module keeps: an LLM failure never costs the user their draft. Every failure (unreachable
 * server, bad key, server error, timeout, cancel, stream cut off) resolves to `ok: false` with the ORIGINAL draft
 * body; a half-streamed text is never returned as the result.
 */
import OpenAI from 'openai'
import type { CheckContext } from '../../../shared/etiquette/contract'
import {
  ABORTED,
  classifyFailure,
  notOpenAiCompatible,
  STREAM_CUT,
  timeoutError,
  type LlmError,
  type LlmErrorCode
} from './errors'
import { buildPolishMessages, cleanPolishedText } from './prompt'
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

export interface PolishRequest {
  kind: 'thank-you' | 'follow-up'
  context: CheckContext
  draft: { subject: string; body: string }
}

export type PolishResult =
  { ok: true; body: string } | { ok: false; error: { code: LlmErrorCode; message: string }; body: string }

export type ConnectionResult =
  { ok: true; model: string } | { ok: false; error: { code: string; message: string } }

export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_MAX_RETRIES = 1

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
  let url: URL | null = null
  try {
    url = new URL(config.baseUrl)
  } catch {
    url = null
  }
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    return {
      code: 'llm-unavailable',
      message: 'The base URL is not a valid http(s) address, e.g. https://api.openai.com/v1.'
    }
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
    maxRetries: config.maxRetries ?? DEFAULT_MAX_RETRIES,
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
function unusableStreamError(finishReason: string, text: string): LlmError | null {
  if (finishReason === 'length')
    return {
      code: 'llm-bad-response',
      message: 'The model stopped at its length limit before finishing the text.'
    }
  if (finishReason === 'content_filter')
    return {
      code: 'llm-bad-response',
      message: "The LLM server's content filter stopped the text."
    }
  if (cleanPolishedText(text) === '')
    return { code: 'llm-bad-response', message: 'The LLM server sent back no text.' }
  return null
}

/**
 * Polishes `req.draft.body`, calling `onDelta` with each piece of text as it streams. Resolves (never rejects) with
 * the full polished body, or with an error and the original body.
 */
export async function polishDraft(
  config: LlmConfig,
  req: PolishRequest,
  onDelta: (text: string) => void,
  signal?: AbortSignal
): Promise<PolishResult> {
  const original = req.draft.body
  // Every failure says the draft is safe: that is what the user worries about when polishing fails.
  const fail = (error: LlmError): PolishResult => ({
    ok: false,
    error: {
      code: error.code,
      message: redact(`${error.message} Your draft is unchanged.`, [config.apiKey])
    },
    body: original
  })
  const invalid = checkConfig(config)
  if (invalid) return fail(invalid)
  if (signal?.aborted) return fail(ABORTED)

  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const watchdog = createWatchdog(timeoutMs, signal)
  let streaming = false
  let listenerFailed = false
  try {
    const apiKey = config.apiKey.trim()
    // The prompt builder never sees the key; this guards against a key pasted into a note or the draft.
    const messages = buildPolishMessages(req).map((m) => ({ ...m, content: redact(m.content, [apiKey]) }))
    const stream = await createClient(config, timeoutMs).chat.completions.create(
      { model: config.model.trim(), messages, stream: true },
      { signal: watchdog.signal }
    )
    streaming = true
    watchdog.alive()
    let text = ''
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
        try {
          onDelta(delta)
        } catch (listenerError) {
          listenerFailed = true
          throw listenerError
        }
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason
    }
    // An abort during iteration ends the loop quietly (no throw), so the reason is read from our own state.
    if (signal?.aborted) return fail(ABORTED)
    if (watchdog.timedOut) return fail(timeoutError(timeoutMs))
    if (chunkCount === 0) return fail(notOpenAiCompatible(config.baseUrl))
    // No finish reason: the stream ended early (a clean close is not proof of a complete answer).
    if (finishReason === null) return fail(STREAM_CUT)
    const unusable = unusableStreamError(finishReason, text)
    if (unusable) return fail(unusable)
    return { ok: true, body: cleanPolishedText(text) }
  } catch (error) {
    if (listenerFailed)
      return fail({
        code: 'llm-aborted',
        message: 'Polishing stopped because the streamed text could not be shown.'
      })
    return fail(classifyFailure(error, circumstances()))
  } finally {
    watchdog.dispose()
  }

  function circumstances() {
    return {
      baseUrl: config.baseUrl,
      model: config.model,
      apiKey: config.apiKey,
      timeoutMs,
      userAborted: signal?.aborted === true,
      timedOut: watchdog.timedOut,
      streaming
    }
  }
}

/** Checks the settings with one small non-streaming request. Resolves (never rejects). */
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
    const completion = await createClient(config, timeoutMs).chat.completions.create(
      { model: config.model.trim(), messages: [{ role: 'user', content: 'Reply with the single word OK.' }] },
      { signal: watchdog.signal }
    )
    if (!Array.isArray(completion.choices) || completion.choices.length === 0)
      return fail(notOpenAiCompatible(config.baseUrl))
    const model =
      typeof completion.model === 'string' && completion.model !== '' ? completion.model : config.model
    return { ok: true, model }
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
