/**
 * Turns whatever the openai client throws into a code and a message a user can act on. Messages never carry the
 * server's raw error for auth failures (OpenAI echoes part of the key there), and every message is redacted.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  PermissionDeniedError
} from 'openai'
import { redact } from './redact'

export type LlmErrorCode = 'llm-unavailable' | 'llm-auth' | 'llm-aborted' | 'llm-bad-response'

export interface LlmError {
  code: LlmErrorCode
  message: string
}

/** What was going on when the error happened; the same error means different things in each phase. */
export interface FailureCircumstances {
  baseUrl: string
  model: string
  apiKey: string
  timeoutMs: number
  /** The caller's signal fired. */
  userAborted: boolean
  /** Our own inactivity timer fired. */
  timedOut: boolean
  /** The response had started streaming (an error now means the stream broke off). */
  streaming: boolean
}

const SERVER_DETAIL_MAX = 160

/** The base URL without credentials, query or fragment: enough for the user to recognise it. */
export function displayUrl(baseUrl: string): string {
  try {
    const url = new URL(baseUrl)
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/$/, '')}`
  } catch {
    return 'the configured address'
  }
}

export function timeoutError(timeoutMs: number): LlmError {
  // Whole seconds read better; tenths only matter for the short timeouts tests use.
  const seconds = timeoutMs >= 10_000 ? Math.round(timeoutMs / 1000) : Math.round(timeoutMs / 100) / 10
  return {
    code: 'llm-unavailable',
    message: `The LLM server stopped answering (nothing for ${seconds} s). Try again later.`
  }
}

export const ABORTED: LlmError = { code: 'llm-aborted', message: 'The AI request was cancelled.' }

export const STREAM_CUT: LlmError = {
  code: 'llm-unavailable',
  message: 'The connection to the LLM server broke off before the text was complete.'
}

export function notOpenAiCompatible(baseUrl: string): LlmError {
  return {
    code: 'llm-bad-response',
    message: `The server at ${displayUrl(baseUrl)} answered, but not like an OpenAI-compatible chat API. Check the base URL.`
  }
}

function serverDetail(error: APIError, apiKey: string): string {
  const raw = (error.error as { message?: unknown } | undefined)?.message
  if (typeof raw !== 'string' || raw.trim() === '') return ''
  const oneLine = raw.replace(/\s+/g, ' ').trim()
  const short = oneLine.length > SERVER_DETAIL_MAX ? `${oneLine.slice(0, SERVER_DETAIL_MAX - 1)}…` : oneLine
  return ` The server said: “${redact(short, [apiKey])}”`
}

function fromHttpStatus(error: APIError, at: FailureCircumstances): LlmError {
  const status = error.status
  if (error instanceof AuthenticationError || status === 401)
    return {
      code: 'llm-auth',
      message: 'The LLM server did not accept the API key (HTTP 401). Check the key in Settings.'
    }
  if (error instanceof PermissionDeniedError || status === 403)
    return {
      code: 'llm-auth',
      message: `The API key is not allowed to use the model “${at.model}” (HTTP 403). Check the key and the model in Settings.`
    }
  if (status === 404)
    return {
      code: 'llm-unavailable',
      message: `No chat endpoint or no model “${at.model}” at ${displayUrl(at.baseUrl)} (HTTP 404). Check the base URL and the model name.${serverDetail(error, at.apiKey)}`
    }
  if (status === 429)
    return {
      code: 'llm-unavailable',
      message: `The LLM server is busy, or the key is over its rate or usage limit (HTTP 429). Try again later.${serverDetail(error, at.apiKey)}`
    }
  if (status !== undefined && status >= 500)
    return {
      code: 'llm-unavailable',
      message: `The LLM server had an internal error (HTTP ${status}). Try again later.`
    }
  if (status !== undefined)
    return {
      code: 'llm-unavailable',
      message: `The LLM server refused the request (HTTP ${status}).${serverDetail(error, at.apiKey)}`
    }
  // No status: an error event inside the stream.
  return {
    code: 'llm-bad-response',
    message: `The LLM server reported an error while writing the text.${serverDetail(error, at.apiKey)}`
  }
}

/** Maps a thrown value to a user-facing error. */
export function classifyFailure(error: unknown, at: FailureCircumstances): LlmError {
  // Who aborted matters more than how the abort surfaced (it can surface as several error types).
  if (at.userAborted) return ABORTED
  if (at.timedOut || error instanceof APIConnectionTimeoutError) return timeoutError(at.timeoutMs)
  let result: LlmError
  if (error instanceof APIUserAbortError) result = STREAM_CUT
  else if (error instanceof APIConnectionError)
    result = {
      code: 'llm-unavailable',
      message: `Could not reach the LLM server at ${displayUrl(at.baseUrl)}. Check the base URL and that the server is running.`
    }
  else if (error instanceof APIError) result = fromHttpStatus(error, at)
  else if (error instanceof SyntaxError)
    result = {
      code: 'llm-bad-response',
      message:
        'The LLM server sent a reply in an unexpected format. Check that the base URL is an OpenAI-compatible API.'
    }
  else if (at.streaming) result = STREAM_CUT
  else result = { code: 'llm-unavailable', message: 'The request to the LLM server failed.' }
  return { code: result.code, message: redact(result.message, [at.apiKey]) }
}
