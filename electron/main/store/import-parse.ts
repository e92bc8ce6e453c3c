/**
 * Reading a journal file to import: size cap, one JSON parse, a record cap, one full validation. Runs inside the
 * import worker (import-worker.ts), so a large file never blocks main; reports each stage as it starts.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { COLLECTIONS, type Journal } from '../../../shared/model/journal'
import { parseJsonText } from './snapshot'
import { ImportError, journalFromImportDocument } from './transfer'

export interface ImportLimits {
  maxBytes: number
  maxRecords: number
}

/** 200 MB and 500,000 records: far beyond any real journal (a heavy one is ~15 MB and ~50,000 records). */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: 200 * 1024 * 1024, maxRecords: 500_000 }

export const IMPORT_STAGES = ['reading', 'parsing', 'validating'] as const
export type ImportStage = (typeof IMPORT_STAGES)[number]

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`

function countRecords(doc: unknown): number {
  if (typeof doc !== 'object' || doc === null) return 0
  let count = 0
  for (const collection of COLLECTIONS) {
    const table = (doc as Record<string, unknown>)[collection]
    if (typeof table === 'object' && table !== null) count += Object.keys(table).length
  }
  return count
}

function unreadable(path: string, error: unknown): ImportError {
  const code = (error as { code?: unknown } | null)?.code
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied'
  }
  const reason =
    typeof code === 'string' ? (Object.hasOwn(reasons, code) ? reasons[code] : code) : 'unknown error'
  return new ImportError(`${basename(path)} could not be read (${reason}). Nothing was imported.`)
}

/** The validated journal in the file at `path`. Throws ImportError in plain words; nothing is changed anywhere. */
export async function parseImportFile(
  path: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  onStage: (stage: ImportStage) => void = () => undefined
): Promise<Journal> {
  const name = basename(path)
  onStage('reading')
  let text: string
  try {
    const { size } = await stat(path)
    if (size > limits.maxBytes) {
      throw new ImportError(
        `${name} is too large to import (${megabytes(size)}; the limit is ${megabytes(limits.maxBytes)}). Nothing was imported.`
      )
    }
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw error instanceof ImportError ? error : unreadable(path, error)
  }
  onStage('parsing')
  let doc: unknown
  try {
    doc = parseJsonText(text)
  } catch (error) {
    return journalFromImportDocument(undefined, error) // turns the parse failure into an ImportError
  }
  const records = countRecords(doc)
  if (records > limits.maxRecords) {
    throw new ImportError(
      `${name} holds ${records.toLocaleString('en-US')} records, more than the ${limits.maxRecords.toLocaleString('en-US')} Afterword can import. Nothing was imported.`
    )
  }
  onStage('validating')
  return journalFromImportDocument(doc)
}
