/**
 * One way to change the journal from a handler: apply the ops durably, bring the views up to date, and tell the
 * window what changed (the records written, the ids removed, the settings, and the due list when it moved), so
 * it patches what it shows instead of fetching the journal again.
 */
import type { EventPayload } from '../../../shared/ipc/contract'
import type { FollowUpList } from '../../../shared/followup/schema'
import type { Collection, Draft, Journal } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import type { HandlerDeps } from '../handlers/deps'
import { draftView, viewsOf, type JournalViews } from './views'

type Change = EventPayload<'journal:changed'>

/** More ops than this (an import, a big cascade) are announced as a reset: the window asks again. */
export const MAX_DELTA_OPS = 500

/** Collections the follow-up policy reads: a change elsewhere (notes, an unsent draft) cannot move the due list. */
const DUE_INPUTS = new Set<Collection>(['applications', 'interviews', 'meetings', 'people', 'contactLog'])

/** Interviews with an open capture prompt ("note what you talked about") before a change. */
type OpenCaptures = ReadonlySet<string>

/**
 * A note settles a capture prompt when its interview had one open; deleting a note may open one again. Other notes
 * (typing about an old interview) leave the due list alone.
 */
function settlesCapture(op: JournalOp, open: OpenCaptures): boolean {
  if (op.type === 'settings' || op.type === 'reminder' || op.collection !== 'notes') return false
  return op.type === 'delete' || open.has(String(op.record['interviewId']))
}

function movesDue(ops: readonly JournalOp[], open: OpenCaptures): boolean {
  return ops.some((op) => {
    // Settings hold the quiet hours; a reminder op snoozes, dismisses or records a notification.
    if (op.type === 'settings' || op.type === 'reminder') return true
    if (DUE_INPUTS.has(op.collection) || settlesCapture(op, open)) return true
    // Drafts count once sent (the policy reads sentAt); a delete may remove a sent one.
    return op.collection === 'drafts' && (op.type === 'delete' || op.record['state'] === 'sent')
  })
}

/** The open capture prompts before `ops` are applied; looked up only when the ops touch notes. */
function openCaptures(views: JournalViews, ops: readonly JournalOp[]): OpenCaptures {
  const touchesNotes = ops.some(
    (op) => op.type !== 'settings' && op.type !== 'reminder' && op.collection === 'notes'
  )
  return new Set(touchesNotes ? views.plan().captures.map((prompt) => prompt.interviewId) : [])
}

/** The due list as last sent to the window, so an unchanged list is not sent again. */
const lastDue = new WeakMap<JournalViews, string>()

function dueIfMoved(
  views: JournalViews,
  ops: readonly JournalOp[] | null,
  open: OpenCaptures = new Set()
): FollowUpList | undefined {
  if (ops && !movesDue(ops, open)) return undefined
  const list = views.dueList()
  const text = JSON.stringify(list)
  if (lastDue.get(views) === text) return undefined
  lastDue.set(views, text)
  return list
}

/** The delta of `ops`, with each written record as the store holds it (validated, defaults filled in). */
export function describeOps(
  ops: readonly JournalOp[],
  journal: Journal
): Pick<Change, 'put' | 'deleted' | 'settings'> {
  const put: Record<string, unknown[]> = {}
  const deleted: Record<string, string[]> = {}
  let settings: Journal['settings'] | undefined
  for (const op of ops) {
    if (op.type === 'settings') settings = op.settings
    else if (op.type === 'reminder')
      continue // the window gets the due list, not the reminder state
    else if (op.type === 'delete') (deleted[op.collection] ??= []).push(op.id)
    else {
      const table = journal[op.collection] as Record<string, unknown>
      const id = String(op.record['id'])
      const stored = Object.hasOwn(table, id) ? table[id] : op.record
      const record = op.collection === 'drafts' ? draftView(stored as Draft) : stored
      ;(put[op.collection] ??= []).push(record)
    }
  }
  return {
    ...(Object.keys(put).length ? { put: put as Change['put'] } : {}),
    ...(Object.keys(deleted).length ? { deleted: deleted as Change['deleted'] } : {}),
    ...(settings ? { settings } : {})
  }
}

/** Applies `ops` in one durable step, updates the views, and emits `journal:changed` with the delta. */
export async function commitChange(
  deps: Pick<HandlerDeps, 'store' | 'now' | 'emit'>,
  ops: JournalOp[],
  reason: string
): Promise<Journal> {
  const views = viewsOf(deps.store, deps.now)
  const open = openCaptures(views, ops)
  const before = deps.store.revision()
  const journal = await deps.store.apply(ops)
  views.afterApply(ops, before)
  const revision = deps.store.revision()
  const due = dueIfMoved(views, ops, open)
  const delta = ops.length > MAX_DELTA_OPS ? { reset: true } : describeOps(ops, journal)
  deps.emit('journal:changed', { reason, revision, ...delta, ...(due ? { due } : {}) })
  return journal
}

/** After a change made outside commitChange (an import): rebuild the views and tell the window to ask again. */
export function announceReset(deps: Pick<HandlerDeps, 'store' | 'now' | 'emit'>, reason: string): void {
  const views = viewsOf(deps.store, deps.now)
  views.rebuild()
  const due = dueIfMoved(views, null)
  deps.emit('journal:changed', {
    reason,
    revision: deps.store.revision(),
    reset: true,
    settings: deps.store.get().settings,
    ...(due ? { due } : {})
  })
}

/** Whether reminders must be re-planned after this change: the due list moved, or the settings changed. */
export function changesReminders(change: Change): boolean {
  return Boolean(change.due || change.settings || change.reset)
}
