/**
 * The search field in the header: people, notes, companies and roles, answered by main (`journal:search`). An ARIA
 * combobox: the hits are options of a popup listbox, grouped Applications / People / Notes, with the matched words
 * marked; ↑/↓ move, Enter opens, Escape closes and gives the focus back to where it was. "/" and Ctrl/⌘+F focus it.
 */
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode
} from 'react'
import type { SearchResults } from '../../../../shared/ipc/contract'
import { STATUS_LABELS } from '../../lib/format'
import { Highlight } from './Highlight'
import { PrivateLabel } from './PrivateLabel'
import { openHit, type HitTarget } from './open-hit'
import { useSearch } from './use-search'
import './search.css'

/** The field's selector, for the app's "search" shortcut. */
export const GLOBAL_SEARCH_SELECTOR = 'input[data-global-search]'

interface Option {
  id: string
  target: HitTarget
  group: 'applications' | 'people' | 'notes'
  render: (words: readonly string[]) => ReactNode
}

export function GlobalSearch() {
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const search = useSearch(text)
  const base = useId()
  const returnTo = useRef<HTMLElement | null>(null)
  const input = useRef<HTMLInputElement>(null)

  const results = search.status === 'done' ? search.results : null
  const options = useMemo(() => (results ? optionsOf(results, base) : []), [results, base])
  const words = results?.words ?? []
  const activeOption = open ? options[active] : undefined
  const shown = open && search.status !== 'idle'
  const listId = `${base}-list`

  // The active option stays in view as ↑/↓ move through a popup that scrolls.
  useEffect(() => {
    if (activeOption) document.getElementById(activeOption.id)?.scrollIntoView({ block: 'nearest' })
  }, [activeOption])

  function change(value: string) {
    setText(value)
    setOpen(true)
    setActive(-1)
  }

  function close(restoreFocus: boolean) {
    setOpen(false)
    setActive(-1)
    if (!restoreFocus) return
    const back = returnTo.current
    if (back?.isConnected) back.focus()
    else input.current?.blur()
  }

  function choose(option: Option | undefined) {
    if (!option) return
    setOpen(false)
    setActive(-1)
    openHit(option.target)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = options.length - 1
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      if (event.key === 'ArrowDown') setActive((i) => (i < last ? i + 1 : 0))
      else setActive((i) => (i <= 0 ? last : i - 1))
    } else if (event.key === 'Enter' && shown) {
      event.preventDefault()
      choose(options[active] ?? options[0])
    } else if (event.key === 'Escape') {
      // Handled here: the app's Escape (close the open application) must not run as well.
      event.preventDefault()
      if (shown) close(true)
      else if (text) change('')
      else close(true)
    }
  }

  function onFocus(event: FocusEvent<HTMLInputElement>) {
    returnTo.current = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null
    if (text.trim()) setOpen(true)
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false)
  }

  return (
    <div className="global-search" role="search" aria-label="Search the journal" onBlur={onBlur}>
      <input
        ref={input}
        type="search"
        data-global-search=""
        role="combobox"
        aria-label="Search people, notes, companies"
        aria-expanded={shown}
        aria-controls={shown && options.length ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={activeOption?.id}
        placeholder="Search people, notes, companies (/)"
        maxLength={200}
        value={text}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      />
      {shown && (
        // It may scroll (a short window): ↑/↓ in the field bring the active hit into view, and Tab reaches it too,
        // so the arrow and page keys scroll it (WCAG: a scrollable region is reachable by keyboard).
        <div className="search-popup" tabIndex={0}>
          <Popup
            search={search}
            options={options}
            active={active}
            words={words}
            listId={listId}
            choose={choose}
          />
        </div>
      )}
      <p className="visually-hidden" role="status">
        {shown ? announcement(search, options.length) : ''}
      </p>
    </div>
  )
}

