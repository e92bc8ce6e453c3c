/** Handlers for the app itself: what runs where, settings, and opening links outside the app. */
import { AppError } from '../../../shared/ipc/result'
import { isAllowedExternalUrl } from '../security/external-url'
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'
import { commitChange } from '../queries/changes'

type AppHandlers = Pick<Handlers, 'app:info' | 'settings:update' | 'settings:addWord' | 'shell:openExternal'>

const DICTIONARY_LIMIT = 5000

export function createAppHandlers(deps: HandlerDeps): AppHandlers {
  return {
    'app:info': () => ({
      version: deps.app.version,
      runtime: deps.app.runtime,
      dataDir: deps.store.dir,
      startup: deps.store.startup
    }),
    'settings:update': async ({ patch }) => {
      const current = deps.store.get().settings
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
      const settings = { ...current, ...defined }
      const journal = await commitChange(deps, [{ type: 'settings', settings }], 'settings:update')
      return journal.settings
    },
    'settings:addWord': async ({ word }) => {
      const current = deps.store.get().settings
      if (current.dictionary.includes(word)) return current
      if (current.dictionary.length >= DICTIONARY_LIMIT)
        throw new AppError(
          'conflict',
          `Your dictionary already holds ${DICTIONARY_LIMIT} words; remove some before adding more.`
        )
      const settings = { ...current, dictionary: [...current.dictionary, word] }
      const journal = await commitChange(deps, [{ type: 'settings', settings }], 'settings:addWord')
      return journal.settings
    },
    'shell:openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw new AppError(
          'not-allowed',
          'Only https: links and mailto: addresses can be opened outside the app.'
        )
      }
      await deps.openExternal(url)
      return { opened: true }
    }
  }
}
