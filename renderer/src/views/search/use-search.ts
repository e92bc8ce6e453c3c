/**
 * Asks main for the hits of what is typed, ~120 ms after the last key (not once per keystroke), and keeps only the
 * answer to the latest query: an answer that arrives after the text changed again is dropped.
 */
import { useEffect, useRef, useState } from 'react'
import type { SearchResults } from '../../../../shared/ipc/contract'

export const SEARCH_DEBOUNCE_MS = 120
/** Hits shown per group (Applications, People, Notes). */
export const HITS_PER_GROUP = 5

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; results: SearchResults }
  | { status: 'error'; query: string; message: string }

type Answer = Exclude<SearchState, { status: 'idle' | 'loading' }>

/**
 * The state of the search for `text`. Until the first answer for a new text arrives, the previous answer stays
 * (the hits do not blink away at each key).
 */
export function useSearch(text: string): SearchState {
  const [answer, setAnswer] = useState<Answer | null>(null)
  const latest = useRef(0)
  const query = text.trim()

  useEffect(() => {
    const request = ++latest.current
    if (!query) return
    const timer = setTimeout(() => {
      void window.api.journal.search({ query, limit: HITS_PER_GROUP }).then((result) => {
        if (request !== latest.current) return // the text changed meanwhile: a newer answer is on its way
        if (result.ok) setAnswer({ status: 'done', query, results: result.value })
        else
          setAnswer({
            status: 'error',
            query,
            message: result.error.fields?.['query'] ?? result.error.message
          })
      })
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query])

  if (!query) return { status: 'idle' }
  return answer ?? { status: 'loading', query }
}