function Popup({
  search,
  options,
  active,
  words,
  listId,
  choose
}: {
  search: ReturnType<typeof useSearch>
  options: Option[]
  active: number
  words: readonly string[]
  listId: string
  choose: (option: Option) => void
}) {
  if (search.status === 'error') return <p className="search-note">{search.message}</p>
  if (search.status !== 'done') return <p className="search-note muted">Searching…</p>
  if (options.length === 0) return <p className="search-note">No match for “{search.query}”.</p>
  const { results } = search
  return (
    <div role="listbox" id={listId} aria-label="Search results">
      {GROUPS.map(({ group, label }) => {
        const inGroup = options.filter((o) => o.group === group)
        if (inGroup.length === 0) return null
        const total = results[group].total
        const headingId = `${listId}-${group}`
        return (
          <div role="group" aria-labelledby={headingId} key={group} className="search-group">
            <div id={headingId} className="search-group-heading" role="presentation">
              {label}
              <span className="muted">
                {total > inGroup.length ? `${inGroup.length} of ${total}` : total}
              </span>
            </div>
            {inGroup.map((option) => (
              <div
                key={option.id}
                id={option.id}
                role="option"
                aria-selected={options[active] === option}
                className={options[active] === option ? 'search-option active' : 'search-option'}
                // mousedown, not click: the field keeps the focus, so the popup does not close before the click.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(option)}
              >
                {option.render(words)}
              </div>
            ))}
          </div>
        )
      })}
    </div>
  )
}

const GROUPS = [
  { group: 'applications', label: 'Applications' },
  { group: 'people', label: 'People' },
  { group: 'notes', label: 'Notes' }
] as const

function optionsOf(results: SearchResults, base: string): Option[] {
  const applications = results.applications.items.map<Option>((a) => ({
    id: `${base}-a-${a.applicationId}`,
    group: 'applications',
    target: { kind: 'application', applicationId: a.applicationId, company: a.company },
    render: (words) => (
      <>
        <span className="search-primary">
          <Highlight text={a.company} words={words} />
        </span>
        <span className="search-secondary">
          <Highlight text={a.role} words={words} /> · {STATUS_LABELS[a.status]}
        </span>
      </>
    )
  }))
  const people = results.people.items.map<Option>((p) => ({
    id: `${base}-p-${p.interviewId}-${p.personId}`,
    group: 'people',
    target: {
      kind: 'person',
      applicationId: p.applicationId,
      interviewId: p.interviewId,
      personId: p.personId
    },
    render: (words) => (
      <>
        <span className="search-primary">
          <Highlight text={p.name} words={words} />
          {p.title && (
            <span className="search-title">
              {' · '}
              <Highlight text={p.title} words={words} />
            </span>
          )}
        </span>
        <span className="search-secondary">
          {p.company} · {p.role}
        </span>
      </>
    )
  }))
  const notes = results.notes.items.map<Option>((n) => ({
    id: `${base}-n-${n.noteId}`,
    group: 'notes',
    target: {
      kind: 'person',
      applicationId: n.applicationId,
      interviewId: n.interviewId,
      personId: n.personId
    },
    render: (words) => (
      <>
        <span className="search-primary search-snippet">
          <Highlight text={n.snippet} words={words} />
        </span>
        <span className="search-secondary">
          {n.private && <PrivateLabel />}
          {n.personName} · {n.company}
        </span>
      </>
    )
  }))
  return [...applications, ...people, ...notes]
}

/** What a screen reader hears as the hits arrive. */
function announcement(search: ReturnType<typeof useSearch>, shown: number): string {
  if (search.status !== 'done') return ''
  if (shown === 0) return `No match for “${search.query}”.`
  const { applications, people, notes } = search.results
  const parts = [
    [applications.total, 'application', 'applications'],
    [people.total, 'person', 'people'],
    [notes.total, 'note', 'notes']
  ] as const
  return `Found ${parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
    .join(', ')}.`
}
