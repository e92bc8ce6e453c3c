/**
 * Journal file format versions and the pure migrations between them. A registry maps version N to a function
 * that turns a version-N document into a version-(N+1) document; migrateToCurrent chains them.
 *
 * Version 0 is the pre-release shape: every collection was an array of records. Version 1 (current) keys each
 * collection by record id so one edit is O(1). Version 2 adds each reminder's state and quiet hours. Version 3 gives
 * every note a `use` (auto | use | private): notes written before it are `auto`, so the composer decides as it
 * always did. Migrations only reshape; the caller validates the result with the current zod schema afterwards.
 */
import { COLLECTIONS, SCHEMA_VERSION } from './journal'

/** The file was written by a newer app version. It is refused and must be left untouched. */
export class NewerVersionError extends Error {
  constructor(readonly fileVersion: number) {
    super(
      `This journal was saved by a newer version of Afterword (file format ${fileVersion}; this version reads up ` +
        `to format ${SCHEMA_VERSION}). Please update Afterword to open it. The file was not changed.`
    )
    this.name = 'NewerVersionError'
  }
}

/** The document cannot be migrated (no version, unknown version or a shape the migration cannot read). */
export class MigrationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MigrationError'
  }
}

export type JsonObject = Record<string, unknown>
export type Migration = (doc: JsonObject) => JsonObject

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Version 0 to 1: arrays of records become objects keyed by id. When a pre-release file holds the same id twice,
 * the later entry wins (the pre-release store appended edits, so the later one is the newer edit).
 */
export function migrateV0ToV1(doc: JsonObject): JsonObject {
  const next: JsonObject = { ...doc, schemaVersion: 1 }
  for (const collection of COLLECTIONS) {
    const items = doc[collection]
    if (items === undefined) {
      next[collection] = {}
      continue
    }
    if (!Array.isArray(items)) {
      throw new MigrationError(`In a format 0 journal, "${collection}" must be a list of records.`)
    }
    const byId: JsonObject = {}
    items.forEach((item: unknown, index) => {
      if (!isObject(item) || typeof item.id !== 'string' || item.id === '') {
        throw new MigrationError(`Record ${index + 1} in "${collection}" has no id.`)
      }
      byId[item.id] = item
    })
    next[collection] = byId
  }
  return next
}

/**
 * Version 1 to 2: the journal remembers each reminder's state (notified, snoozed, dismissed), so a restart never
 * notifies again, and the settings get quiet hours (21:00 to 08:00 unless the user changes them).
 */
export function migrateV1ToV2(doc: JsonObject): JsonObject {
  const settings = isObject(doc.settings) ? doc.settings : {}
  const reminders = isObject(doc.reminders) ? doc.reminders : {}
  const quietHours = isObject(settings.quietHours)
    ? settings.quietHours
    : { enabled: true, start: '21:00', end: '08:00' }
  return { ...doc, schemaVersion: 2, reminders, settings: { ...settings, quietHours } }
}

/** Version 2 to 3: every note gets `use: "auto"` unless it already says how it may be used. */
export function migrateV2ToV3(doc: JsonObject): JsonObject {
  const notes = doc.notes ?? {}
  if (!isObject(notes))
    throw new MigrationError('In a format 2 journal, "notes" must be an object keyed by id.')
  const next: JsonObject = {}
  for (const [id, note] of Object.entries(notes)) {
    next[id] = isObject(note) && note.use === undefined ? { ...note, use: 'auto' } : note
  }
  return { ...doc, schemaVersion: 3, notes: next }
}

/** MIGRATIONS[n] turns a version-n journal file into a version-(n+1) one. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: migrateV0ToV1,
  1: migrateV1ToV2,
  2: migrateV2ToV3
}

/** Reads `schemaVersion`; throws MigrationError when the document has none. */
export function schemaVersionOf(doc: unknown): number {
  if (!isObject(doc)) throw new MigrationError('A journal must be a JSON object.')
  const version = doc.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MigrationError('The file has no valid "schemaVersion", so it is not an Afterword journal.')
  }
  return version
}

export interface MigrationResult {
  doc: JsonObject
  fromVersion: number
  /** Number of migrations applied (0 when the document was already current). */
  steps: number
}

/**
 * Brings a journal file of any known version up to SCHEMA_VERSION. Pure: the input is not modified.
 * Throws NewerVersionError for a version this app does not know yet, MigrationError for an unreadable file.
 */
export function migrateToCurrent(input: unknown): MigrationResult {
  const fromVersion = schemaVersionOf(input)
  if (fromVersion > SCHEMA_VERSION) throw new NewerVersionError(fromVersion)
  let doc = input as JsonObject
  let version = fromVersion
  while (version < SCHEMA_VERSION) {
    const migration = MIGRATIONS[version]
    if (!migration) throw new MigrationError(`No migration from journal format ${version}.`)
    doc = migration(doc)
    version++
    if (schemaVersionOf(doc) !== version) {
      throw new MigrationError(`The migration to format ${version} did not set schemaVersion.`)
    }
  }
  return { doc, fromVersion, steps: fromVersion === SCHEMA_VERSION ? 0 : SCHEMA_VERSION - fromVersion }
}
