/**
 * What crosses IPC: a value or an error, never a thrown exception (as Signal Desktop does). A thrown error loses its
 * type and code on the way through Electron's structured clone; this shape keeps both.
 */
export const ERROR_CODES = [
  'invalid-request',
  'forbidden-sender',
  'unknown-channel',
  'not-found',
  'conflict',
  'storage',
  'import',
  'llm-disabled',
  'llm-unavailable',
  'llm-auth',
  'llm-aborted',
  'llm-bad-response',
  'secrets',
  'not-allowed',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface IpcError {
  code: ErrorCode
  message: string
  /** For invalid requests: field name → a plain message to show by that field (see field-errors.ts). */
  fields?: Record<string, string>
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>
): { ok: false; error: IpcError } => ({
  ok: false,
  error: fields && Object.keys(fields).length > 0 ? { code, message, fields } : { code, message }
})

/** An error a handler throws on purpose: the router turns it into `{ ok: false, error: { code, message } }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'AppError'
  }
}
