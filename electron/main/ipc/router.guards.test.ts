/**
 * What the router says, not only whether it refuses: the exact messages a user may read, the clipping of long zod
 * messages (a hostile payload must not make the answer huge), and how each kind of thrown error is turned into a
 * Result. The gate decisions themselves are in router.test.ts.
 */
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { AppError } from '../../../shared/ipc/result'
import { JournalOpError } from '../../../shared/model/ops'
import { createRouter, type Handlers } from './router'

const trusted = { url: 'app://trusted' }

function routerWith(
  handler: (request: unknown) => unknown,
  logError?: (channel: string, error: unknown) => void
) {
  const handlers = new Proxy({} as Handlers, { get: () => handler })
  return createRouter(handlers, {
    isTrustedSender: (s) => s.url === trusted.url,
    ...(logError ? { logError } : {})
  })
}
const throwing = (error: unknown) => () => {
  throw error
}

describe('router messages', () => {
  it('names the unknown channel', async () => {
    expect(await routerWith(() => 1).invoke('fs:readFile', {}, trusted)).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'There is no IPC channel named "fs:readFile".' }
    })
  })

  it('names the refused frame, or says it is unknown', async () => {
    const router = routerWith(() => 1)
    expect(await router.invoke('journal:get', {}, { url: 'https://evil.example/' })).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: 'IPC from https://evil.example/ is not accepted.' }
    })
    expect(await router.invoke('journal:get', {}, { url: '' })).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: 'IPC from an unknown frame is not accepted.' }
    })
  })

  it('an invalid payload: plain words per field, never the channel or zod’s words, at most 1,000 characters', async () => {
    const router = routerWith(() => 1)
    const small = await router.invoke('notes:delete', { id: 5 }, trusted)
    expect(small.ok).toBe(false)
    if (!small.ok) {
      expect(small.error.message).toMatch(/^Please check the highlighted fields\. /)
      expect(small.error.message).not.toMatch(/notes:delete|✖|expected/)
      expect(small.error.fields).toEqual({ id: expect.any(String) })
    }

    const hostile = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`unknown_key_${i}`, i]))
    const big = await router.invoke('notes:delete', { id: 'a', ...hostile }, trusted)
    expect(big.ok).toBe(false)
    if (!big.ok) {
      expect(big.error.code).toBe('invalid-request')
      expect(big.error.message.length).toBeLessThanOrEqual(1000)
      expect(big.error.message).not.toMatch(/notes:delete|unknown_key/)
    }
  })
})

describe('errors thrown by a handler', () => {
  it('an AppError keeps its code and message', async () => {
    const result = await routerWith(throwing(new AppError('not-found', 'That note is gone.'))).invoke(
      'journal:get',
      {},
      trusted
    )
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'That note is gone.' } })
  })

  it('a zod error from a handler is an invalid request in plain words per field, at most 1,000 characters', async () => {
    const schema = z.object({ name: z.string() })
    const error = schema.safeParse({ name: 1 }).error
    const result = await routerWith(throwing(error)).invoke('journal:get', {}, trusted)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'Please check the highlighted fields. Name has the wrong kind of value.',
        fields: { name: 'Name has the wrong kind of value.' }
      }
    })

    const long = z.object({ [`k${'x'.repeat(2000)}`]: z.string() }).safeParse({}).error
    const clipped = await routerWith(throwing(long)).invoke('journal:get', {}, trusted)
    expect(!clipped.ok && clipped.error.message.length).toBeLessThanOrEqual(1000)
  })

  it('a change the store refuses is an invalid request with the store’s message, clipped', async () => {
    const result = await routerWith(
      throwing(new JournalOpError('The interview ends before it starts.'))
    ).invoke('journal:get', {}, trusted)
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'The interview ends before it starts.' }
    })
    const long = await routerWith(throwing(new JournalOpError('x'.repeat(1001)))).invoke(
      'journal:get',
      {},
      trusted
    )
    expect(!long.ok && long.error.message).toBe(`${'x'.repeat(999)}…`)
    const exact = await routerWith(throwing(new JournalOpError('y'.repeat(1000)))).invoke(
      'journal:get',
      {},
      trusted
    )
    expect(!exact.ok && exact.error.message).toBe('y'.repeat(1000))
  })

  it('a full disk is a storage error in plain words, not a bug, and is not logged as one', async () => {
    const logError = vi.fn()
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    const result = await routerWith(throwing(full), logError).invoke(
      'applications:create',
      { company: 'A', role: 'B' },
      trusted
    )
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'storage',
        message:
          'Your change was not saved because the disk is full. Free some space on the disk, then try again.'
      }
    })
    expect(logError).not.toHaveBeenCalled()
  })

  it('anything else is logged with its channel and answered as internal, saying nothing changed', async () => {
    const logError = vi.fn()
    const bug = new TypeError('x is undefined')
    const result = await routerWith(throwing(bug), logError).invoke('journal:get', {}, trusted)
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in journal:get. Nothing was changed.' }
    })
    expect(logError).toHaveBeenCalledWith('journal:get', bug)
    // Without a logger it still answers.
    expect(await routerWith(throwing(bug)).invoke('journal:get', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'internal' }
    })
  })

  it('a handler’s value is returned as is, sync or async', async () => {
    expect(await routerWith(() => ({ a: 1 })).invoke('journal:get', {}, trusted)).toEqual({
      ok: true,
      value: { a: 1 }
    })
    expect(await routerWith(async () => 'later').invoke('journal:get', {}, trusted)).toEqual({
      ok: true,
      value: 'later'
    })
  })
})
