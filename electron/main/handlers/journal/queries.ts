/**
 * The read side: what each view shows, answered from main's indexes (the application list a page at a time, one
 * application's detail, the settings). `journal:get` (the whole journal) remains for the e2e tests that look at
 * what main holds; the window itself never asks for it.
 */
import { viewsOf } from '../../queries/views'
import type { Handlers } from '../../ipc/router'
import type { HandlerDeps } from '../deps'

type QueryHandlers = Pick<
  Handlers,
  'journal:get' | 'journal:applications' | 'journal:application' | 'journal:search' | 'settings:get'
>

export function createQueryHandlers(deps: HandlerDeps): QueryHandlers {
  const views = () => viewsOf(deps.store, deps.now)
  return {
    'journal:get': () => deps.store.get(),
    'journal:applications': (request) => views().applications(request),
    'journal:application': ({ id }) => views().application(id),
    'journal:search': (request) => views().find(request),
    'settings:get': () => deps.store.get().settings
  }
}
