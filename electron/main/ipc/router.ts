/**
 * One gate for every IPC call, used by Electron's ipcMain and by the e2e bridge alike: is the channel known, is the
 * sender the app's own page, is the payload valid (zod), then run the handler and return a Result. Nothing thrown
 * here ever reaches the renderer as an exception.
 */
import { z } from 'zod'
import { CHANNELS, type Channel } from '../../../shared/ipc/channels'
import { contract, type RequestOf, type ResponseOf } from '../../../shared/ipc/contract'
import { AppError, fail, ok, type Result } from '../../../shared/ipc/result'
import { JournalOpError } from '../../../shared/model/ops'
import { storageError } from '../storage-errors'
import { fieldErrorsFrom } from '../../../shared/ipc/field-errors'

export type Handlers = {
  [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>
}

/** What main knows about who sent a message: the URL of the frame it came from. */
export interface Sender {
  url: string
}

export interface RouterOptions {
  isTrustedSender: (sender: Sender) => boolean
  /** Where unexpected errors are reported (never the payload: it may hold private notes). */
  logError?: (channel: string, error: unknown) => void
}

export interface IpcRouter {
  invoke(channel: string, payload: unknown, sender: Sender): Promise<Result<unknown>>
}

/** zod quotes unknown keys and bad values in its message; a hostile payload must not make the answer huge. */
const MAX_MESSAGE = 1000
const clip = (message: string) =>
  message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message

/**
 * A request that failed validation: plain words for the user (never the channel or zod's text), and per field the
 * message a form shows beside it. Unknown keys are the app's own bug and get a generic sentence.
 */
function invalid(issues: readonly z.core.$ZodIssue[]) {
  const { fields, message } = fieldErrorsFrom(issues)
  return fail('invalid-request', clip(message), fields)
}

const isChannel = (name: string): name is Channel => (CHANNELS as readonly string[]).includes(name)

export function createRouter(handlers: Handlers, options: RouterOptions): IpcRouter {
  return {
    async invoke(channel, payload, sender) {
      if (!isChannel(channel))
        return fail('unknown-channel', `There is no IPC channel named "${String(channel)}".`)
      if (!options.isTrustedSender(sender)) {
        return fail('forbidden-sender', `IPC from ${sender.url || 'an unknown frame'} is not accepted.`)
      }
      const parsed = contract[channel].request.safeParse(payload)
      if (!parsed.success) return invalid(parsed.error.issues)
      try {
        const handler = handlers[channel] as (request: unknown) => unknown
        return ok(await handler(parsed.data))
      } catch (error) {
        if (error instanceof AppError) return fail(error.code, error.message)
        if (error instanceof z.ZodError) return invalid(error.issues)
        // The store re-validates every record: a change that breaks a rule across fields (an interview that ends
        // before it starts after a patch) is refused there, with a message.
        if (error instanceof JournalOpError) {
          return error.issues.length > 0
            ? invalid(error.issues)
            : fail('invalid-request', clip(error.message))
        }
        // A full or read-only disk is not a bug: say so, and what to do (the change log was cut back: nothing kept).
        const storage = storageError(error)
        if (storage) return fail(storage.code, storage.message)
        options.logError?.(channel, error)
        return fail('internal', `Something went wrong in ${channel}. Nothing was changed.`)
      }
    }
  }
}
