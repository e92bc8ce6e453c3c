// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { ClientRect, UniqueIdentifier } from '@dnd-kit/core'
import { announcements, columnKeys } from './board-keys'

const rect = (left: number, top = 100, width = 200, height = 400): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height
})

/** Just what columnKeys reads of dnd-kit's sensor context. */
function keyPress(code: string, over: UniqueIdentifier | null, columns: Record<string, ClientRect>) {
  const event = new KeyboardEvent('keydown', { code, cancelable: true })
  const context = {
    active: { id: 'a1', data: { current: { company: 'Acme Payments', status: 'applied' } } },
    collisionRect: rect(250, 150, 180, 90),
    droppableRects: new Map(Object.entries(columns)),
    over: over === null ? null : { id: over }
  }
  const coordinates = columnKeys(event, {
    active: 'a1',
    currentCoordinates: { x: 250, y: 150 },
    context: context as unknown as Parameters<typeof columnKeys>[1]['context']
  })
  return { coordinates, prevented: event.defaultPrevented }
}

describe('columnKeys: one arrow press, one column', () => {
  const columns = { saved: rect(0), applied: rect(220), screening: rect(440), interviewing: rect(660) }

  it('puts the card inside the next column to the right, centred under its heading', () => {
    expect(keyPress('ArrowRight', 'applied', columns)).toEqual({
      coordinates: { x: 440 + (200 - 180) / 2, y: 148 },
      prevented: true
    })
  })

  it('steps left from the column the card is over, and stays in the first column at the edge', () => {
    expect(keyPress('ArrowLeft', 'screening', columns).coordinates).toEqual({ x: 230, y: 148 })
    expect(keyPress('ArrowLeft', 'saved', columns).coordinates).toEqual({ x: 10, y: 148 })
  })

  it('counts from the card’s own column when it is over none, in board order (not the map’s)', () => {
    const shuffled = {
      interviewing: columns.interviewing,
      applied: columns.applied,
      screening: columns.screening
    }
    expect(keyPress('ArrowRight', null, shuffled).coordinates).toEqual({ x: 450, y: 148 })
  })

  it('leaves up, down and other keys alone', () => {
    expect(keyPress('ArrowDown', 'applied', columns)).toEqual({ coordinates: undefined, prevented: false })
    expect(keyPress('KeyA', 'applied', columns)).toEqual({ coordinates: undefined, prevented: false })
  })
})

describe('announcements in plain words', () => {
  const active = { id: 'a1', data: { current: { company: 'Acme Payments', status: 'applied' } } }
  const over = (id: string) => ({ id, data: { current: undefined } })
  type Args = Parameters<typeof announcements.onDragOver>[0]
  const args = (to: string | null) => ({ active, over: to ? over(to) : null }) as unknown as Args

  it('says what was picked up, where it is over, and where it went', () => {
    expect(announcements.onDragStart(args(null))).toMatch(/^Picked up Acme Payments, in Applied\./)
    // The card's own column right after the pick-up is not news; another column is.
    expect(announcements.onDragOver(args('applied'))).toBeUndefined()
    expect(announcements.onDragOver(args('interviewing'))).toBe('Acme Payments is over Interviewing.')
    expect(announcements.onDragOver(args('applied'))).toBe('Acme Payments is over Applied.')
    expect(announcements.onDragEnd(args('interviewing'))).toBe('Moved Acme Payments to Interviewing.')
  })

  it('says the card stayed when dropped on its own column or nowhere, or when cancelled', () => {
    expect(announcements.onDragEnd(args('applied'))).toBe('Acme Payments stays in Applied.')
    expect(announcements.onDragEnd(args(null))).toBe('Acme Payments stays in Applied.')
    expect(announcements.onDragCancel(args(null))).toBe('Move cancelled. Acme Payments stays in Applied.')
  })
})
