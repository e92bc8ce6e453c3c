/**
 * Every change to the journal is one of these operations. They are pure data: the store validates them, appends
 * them to its change log and replays them after a restart, so applying one must be deterministic.
 */
import { z } from 'zod'
import {
  COLLECTIONS,
  Id,
  Journal,
  RECORD_SCHEMAS,
  ReminderKey,
  ReminderState,
  Settings,
  type Collection
} from './journal'

export const CollectionName = z.enum(COLLECTIONS)

export const JournalOp = z.discriminatedUnion('type', [
  z.object({ type: z.literal('put'), collection: CollectionName, record: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('delete'), collection: CollectionName, id: Id }),
  z.object({ type: z.literal('settings'), settings: Settings }),
  /** One reminder's state; null forgets it (the reminder was settled). */
  z.object({ type: z.literal('reminder'), key: ReminderKey, state: ReminderState.nullable() })
])
export type JournalOp = z.infer<typeof JournalOp>

/** A change the store refused; `issues` are zod's, so the router can point the user at the fields to fix. */
export class JournalOpError extends Error {
  constructor(
    message: string,
    readonly issues: readonly z.core.$ZodIssue[] = []
  ) {
    super(message)
  }
}

/** Validates the op's record against its collection's schema; returns the op with the parsed record. */
export function validateOp(input: unknown): JournalOp {
  const op = JournalOp.parse(input)
  if (op.type === 'put') {
    const record = RECORD_SCHEMAS[op.collection].parse(op.record) as Record<string, unknown>
    return { ...op, record }
  }
  return op
}

/**
 * Applies a validated op to the journal in place (the store owns the only copy) and returns it.
 * Deleting a missing id is a no-op, so replaying a log twice gives the same journal.
 */
export function applyOp(journal: Journal, op: JournalOp): Journal {
  switch (op.type) {
    case 'put': {
      const table = journal[op.collection] as Record<string, unknown>
      table[String(op.record.id)] = op.record
      return journal
    }
    case 'delete': {
      const table = journal[op.collection as Collection] as Record<string, unknown>
      delete table[op.id]
      return journal
    }
    case 'settings':
      journal.settings = op.settings
      return journal
    case 'reminder':
      if (op.state) journal.reminders[op.key] = op.state
      else delete journal.reminders[op.key]
      return journal
  }
}

export function parseJournal(input: unknown): Journal {
  return Journal.parse(input)
}
