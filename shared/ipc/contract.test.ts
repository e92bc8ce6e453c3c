import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, EVENTS } from './channels'
import { contract, events } from './contract'
import { createApi } from './create-api'

describe('IPC contract', () => {
  it('names every channel domain:verb, once', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/)
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length)
  })

  it('has a request and a response schema for every channel, and a payload schema for every event', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) {
      expect(contract[channel].request.safeParse).toBeTypeOf('function')
      expect(contract[channel].response.safeParse).toBeTypeOf('function')
    }
    expect(Object.keys(events).sort()).toEqual([...EVENTS].sort())
  })

  it('createApi exposes exactly one method per channel that invokes that channel', async () => {
    const invoke = vi.fn(async (channel: string, request: unknown) => ({
      ok: true,
      value: { channel, request }
    }))
    const api = createApi(invoke, () => () => undefined) as unknown as Record<
      string,
      Record<string, (r?: unknown) => Promise<unknown>>
    >
    const methods = Object.entries(api)
      .filter(([, v]) => typeof v === 'object')
      .flatMap(([domain, verbs]) => Object.keys(verbs).map((verb) => `${domain}:${verb}`))
    expect(methods.sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) {
      const [domain, verb] = channel.split(':') as [string, string]
      await api[domain]![verb]!({ probe: channel })
      expect(invoke).toHaveBeenLastCalledWith(channel, { probe: channel })
    }
  })

  it('sends {} when a method is called without a request, and routes events to subscribe', () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }))
    const subscribe = vi.fn(() => () => undefined)
    const api = createApi(invoke, subscribe)
    void api.journal.get()
    expect(invoke).toHaveBeenCalledWith('journal:get', {})
    const listener = () => undefined
    api.on('journal:changed', listener)
    expect(subscribe).toHaveBeenCalledWith('journal:changed', listener)
    expect(() => api.on('nope' as 'journal:changed', listener)).toThrow(/Unknown event/)
  })
})
