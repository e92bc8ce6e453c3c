import { memo, useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ApplicationStatus } from '../../../shared/model/constants'
import { StatusOptions } from './StatusOptions'
import { LIST_PAGE, useJournal } from '../store/journal-store'
import type { ApplicationSummary } from '../store/cache'
import { STATUS_LABELS } from '../lib/format'
import { useNewApplication } from './applications/new-application'
import { MatchLine } from './search/MatchLine'

/** Rows rendered beyond the visible ones, so a quick scroll does not show blanks. */
const OVERSCAN = 8
/** A row's height before it is measured (company, role and a meta line). */
const ROW_ESTIMATE_PX = 72

/**
 * The applications, newest first. Main sorts them and sends one page of summaries at a time; the list is windowed
 * (@tanstack/react-virtual), so a journal of 2,000 applications renders only the rows on screen. Two shapes: the
 * side column of Today (its own heading and "New application"), and the full-width list of the Applications place
 * (whose toolbar holds the heading, the filters and the button).
 */
export function ApplicationList(props: { variant: 'side' | 'wide' }) {
  const total = useJournal((s) => s.list.total)
  const filtered = useJournal(
    (s) => s.filter.search.trim() !== '' || s.filter.status !== '' || s.filter.dueOnly
  )
  const rows =
    total === 0 ? (
      <p className="empty" role={filtered ? 'status' : undefined}>
        {filtered
          ? 'No application matches.'
          : 'No applications yet. Add the first one with New application.'}
      </p>
    ) : (
      <ApplicationRows />
    )
  if (props.variant === 'wide')
    return (
      <section className="app-list-wide" aria-label="Application list">
        {rows}
      </section>
    )
  return (
    <nav className="sidebar" aria-label="Applications">
      <div className="sidebar-heading">
        <h2>Applications</h2>
        <NewApplicationButton className="secondary small" />
      </div>
      {filtered && <FilteredNote />}
      {rows}
    </nav>
  )
}

/** Opens the new-application dialog (Ctrl/⌘+N does the same anywhere). */
export function NewApplicationButton(props: { className?: string }) {
  const show = useNewApplication((s) => s.show)
  return (
    <button
      type="button"
      className={props.className}
      onClick={show}
      aria-keyshortcuts="Control+N Meta+N"
      title="New application (Ctrl+N)"
    >
      New application
    </button>
  )
}

/** Today's column shows what the Applications place is filtered to; it says so, with a way to show everything. */
function FilteredNote() {
  const setFilter = useJournal((s) => s.setFilter)
  return (
    <p className="filtered-note muted">
      Filtered as on Applications.{' '}
      <button
        type="button"
        className="link"
        onClick={() => setFilter({ search: '', status: '', dueOnly: false })}
      >
        Show all
      </button>
    </p>
  )
}

function ApplicationRows() {
  const total = useJournal((s) => s.list.total)
  const pages = useJournal((s) => s.list.pages)
  const selected = useJournal((s) => s.selection.applicationId)
  const select = useJournal((s) => s.select)
  const loadListPage = useJournal((s) => s.loadListPage)
  const scroller = useRef<HTMLDivElement>(null)
  // The app does not use the React Compiler; the virtualizer re-renders this component as the list scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN,
    getItemKey: (index) => pages[Math.floor(index / LIST_PAGE)]?.[index % LIST_PAGE]?.id ?? `row-${index}`
  })
  const visible = rows.getVirtualItems()
  const firstPage = Math.floor((visible[0]?.index ?? 0) / LIST_PAGE)
  const lastPage = Math.floor((visible.at(-1)?.index ?? 0) / LIST_PAGE)

  useEffect(() => {
    for (let page = firstPage; page <= lastPage; page++) void loadListPage(page)
  }, [firstPage, lastPage, loadListPage])

  return (
    <div className="app-scroll" ref={scroller}>
      <ul className="app-list" style={{ height: rows.getTotalSize() }}>
        {visible.map((row) => {
          const a = pages[Math.floor(row.index / LIST_PAGE)]?.[row.index % LIST_PAGE]
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={rows.measureElement}
              className="app-row"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {a ? (
                <ApplicationRow application={a} selected={a.id === selected} onSelect={select} />
              ) : (
                <span className="app-item placeholder" aria-hidden="true" />
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

const ApplicationRow = memo(function ApplicationRow({
  application: a,
  selected,
  onSelect
}: {
  application: ApplicationSummary
  selected: boolean
  onSelect: (selection: { applicationId: string; interviewId: null }) => void
}) {
  const due = a.nextDue
  return (
    <button
      type="button"
      className={selected ? 'app-item selected' : 'app-item'}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect({ applicationId: a.id, interviewId: null })}
    >
      <span className="app-company">{a.company}</span>
      <span className="app-role">{a.role}</span>
      <span className={`status status-${a.status}`}>{STATUS_LABELS[a.status]}</span>
      {a.match && <MatchLine match={a.match} />}
      {(a.interviews > 0 || due) && (
        <span className="app-meta muted">
          {a.interviews > 0 && `${a.interviews} interview${a.interviews === 1 ? '' : 's'}, ${a.people} met`}
          {due && (
            <span className={due.overdue ? 'app-due overdue' : 'app-due'}>
              {due.kind === 'thank-you' ? ` · thank ${due.personName}` : ` · check in with ${due.personName}`}
            </span>
          )}
        </span>
      )}
    </button>
  )
})

/** Search by company, role, person or note, one status, something due: main filters, so a long journal is never searched here. */
export function ListFilters() {
  const filter = useJournal((s) => s.filter)
  const setFilter = useJournal((s) => s.setFilter)
  return (
    <div className="list-filters" role="search">
      <input
        type="search"
        aria-label="Search applications"
        placeholder="Filter: company, role, person, note"
        value={filter.search}
        maxLength={200}
        onChange={(e) => setFilter({ search: e.target.value })}
      />
      <select
        aria-label="Show status"
        value={filter.status}
        onChange={(e) => setFilter({ status: e.target.value as ApplicationStatus | '' })}
      >
        <option value="">All statuses</option>
        <StatusOptions />
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.dueOnly}
          onChange={(e) => setFilter({ dueOnly: e.target.checked })}
        />
        Something due now
      </label>
    </div>
  )
}
