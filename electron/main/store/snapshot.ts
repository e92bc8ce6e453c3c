/**
 * The snapshot file format: the journal as plain JSON (so it can be exported, imported or read by hand), plus
 * a `store` object (log position, schema fingerprint, save time) and, as the last key, a SHA-256 of everything
 * before it.
 *
 * Why a checksum: fully validating ~50k records with zod takes ~250 ms here (plus ~120 ms for JSON.parse), which
 * would break the 300 ms cold-load goal. Everything the store writes was validated on its way in, so when the
 * checksum matches (the bytes are exactly what this store wrote) and the schema fingerprint matches (the schema
 * has not changed since), a cheap structural check is enough. Any other file (hand-edited, older format, written
 * by an older build, checksum mismatch aside) gets the full zod validation. A checksum mismatch is corruption.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { COLLECTIONS, Journal, SCHEMA_VERSION } from '../../../shared/model/journal'
import { migrateToCurrent, MigrationError, NewerVersionError } from '../../../shared/model/migrations'
import { findLoadAnomalies } from './load-anomalies'

/** The file is empty, cut short, not JSON or not a valid journal. `reason` is plain words for the user. */
export class CorruptJournalError extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'CorruptJournalError'
  }
}

export interface DecodedSnapshot {
  journal: Journal
  /** Sequence number of the last change-log entry already contained in this snapshot. */
  logSeq: number
  fromVersion: number
  /** True when the checksum and schema fingerprint matched and full validation was skipped. */
  trusted: boolean
  /** What the file held that did not load (dropped records, unknown sections), in plain words; see load-anomalies. */
  anomalies: string[]
}

const CHECKSUM_TAIL = /,"sha256":"([0-9a-f]{64})"\}\s*$/

let cachedFingerprint: string | undefined
/** Changes whenever the journal schema changes shape, so snapshots written under another schema are re-validated. */
export function schemaFingerprint(): string {
  cachedFingerprint ??= sha256(
    JSON.stringify(z.toJSONSchema(Journal, { io: 'output', unrepresentable: 'any' }))
  ).slice(0, 16)
  return cachedFingerprint
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function encodeSnapshot(journal: Journal, logSeq: number, savedAt: Date): string {
  const body = JSON.stringify({
    ...journal,
    store: { logSeq, schema: schemaFingerprint(), savedAt: savedAt.toISOString() }
  })
  return `${body.slice(0, -1)},"sha256":"${sha256(body)}"}`
}

/** Keeps zod's explanation readable when thousands of records are wrong. */
export function describeZodError(error: z.ZodError, maxIssues = 8): string {
  const shown = new z.ZodError(error.issues.slice(0, maxIssues))
  const more = error.issues.length - maxIssues
  return z.prettifyError(shown) + (more > 0 ? `\n(and ${more} more problems)` : '')
}

/** Cheap shape check for trusted files: collections are objects of objects keyed by their own id. */
function hasJournalShape(doc: Record<string, unknown>): boolean {
  if (doc.schemaVersion !== SCHEMA_VERSION || !isObject(doc.settings) || !isObject(doc.reminders))
    return false
  return COLLECTIONS.every((collection) => {
    const table = doc[collection]
    if (!isObject(table)) return false
    for (const id in table) {
      const record = table[id]
      if (!isObject(record) || record.id !== id) return false
    }
    return true
  })
}

function pickJournal(doc: Record<string, unknown>): Journal {
  const journal: Record<string, unknown> = {
    schemaVersion: doc.schemaVersion,
    settings: doc.settings,
    reminders: doc.reminders
  }
  for (const collection of COLLECTIONS) journal[collection] = doc[collection]
  return journal as Journal
}

/** Fully validates a document of any known version. Throws CorruptJournalError or NewerVersionError. */
export function validateJournalDocument(
  doc: unknown,
  fileBytes?: number
): { journal: Journal; fromVersion: number; anomalies: string[] } {
  let migrated
  try {
    migrated = migrateToCurrent(doc)
  } catch (error) {
    if (error instanceof MigrationError) throw new CorruptJournalError(error.message)
    throw error
  }
  const result = Journal.safeParse(migrated.doc)
  if (!result.success) {
    throw new CorruptJournalError(`It does not match the journal format:\n${describeZodError(result.error)}`)
  }
  const anomalies = findLoadAnomalies(migrated.doc, result.data, fileBytes)
  return { journal: result.data, fromVersion: migrated.fromVersion, anomalies }
}

export function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw new CorruptJournalError('The file is empty.')
  try {
    return JSON.parse(text)
  } catch {
    throw new CorruptJournalError('The file is not valid JSON (it may have been cut short).')
  }
}

/**
 * Checks the trailing checksum on the raw bytes (hashing a Buffer slice avoids re-encoding ~12 MB of text).
 * Returns 'none' when the file has no checksum (hand-edited, exported, or an older format).
 */
function verifyChecksum(bytes: Buffer): 'ok' | 'none' {
  const tailStart = Math.max(0, bytes.length - 200)
  const tail = CHECKSUM_TAIL.exec(bytes.toString('latin1', tailStart))
  if (!tail) return 'none'
  const digest = createHash('sha256')
    .update(bytes.subarray(0, tailStart + tail.index))
    .update('}')
    .digest('hex')
  if (digest !== tail[1])
    throw new CorruptJournalError('The file is damaged (its contents do not match its checksum).')
  return 'ok'
}

/** Decodes a snapshot, backup or export. Throws CorruptJournalError, or NewerVersionError for a newer format. */
export function decodeSnapshot(input: Buffer | string): DecodedSnapshot {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input
  const doc = parseJsonText(bytes.toString('utf8'))
  if (!isObject(doc)) throw new CorruptJournalError('The file does not hold a journal.')
  if (typeof doc.schemaVersion === 'number' && doc.schemaVersion > SCHEMA_VERSION) {
    throw new NewerVersionError(doc.schemaVersion)
  }
  const meta = isObject(doc.store) ? doc.store : {}
  const logSeq = typeof meta.logSeq === 'number' && Number.isInteger(meta.logSeq) ? meta.logSeq : 0
  if (verifyChecksum(bytes) === 'ok' && meta.schema === schemaFingerprint() && hasJournalShape(doc)) {
    return { journal: pickJournal(doc), logSeq, fromVersion: SCHEMA_VERSION, trusted: true, anomalies: [] }
  }
  const { journal, fromVersion, anomalies } = validateJournalDocument(doc, bytes.length)
  return { journal, logSeq, fromVersion, trusted: false, anomalies }
}
