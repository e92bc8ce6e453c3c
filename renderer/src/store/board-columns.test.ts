import { describe, expect, it } from 'vitest'
import {
  COLUMN_PAGE,
  emptyColumns,
  moreCount,
  neighbour,
  planMove,
  refreshRequests,
  shownStatuses,
  type Columns
} from './board-columns'
import type { ApplicationSummary } from './cache'
import type { ApplicationStatus } from '../../../shared/model/constants'

function card(id: string, status: ApplicationStatus, createdAt: string): ApplicationSummary {
  return {
    id,
    company: `Co ${id}`,
    role: 'Engineer',
    status,
    createdAt,
    interviews: 0,
    people: 0,
    nextDue: null
  }
}

function board(
  parts: Partial<Record<ApplicationStatus, { total?: number; items: ApplicationSummary[] }>>
): Columns {
  const columns = { ...emptyColumns() }
  for (const [status, column] of Object.entries(parts) as [
    ApplicationStatus,
    { total?: number; items: ApplicationSummary[] }
  ][]) {
    columns[status] = { total: column.total ?? column.items.length, items: column.items }
  }
  return columns
}

describe('planMove', () => {
  const newer = card('b', 'interviewing', '2026-03-05T00:00:00Z')
  const older = card('c', 'interviewing', '2026-03-01T00:00:00Z')
  const moving = card('a', 'applied', '2026-03-03T00:00:00Z')

  it('takes the card out of its column and puts it in the target by newest first', () => {
    const plan = planMove(
      board({ applied: { items: [moving] }, interviewing: { items: [newer, older] } }),
      'a',
      'interviewing'
    )
    expect(plan?.from).toBe('applied')
    expect(plan?.columns.applied).toEqual({ total: 0, items: [] })
    expect(plan?.columns.interviewing.total).toBe(3)
    expect(plan?.columns.interviewing.items.map((a) => [a.id, a.status])).toEqual([
      ['b', 'interviewing'],
      ['a', 'interviewing'],
      ['c', 'interviewing']
    ])
  })

  it('only counts a card older than every loaded card of a column with more to load', () => {
    const old = card('z', 'applied', '2020-01-01T00:00:00Z')
    const plan = planMove(
      board({ applied: { items: [old] }, interviewing: { total: 80, items: [newer, older] } }),
      'z',
      'interviewing'
    )
    expect(plan?.columns.interviewing.total).toBe(81)
    expect(plan?.columns.interviewing.items.map((a) => a.id)).toEqual(['b', 'c'])
  })

  it('appends an old card to a column that is fully loaded', () => {
    const old = card('z', 'applied', '2020-01-01T00:00:00Z')
    const plan = planMove(
      board({ applied: { items: [old] }, interviewing: { items: [newer] } }),
      'z',
      'interviewing'
    )
    expect(plan?.columns.interviewing.items.map((a) => a.id)).toEqual(['b', 'z'])
  })

  it('breaks a tie of creation times by id, as main does', () => {
    const same = '2026-03-03T00:00:00Z'
    const plan = planMove(
      board({
        applied: { items: [card('m', 'applied', same)] },
        offer: { items: [card('a', 'offer', same), card('z', 'offer', same)] }
      }),
      'm',
      'offer'
    )
    expect(plan?.columns.offer.items.map((a) => a.id)).toEqual(['a', 'm', 'z'])
  })

  it('plans nothing for a card not on the board or already in that column', () => {
    const columns = board({ applied: { items: [moving] } })
    expect(planMove(columns, 'nope', 'offer')).toBeNull()
    expect(planMove(columns, 'a', 'applied')).toBeNull()
  })

  it('leaves the columns it was given unchanged (the board puts them back on a refusal)', () => {
    const columns = board({ applied: { items: [moving] }, interviewing: { items: [newer] } })
    const copy = structuredClone(columns)
    planMove(columns, 'a', 'interviewing')
    expect(columns).toEqual(copy)
  })
})

describe('column paging', () => {
  it('offers a page more, or what is left', () => {
    expect(moreCount({ total: 120, items: new Array(50).fill(null) })).toBe(COLUMN_PAGE)
    expect(moreCount({ total: 120, items: new Array(100).fill(null) })).toBe(20)
    expect(moreCount({ total: 3, items: new Array(3).fill(null) })).toBe(0)
  })

  it('asks a column again for what it shows, at least a page, in slices main accepts', () => {
    expect(refreshRequests(0)).toEqual([{ offset: 0, limit: COLUMN_PAGE }])
    expect(refreshRequests(150)).toEqual([{ offset: 0, limit: 150 }])
    expect(refreshRequests(1200)).toEqual([
      { offset: 0, limit: 500 },
      { offset: 500, limit: 500 },
      { offset: 1000, limit: 200 }
    ])
  })

  it('shows every status, or the filtered one', () => {
    expect(shownStatuses('')).toHaveLength(8)
    expect(shownStatuses('offer')).toEqual(['offer'])
  })
})

describe('neighbour', () => {
  const order = ['saved', 'applied', 'screening'] as const
  it('steps left and right and stays at the ends', () => {
    expect(neighbour(order, 'applied', 1)).toBe('screening')
    expect(neighbour(order, 'applied', -1)).toBe('saved')
    expect(neighbour(order, 'screening', 1)).toBe('screening')
    expect(neighbour(order, 'saved', -1)).toBe('saved')
  })
})
