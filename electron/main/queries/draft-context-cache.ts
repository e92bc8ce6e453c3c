/**
 * The draft context (what the checker and the composer know about one person met in one interview), cached per
 * draft target. The check runs on every keystroke; an op drops only the contexts it could change, so the user's
 * own autosave keeps theirs (a draft's own text is not part of its context, only its peers' drafts are).
 */
import type { CheckContext } from '../../../shared/etiquette/contract'
import type { DraftTarget } from '../../../shared/model/draft-context'
import type { Journal } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import type { JournalIndex } from './indexes'

interface Entry {
  target: DraftTarget
  minute: number
  context: CheckContext
  applicationId: string | null
  /** Everyone met in the application: a change to any of them can change the names in the context. */
  people: Set<string>
}

const keyOf = (t: DraftTarget) => `${t.interviewId}|${t.personId}|${t.kind}`

/** What one op touches, in the terms the cache is keyed by; `all` when it can touch every context. */
interface Touch {
  all?: boolean
  applicationId?: string | null
  interviewId?: string
  personId?: string
  /** Drafts: the writer's own context is unchanged, only their peers' (whose `otherDrafts` hold this text). */
  peersOnly?: boolean
  /** Notes: only the context of that one person in that one interview. */
  exact?: boolean
}

function str(record: Record<string, unknown>, key: string): string | undefined {
  return typeof record[key] === 'string' ? (record[key] as string) : undefined
}

const LINK_FIELDS = { app: 'applicationId', int: 'interviewId', person: 'personId' } as const

/**
 * The links of the record an op writes or removes. The store has applied the op already, so a deleted record is
 * gone from the journal: its links come from the index, which has not seen the op yet.
 */
function recordOf(
  op: Exclude<JournalOp, { type: 'reminder' }>,
  index: JournalIndex
): Record<string, unknown> | undefined {
  if (op.type === 'put') return op.record
  if (op.type !== 'delete') return undefined
  const record: Record<string, unknown> = { id: op.id }
  for (const link of index.linksOf(op.collection, op.id)) {
    const [kind, id] = link.split(':') as [keyof typeof LINK_FIELDS, string]
    record[LINK_FIELDS[kind]] = id
  }
  return record
}

function touchOf(op: Exclude<JournalOp, { type: 'reminder' }>, index: JournalIndex, journal: Journal): Touch {
  if (op.type === 'settings' || op.collection === 'applications') return { all: true }
  const record = recordOf(op, index)
  if (!record) return { all: true }
  const appOf = (interviewId: string | undefined) =>
    interviewId && Object.hasOwn(journal.interviews, interviewId)
      ? (journal.interviews[interviewId]?.applicationId ?? null)
      : null
  switch (op.collection) {
    case 'interviews':
      return { applicationId: str(record, 'applicationId') ?? null }
    case 'meetings':
      return { applicationId: appOf(str(record, 'interviewId')) }
    case 'people':
      return { personId: str(record, 'id') }
    case 'contactLog':
      return { applicationId: str(record, 'applicationId') ?? null }
    case 'notes':
      return { interviewId: str(record, 'interviewId'), personId: str(record, 'personId'), exact: true }
    case 'drafts':
      return { interviewId: str(record, 'interviewId'), personId: str(record, 'personId'), peersOnly: true }
  }
}

function hits(entry: Entry, touch: Touch): boolean {
  if (touch.all) return true
  if (touch.exact)
    return entry.target.interviewId === touch.interviewId && entry.target.personId === touch.personId
  if (touch.peersOnly)
    return entry.target.interviewId === touch.interviewId && entry.target.personId !== touch.personId
  if (touch.applicationId !== undefined)
    return touch.applicationId === null || entry.applicationId === touch.applicationId
  return touch.personId !== undefined && entry.people.has(touch.personId)
}

export class DraftContextCache {
  private readonly entries = new Map<string, Entry>()

  get(target: DraftTarget, minute: number): CheckContext | undefined {
    const entry = this.entries.get(keyOf(target))
    return entry && entry.minute === minute ? entry.context : undefined
  }

  set(
    target: DraftTarget,
    minute: number,
    context: CheckContext,
    applicationId: string | null,
    people: string[]
  ) {
    this.entries.set(keyOf(target), { target, minute, context, applicationId, people: new Set(people) })
  }

  has(target: DraftTarget): boolean {
    return this.entries.has(keyOf(target))
  }

  /** Called after the store applied `ops` but before the index learns of them. */
  invalidate(ops: readonly JournalOp[], index: JournalIndex, journal: Journal): void {
    if (this.entries.size === 0) return
    for (const op of ops) {
      // Reminder state (snoozed, notified) is not part of any draft's context.
      if (op.type === 'reminder') continue
      const touch = touchOf(op, index, journal)
      for (const [key, entry] of this.entries) if (hits(entry, touch)) this.entries.delete(key)
    }
  }

  clear(): void {
    this.entries.clear()
  }
}
