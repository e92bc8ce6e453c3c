import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../../../shared/ipc/result'
import { JournalOpError } from '../../../shared/model/ops'
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
    const router = routerWith({ 'notes:delete': async ({ id }) => ({ deleted: id.length, removed: [] }) })
    expect(await router.invoke('notes:delete', { id: 'abc' }, trusted)).toEqual({
      ok: true,
      value: { deleted: 3, removed: [] }
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

  it('rejects an invalid payload in plain words, per field, and never calls the handler', async () => {
    const handler = vi.fn()
    const router = routerWith({ 'applications:create': handler })
    const result = await router.invoke(
      'applications:create',
      { company: '', role: 'Engineer', extra: 1 },
      trusted
    )
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'Please check the highlighted fields. Company is required.',
        fields: { company: 'Company is required.' }
      }
    })
    expect(handler).not.toHaveBeenCalled()
  })

  it('puts an interview that ends before it starts on the endAt field, without channel or schema text', async () => {
    const router = routerWith({})
    const result = await router.invoke(
      'interviews:create',
      {
        applicationId: 'app-1',
        startAt: '2026-03-03T15:00:00Z',
        endAt: '2026-03-03T14:00:00Z',
        type: 'peer'
      },
      trusted
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.fields).toEqual({ endAt: 'An interview cannot end before it starts.' })
    expect(result.error.message).toBe(
      'Please check the highlighted fields. An interview cannot end before it starts.'
    )
    for (const developerText of ['interviews:create', '✖', '→', 'at endAt']) {
      expect(result.error.message).not.toContain(developerText)
    }
  })

  it('names the field of a patch or a nested person without the request wrapper', async () => {
    const router = routerWith({})
    const patch = await router.invoke(
      'interviews:update',
      { id: 'i-1', patch: { startAt: 'tomorrow', round: 0 } },
      trusted
    )
    expect(patch).toMatchObject({
      ok: false,
      error: { fields: { startAt: 'The start is not a date and time.', round: 'The round is at least 1.' } }
    })
    const person = await router.invoke(
      'people:add',
      { interviewId: 'i-1', person: { name: ' ', contacts: [{ kind: 'fax', value: '1' }] } },
      trusted
    )
    expect(person).toMatchObject({
      ok: false,
      error: {
        fields: {
          name: 'Name is required.',
          'contacts.0.kind': 'The kind: choose one of the options offered.'
        }
      }
    })
  })

  it('answers a request with only unknown keys with a generic sentence and no fields', async () => {
    const result = await routerWith({}).invoke('notes:delete', { id: 'a', path: '/etc' }, trusted)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'The app sent a request it did not understand. Nothing was changed.'
      }
    })
  })

  it('maps a change the store refuses (JournalOpError with issues) to fields too', async () => {
    const { z } = await import('zod')
    const refused = z
      .object({ endAt: z.string() })
      .refine(() => false, { message: 'An interview cannot end before it starts', path: ['endAt'] })
      .safeParse({ endAt: 'x' })
    const issues = refused.success ? [] : refused.error.issues
    const router = routerWith({
      'interviews:update': async () => {
        throw new JournalOpError('The change was refused: …', issues)
      }
    })
    const result = await router.invoke('interviews:update', { id: 'i-1', patch: {} }, trusted)
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', fields: { endAt: 'An interview cannot end before it starts.' } }
    })
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
