import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../../../shared/ipc/result'
import { createRouter, type Handlers } from './router'

const trusted = { url: 'app://trusted' }

function routerWith(overrides: Partial<Handlers>, logError = vi.fn()) {
  const handlers = new Proxy(overrides as Handlers, {
    get: (target, key: string) => target[key as keyof Handlers] ?? (() => ({ opened: true }))
  })
  return createRouter(handlers, { isTrustedSender: (s) => s.url === trusted.url, logError })
}

describe('IPC router', () => {
  it('answers a valid call with { ok: true, value }', async () => {
    const router = routerWith({ 'notes:delete': async ({ id }) => ({ deleted: id.length }) })
    expect(await router.invoke('notes:delete', { id: 'abc' }, trusted)).toEqual({
      ok: true,
      value: { deleted: 3 }
    })
  })

  it('refuses an unknown channel', async () => {
    const result = await routerWith({}).invoke('fs:readFile', {}, trusted)
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  })

  it('refuses a sender that is not the app page, before looking at the payload', async () => {
    const handler = vi.fn()
    const result = await routerWith({ 'notes:delete': handler }).invoke(
      'notes:delete',
      { id: 'a' },
      { url: 'https://evil.example/' }
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('rejects an invalid payload with zod’s message and never calls the handler', async () => {
    const handler = vi.fn()
    const router = routerWith({ 'applications:create': handler })
    const result = await router.invoke(
      'applications:create',
      { company: '', role: 'Engineer', extra: 1 },
      trusted
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request')
      expect(result.error.message).toContain('applications:create')
      expect(result.error.message).toContain('Company is required')
      expect(result.error.message).toContain('extra')
    }
    expect(handler).not.toHaveBeenCalled()
  })

  it('passes the parsed payload (with defaults) to the handler', async () => {
    const handler = vi.fn(async (req: unknown) => req)
    const router = routerWith({
      'applications:create': handler as unknown as Handlers['applications:create']
    })
    await router.invoke('applications:create', { company: ' Acme ', role: 'Engineer' }, trusted)
    expect(handler).toHaveBeenCalledWith({
      company: 'Acme',
      role: 'Engineer',
      status: 'applied',
      postingUrl: '',
      source: '',
      appliedAt: null
    })
  })

  it('turns an AppError into its code and message', async () => {
    const router = routerWith({
      'notes:delete': () => {
        throw new AppError('not-found', 'No note with id x.')
      }
    })
    expect(await router.invoke('notes:delete', { id: 'x' }, trusted)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No note with id x.' }
    })
  })

  it('hides unexpected errors behind a plain message and logs them', async () => {
    const logError = vi.fn()
    const router = routerWith(
      {
        'notes:delete': () => {
          throw new Error('EACCES /home/secret/path')
        }
      },
      logError
    )
    const result = await router.invoke('notes:delete', { id: 'x' }, trusted)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('secret')
    expect(logError).toHaveBeenCalledOnce()
  })
})

describe('IPC router limits', () => {
  it('keeps the error message short even for a payload with a huge unknown key', async () => {
    const router = routerWith({})
    const result = await router.invoke('notes:delete', { id: 'a', ['k'.repeat(100_000)]: 1 }, trusted)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message.length).toBeLessThanOrEqual(1000)
  })

  it('refuses ids that name built-in object properties', async () => {
    const router = routerWith({})
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '../etc', 'a b']) {
      const result = await router.invoke('notes:delete', { id }, trusted)
      expect(result, id).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
  })
})
