import { memo, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent
} from '@dnd-kit/core'
import type { ApplicationStatus } from '../../../../shared/model/constants'
import { useBoard } from '../../store/board-store'
import { moreCount, shownStatuses } from '../../store/board-columns'
import type { ApplicationSummary } from '../../store/cache'
import { useJournal } from '../../store/journal-store'
import { STATUS_LABELS } from '../../lib/format'
import { formatRelativeDay } from '../../lib/datetime'
import { announcements, columnKeys, instructions, type CardData } from './board-keys'
import { MoveMenu } from './MoveMenu'

/** The pointer's column when there is a pointer; for the keyboard (no pointer), the column the card lies over. */
const collisions: CollisionDetection = (args) => {
  const under = pointerWithin(args)
  return under.length > 0 ? under : rectIntersection(args)
}

/** A card that moved remounts in its new column; it takes the focus there, so the keyboard user stays on it. */
let focusAfterMove: string | null = null

/**
 * The applications as a board: one column per status, a card per application. Move a card by dragging it, by the
 * keyboard (dnd-kit: Space picks up, arrows choose a column, Space drops, Escape cancels, each step announced) or
 * by its "Move to…" menu. Each column asks main for its own first page (board-store.ts).
 */
export function Board() {
  const start = useBoard((s) => s.start)
  const move = useBoard((s) => s.move)
  const said = useBoard((s) => s.said)
  const statusFilter = useJournal((s) => s.filter.status)
  const [dragging, setDragging] = useState<ApplicationSummary | null>(null)
  const sensors = useSensors(
    // A press that moves less than 6 px is a click (it opens the card), not a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeys })
  )
  useEffect(() => start(), [start])

  function onDragStart(event: DragStartEvent) {
    const id = String(event.active.id)
    const columns = useBoard.getState().columns
    setDragging(
      shownStatuses('')
        .flatMap((s) => columns[s].items)
        .find((a) => a.id === id) ?? null
    )
  }
  function onDragEnd({ active, over }: DragEndEvent) {
    setDragging(null)
    const card = active.data.current as CardData | undefined
    const to = over?.id as ApplicationStatus | undefined
    if (!card || !to || to === card.status) return
    focusAfterMove = String(active.id)
    void move(String(active.id), to)
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      accessibility={{ announcements, screenReaderInstructions: instructions }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      <div className="board">
        {shownStatuses(statusFilter).map((status) => (
          <BoardColumn key={status} status={status} />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging && <CardFace application={dragging} overlay />}
      </DragOverlay>
      <p className="sr-only" role="status">
        {said}
      </p>
    </DndContext>
  )
}

function BoardColumn({ status }: { status: ApplicationStatus }) {
  const column = useBoard((s) => s.columns[status])
  const loaded = useBoard((s) => s.loaded[status] === true)
  const showMore = useBoard((s) => s.showMore)
  const { setNodeRef, isOver } = useDroppable({ id: status })
  const headingId = useId()
  const more = moreCount(column)
  return (
    <section
      ref={setNodeRef}
      className={isOver ? 'board-column over' : 'board-column'}
      aria-labelledby={headingId}
    >
      <h3 className="board-column-heading">
        <span id={headingId}>{STATUS_LABELS[status]}</span>
        <span className="board-count">
          {column.total}
          <span className="sr-only"> applications</span>
        </span>
      </h3>
      <div className="board-cards">
        {column.items.length === 0 ? (
          <p className="board-empty muted">{loaded ? 'None' : 'Loading…'}</p>
        ) : (
          <ul>
            {column.items.map((a) => (
              <BoardCard key={a.id} application={a} />
            ))}
          </ul>
        )}
        {more > 0 && (
          <button type="button" className="secondary board-more" onClick={() => void showMore(status)}>
            Show {more} more
          </button>
        )}
      </div>
    </section>
  )
}

const BoardCard = memo(function BoardCard({ application: a }: { application: ApplicationSummary }) {
  const data: CardData = { company: a.company, status: a.status }
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: a.id,
    data
  })
  const handle = useRef<HTMLButtonElement | null>(null)
  const move = useBoard((s) => s.move)
  const say = useBoard((s) => s.say)

  useEffect(() => {
    if (focusAfterMove !== a.id) return
    focusAfterMove = null
    handle.current?.focus()
  }, [a.id])

  async function moveTo(to: ApplicationStatus) {
    focusAfterMove = a.id
    say(`Moving ${a.company} to ${STATUS_LABELS[to]}…`)
    if (await move(a.id, to)) say(`Moved ${a.company} to ${STATUS_LABELS[to]}.`)
  }

  return (
    <li>
      <article
        ref={setNodeRef}
        {...listeners}
        className={isDragging ? 'board-card dragging' : 'board-card'}
        aria-label={a.company}
      >
        <CardFace
          application={a}
          handle={
            <button
              type="button"
              ref={(node) => {
                handle.current = node
                setActivatorNodeRef(node)
              }}
              {...attributes}
              className="drag-handle"
              aria-label={`Drag ${a.company}`}
              title="Drag, or press Space and use the arrow keys"
            >
              <span aria-hidden="true">⠿</span>
            </button>
          }
        />
        <MoveMenu company={a.company} current={a.status} onMove={(to) => void moveTo(to)} />
      </article>
    </li>
  )
})

/** What a card shows: the company (opens the application), the role, and the next thing due. */
function CardFace(props: { application: ApplicationSummary; handle?: ReactNode; overlay?: boolean }) {
  const a = props.application
  const select = useJournal((s) => s.select)
  const due = a.nextDue
  return (
    <div
      className={props.overlay ? 'board-card-face board-card overlay' : 'board-card-face'}
      aria-hidden={props.overlay || undefined}
    >
      <div className="board-card-top">
        {props.handle}
        <button
          type="button"
          className="board-card-open"
          tabIndex={props.overlay ? -1 : undefined}
          onClick={() => select({ applicationId: a.id, interviewId: null })}
        >
          {a.company}
        </button>
      </div>
      <span className="board-card-role">{a.role}</span>
      {due && (
        <span className={due.overdue ? 'board-card-due overdue' : 'board-card-due'}>
          {due.kind === 'thank-you' ? `Thank ${due.personName}` : `Check in with ${due.personName}`}
          {due.overdue ? (
            <span className="tag overdue-tag">Overdue</span>
          ) : (
            <span className="muted"> · {formatRelativeDay(due.dueAt, new Date())}</span>
          )}
        </span>
      )}
    </div>
  )
}
