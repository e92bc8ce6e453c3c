// @vitest-environment happy-dom
/**
 * The global search field on its own, with window.api.journal.search stubbed: one request per pause in typing (not
 * per key), an answer that arrives after the text changed is dropped, ↑/↓ move the active option (the combobox
 * names it), Escape closes the popup without reaching the app's own Escape.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SearchResults } from '../../../../shared/ipc/contract'
import { GlobalSearch } from './GlobalSearch'
import { SEARCH_DEBOUNCE_MS } from './use-search'

type Answer = { ok: true; value: SearchResults }

const empty = { total: 0, items: [] }
function resultsFor(query: string): SearchResults {
  const company = query === 'acme' ? 'Acme' : 'Globex'
  return {
    words: [query],
    applications: {
      total: 1,
      items: [{ applicationId: `app-${query}`, company, role: 'Engineer', status: 'applied' }]
    },
    people: empty,
    notes: {
      total: 1,
      items: [
        {
          noteId: 'n1',
          snippet: `talked about ${query}`,
          hit: { start: 13, end: 13 + query.length },
          private: false,
          personId: 'p1',
          personName: 'Jane Doe',
          applicationId: `app-${query}`,
          company,
          role: 'Engineer',
          interviewId: 'i1'
        }
      ]
    }
  }
}

let pending: Array<{ query: string; resolve: (answer: Answer) => void }>
let search: ReturnType<typeof vi.fn>
beforeEach(() => {
  vi.useFakeTimers()
  pending = []
  search = vi.fn(
    ({ query }: { query: string }) => new Promise<Answer>((resolve) => pending.push({ query, resolve }))
  )
  ;(window as unknown as { api: unknown }).api = { journal: { search } }
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const field = () => screen.getByRole('combobox', { name: 'Search people, notes, companies' })
function type(text: string) {
  fireEvent.change(field(), { target: { value: text } })
}
async function answer(index: number) {
  const request = pending[index]!
  await act(async () => request.resolve({ ok: true, value: resultsFor(request.query) }))
}

describe('GlobalSearch', () => {
  it('asks once per pause in typing, and drops an answer to an older text', async () => {
    render(<GlobalSearch />)
    fireEvent.focus(field())
    type('a')
    type('ac')
    type('acme')
    expect(search).not.toHaveBeenCalled()
    await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(search).toHaveBeenCalledTimes(1)
    expect(search).toHaveBeenLastCalledWith({ query: 'acme', limit: 5 })

    type('globex')
    await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(search).toHaveBeenCalledTimes(2)
    await answer(0) // "acme" answers late: the text is "globex" now
    expect(screen.queryByRole('listbox')).toBeNull()
    await answer(1)
    const options = screen.getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual([
      'GlobexEngineer · Applied',
      'talked about globexJane Doe · Globex'
    ])
    expect(options[1]!.querySelector('mark')?.textContent).toBe('globex')
  })

  it('moves through the options with ↓/↑ and closes on Escape before the app sees it', async () => {
    render(<GlobalSearch />)
    fireEvent.focus(field())
    type('acme')
    await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    await answer(0)
    expect(field().getAttribute('aria-expanded')).toBe('true')
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    fireEvent.keyDown(field(), { key: 'ArrowDown' })
    const [first, second] = screen.getAllByRole('option')
    expect(field().getAttribute('aria-activedescendant')).toBe(second!.id)
    expect(second!.getAttribute('aria-selected')).toBe('true')
    fireEvent.keyDown(field(), { key: 'ArrowDown' }) // wraps to the first
    expect(field().getAttribute('aria-activedescendant')).toBe(first!.id)
    fireEvent.keyDown(field(), { key: 'ArrowUp' })
    expect(field().getAttribute('aria-activedescendant')).toBe(second!.id)

    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })
    act(() => void field().dispatchEvent(escape))
    expect(escape.defaultPrevented).toBe(true)
    expect(field().getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('listbox')).toBeNull()
  })

  it('says in plain words when nothing matches, and asks nothing for blank text', async () => {
    search.mockImplementation(async ({ query }: { query: string }) => ({
      ok: true,
      value: { words: [query], applications: empty, people: empty, notes: empty }
    }))
    render(<GlobalSearch />)
    fireEvent.focus(field())
    type('   ')
    await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2))
    expect(search).not.toHaveBeenCalled()
    type('zebra')
    await act(async () => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(screen.getAllByText('No match for “zebra”.').length).toBeGreaterThan(0)
  })
})
