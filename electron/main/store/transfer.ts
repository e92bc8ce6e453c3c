/**
 * Export and import of the whole journal (JSON), and CSV export of applications or interviews for spreadsheets.
 * An import is previewed first (counts of added / updated / removed records), takes a backup, then goes through
 * `store.apply()` as one batch, so it is validated, all-or-nothing and durable like any other change.
 */
import Papa from 'papaparse'
import { COLLECTIONS, type Collection, type Journal } from '../../../shared/model/journal'
import { NewerVersionError } from '../../../shared/model/migrations'
import type { JournalOp } from '../../../shared/model/ops'
import { storageError } from '../storage-errors'
import type { JournalStore } from './index'
import { CorruptJournalError, parseJsonText, validateJournalDocument } from './snapshot'

/** The file cannot be imported. The message is plain words for the UI; nothing was changed. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

export type ImportMode = 'replace' | 'merge'

export interface CollectionChanges {
  added: number
  updated: number
  removed: number
  unchanged: number
}

export interface ImportPreview {
  mode: ImportMode
  collections: Record<Collection, CollectionChanges>
  totals: { added: number; updated: number; removed: number }
  /** Replace only: the file's settings replace the current ones (the stored API key is kept either way). */
  settingsChanged: boolean
}

export function exportJson(journal: Journal): string {
  return `${JSON.stringify(journal, null, 2)}\n`
}

function readImportFile(text: string): Journal {
  let doc: unknown
  try {
    doc = parseJsonText(text)
  } catch (error) {
    return journalFromImportDocument(undefined, error)
  }
  return journalFromImportDocument(doc)
}

/**
 * Validates a parsed import document, or (given `parseError`) reports why it could not be parsed, as ImportError.
 * Used in-thread for small texts and by the import worker (import-parse.ts) for files.
 */
export function journalFromImportDocument(doc: unknown, parseError?: unknown): Journal {
  try {
    if (parseError !== undefined) throw parseError
    return validateJournalDocument(doc).journal
  } catch (error) {
    if (error instanceof NewerVersionError) {
      throw new ImportError(
        `${error.message.replace(/ The file was not changed\.$/, '')} Nothing was imported.`
      )
    }
    if (error instanceof CorruptJournalError) {
      throw new ImportError(`This file cannot be imported as an Afterword journal. ${error.reason}`)
    }
    throw error
  }
}

/** Works out the changes an import makes, as a preview and as the ops that carry it out. */
function planImport(
  current: Journal,
  source: string | Journal,
  mode: ImportMode
): { preview: ImportPreview; ops: JournalOp[] } {
  const incoming = typeof source === 'string' ? readImportFile(source) : source
  const ops: JournalOp[] = []
  const totals = { added: 0, updated: 0, removed: 0 }
  const collections = {} as Record<Collection, CollectionChanges>
  for (const collection of COLLECTIONS) {
    const have = current[collection] as Record<string, unknown>
    const take = incoming[collection] as Record<string, Record<string, unknown>>
    const changes: CollectionChanges = { added: 0, updated: 0, removed: 0, unchanged: 0 }
    for (const [id, record] of Object.entries(take)) {
      const existing = have[id]
      if (existing === undefined) changes.added++
      else if (JSON.stringify(existing) !== JSON.stringify(record)) changes.updated++
      else {
        changes.unchanged++
        continue
      }
      ops.push({ type: 'put', collection, record })
    }
    if (mode === 'replace') {
      for (const id of Object.keys(have)) {
        if (take[id] !== undefined) continue
        changes.removed++
        ops.push({ type: 'delete', collection, id })
      }
    }
    collections[collection] = changes
    totals.added += changes.added
    totals.updated += changes.updated
    totals.removed += changes.removed
  }
  let settingsChanged = false
  if (mode === 'replace') {
    // Whether a key is stored is a fact about this machine, not about the file.
    const settings = {
      ...incoming.settings,
      // An import never changes the LLM settings: a file must not re-point where the stored key is sent.
      llm: current.settings.llm
    }
    settingsChanged = JSON.stringify(settings) !== JSON.stringify(current.settings)
    if (settingsChanged) ops.push({ type: 'settings', settings })
  }
  return { preview: { mode, collections, totals, settingsChanged }, ops }
}

/**
 * Counts what an import would add, update and remove. `source`: the file's text (validated here; throws ImportError
 * for a file that cannot be imported) or a journal already validated (by the import worker).
 */
export function previewImport(current: Journal, source: string | Journal, mode: ImportMode): ImportPreview {
  return planImport(current, source, mode).preview
}

/** Backs up, then imports as one batch. A bad file throws ImportError before anything is written. */
export async function importJson(
  store: JournalStore,
  source: string | Journal,
  mode: ImportMode
): Promise<ImportPreview> {
  const { preview, ops } = planImport(store.get(), source, mode)
  try {
    await store.backupNow('import')
  } catch (error) {
    // No import without its backup; a disk that refuses it is said as such, not as "something went wrong".
    throw storageError(error, 'Nothing was imported: the backup taken before every import') ?? error
  }
  await store.apply(ops)
  return preview
}

const APPLICATION_COLUMNS = [
  'id',
  'company',
  'role',
  'status',
  'appliedAt',
  'closedAt',
  'source',
  'postingUrl',
  'createdAt',
  'updatedAt'
] as const
const INTERVIEW_COLUMNS = [
  'id',
  'applicationId',
  'company',
  'role',
  'type',
  'round',
  'startAt',
  'endAt',
  'timeZone',
  'location'
] as const

/**
 * CSV with a header row; papaparse quotes commas, quotes and line breaks. Starts with a UTF-8 byte order mark so
 * Excel reads accents correctly, and escapes cells starting with = + - @ so a spreadsheet never runs them.
 */
export function exportCsv(journal: Journal, what: 'applications' | 'interviews'): string {
  let columns: readonly string[]
  let rows: Record<string, unknown>[]
  if (what === 'applications') {
    columns = APPLICATION_COLUMNS
    rows = Object.values(journal.applications).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  } else {
    columns = INTERVIEW_COLUMNS
    rows = Object.values(journal.interviews)
      .sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt))
      .map((interview) => {
        const application = journal.applications[interview.applicationId]
        return { ...interview, company: application?.company ?? '', role: application?.role ?? '' }
      })
  }
  const data = rows.map((row) => columns.map((column) => row[column] ?? ''))
  return `\ufeff${Papa.unparse({ fields: [...columns], data }, { escapeFormulae: true, newline: '\r\n' })}\r\n`
}
