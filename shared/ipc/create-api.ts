/**
 * Builds the renderer's `api` object from the channel list: `api.<domain>.<verb>(request)` for every `domain:verb` channel, and
 * `api.on(event, listener)` for main-to-renderer events. The preload and the e2e bridge both call this with their
 * own transport, so the renderer sees one API whichever runtime it is in.
 */
import { CHANNELS, EVENTS, type Channel, type DomainOf, type EventName } from './channels'
import type { EventPayload, RequestIn, ResponseOf } from './contract'
import type { Result } from './result'

export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void

type MethodsOf<D extends string> = {
  [C in Channel as C extends `${D}:${infer V}` ? V : never]: (
    ...args: Record<never, never> extends RequestIn<C> ? [request?: RequestIn<C>] : [request: RequestIn<C>]
  ) => Promise<Result<ResponseOf<C>>>
}

export type Api = { [D in DomainOf<Channel>]: MethodsOf<D> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

export function createApi(invoke: Invoke, subscribe: Subscribe): Api {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNELS) {
    const [domain, verb] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][verb] = (request?: unknown) => invoke(channel, request ?? {})
  }
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!(EVENTS as readonly string[]).includes(event)) throw new Error(`Unknown event ${event}`)
    return subscribe(event, listener)
  }
  // The object is assembled from CHANNELS above; its shape is exactly Api by construction (checked by a unit test).
  return Object.freeze({ ...api, on }) as unknown as Api
}
