/** The spell checker as the handlers see it: loading in the background, then ready (or unavailable). */
import type { Speller } from '../../../shared/etiquette'
import type { SpellerSource } from '../handlers/deps'
import { loadSpeller } from './speller'

/** Starts loading the dictionary (about 0.3 s) and reports 'loading' until it is ready; checks run meanwhile. */
export function backgroundSpeller(): SpellerSource {
  let speller: Speller | null = null
  let failed = false
  loadSpeller().then(
    (loaded) => (speller = loaded),
    () => (failed = true)
  )
  return { current: () => speller, state: () => (speller ? 'ready' : failed ? 'unavailable' : 'loading') }
}
