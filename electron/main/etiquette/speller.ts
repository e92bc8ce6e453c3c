/**
 * Node-side spell checker for the etiquette checker: nspell with the en-US Hunspell dictionary. Parsing the
 * dictionary takes ~0.3 s, so it is loaded once, asynchronously, and the promise is cached; call loadSpeller()
 * early (app start) and pass the result to check() when it resolves. No electron import: tests and the CLI use it.
 */
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import nspell from 'nspell'
import type { Speller } from '../../../shared/etiquette/speller-api'

let loading: Promise<Speller> | undefined

async function load(): Promise<Speller> {
  // dictionary-en's entry reads its two files with a top-level await, which neither our CommonJS main bundle nor a
  // require() can load; so resolve the package and read the same two files ourselves.
  const dir = dirname(require.resolve('dictionary-en'))
  const [aff, dic] = await Promise.all([readFile(join(dir, 'index.aff')), readFile(join(dir, 'index.dic'))])
  const spell = nspell({ aff, dic })
  return {
    correct: (word) => spell.correct(word),
    suggest: (word) => spell.suggest(word)
  }
}

/** The shared speller; the first call starts loading, later calls get the same promise (a failure may be retried). */
export function loadSpeller(): Promise<Speller> {
  if (!loading) {
    loading = load()
    loading.catch(() => {
      loading = undefined
    })
  }
  return loading
}
