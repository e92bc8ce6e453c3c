/**
 * What dnd-kit needs to move a card by keyboard between columns, and what it says while it does. The default
 * keyboard getter moves 25 px per arrow press; a board wants one column per press, so Left/Right jump to the
 * neighbouring column (Up/Down do nothing: a column is sorted by main, not by hand).
 */
import type { Announcements, KeyboardCoordinateGetter, ScreenReaderInstructions } from '@dnd-kit/core'
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../../shared/model/constants'
import { STATUS_LABELS } from '../../lib/format'
import { neighbour } from '../../store/board-columns'

/** What a dragged card carries: enough to say what is moving and where from. */
export interface CardData {
  company: string
  status: ApplicationStatus
}

const isStatus = (id: unknown): id is ApplicationStatus => APPLICATION_STATUSES.some((s) => s === id)
const label = (id: unknown) => (isStatus(id) ? STATUS_LABELS[id] : 'no column')
const cardOf = (data: unknown): CardData | null => {
  const d = (data as { current?: unknown } | undefined)?.current as CardData | undefined
  return d && typeof d.company === 'string' && isStatus(d.status) ? d : null
}

export const columnKeys: KeyboardCoordinateGetter = (event, { context }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0
  const { active, collisionRect, droppableRects, over } = context
  if (!step || !active || !collisionRect) return undefined
  event.preventDefault()
  // The columns on screen, left to right (the board shows all statuses, or the filtered one).
  const order = APPLICATION_STATUSES.filter((s) => droppableRects.has(s))
  const current = over?.id ?? cardOf(active.data)?.status
  const target = isStatus(current) ? neighbour(order, current, step) : order[0]
  const rect = target ? droppableRects.get(target) : undefined
  if (!rect) return undefined
  // The card's top-left, centred in the target column just under its heading: that column then holds it wholly.
  return { x: rect.left + (rect.width - collisionRect.width) / 2, y: rect.top + 48 }
}

export const instructions: ScreenReaderInstructions = {
  draggable:
    'To move this application to another status, press Space or Enter to pick it up, the left and right arrow keys ' +
    'to choose a column, then Space or Enter to drop it there, or Escape to leave it where it was. ' +
    'The Move to button beside it does the same from a menu.'
}

/** The column last announced: the first "over" (the card's own column, right after the pick-up) is not news. */
let lastOver: unknown = null

export const announcements: Announcements = {
  onDragStart({ active }) {
    const card = cardOf(active.data)
    lastOver = card?.status ?? null
    return card
      ? `Picked up ${card.company}, in ${label(card.status)}. Left and right arrows choose a column; Space drops it; Escape cancels.`
      : undefined
  },
  onDragOver({ active, over }) {
    const card = cardOf(active.data)
    const now = over?.id ?? null
    if (!card || now === lastOver) return undefined
    lastOver = now
    return over ? `${card.company} is over ${label(over.id)}.` : `${card.company} is not over a column.`
  },
  onDragEnd({ active, over }) {
    const card = cardOf(active.data)
    if (!card) return undefined
    if (!over || over.id === card.status) return `${card.company} stays in ${label(card.status)}.`
    return `Moved ${card.company} to ${label(over.id)}.`
  },
  onDragCancel({ active }) {
    const card = cardOf(active.data)
    return card ? `Move cancelled. ${card.company} stays in ${label(card.status)}.` : undefined
  }
}
