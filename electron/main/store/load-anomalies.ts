/**
 * What a journal file held that did not make it into the loaded journal. Validation keeps what it understands and
 * quietly drops the rest: a record whose id is `__proto__` (it cannot be a key of a plain object), a section with a
 * name Afterword does not know (a hand-edited or foreign file), or a whole file that validates to nothing. Each is
 * reported in plain words so the store can set the original aside and say so in the recovery banner.
 */
import { COLLECTIONS, Journal } from '../../../shared/model/journal'

/** Top-level keys of a journal file besides the collections. */
// The journal's own sections (from its schema, so a new one is known at once) and the snapshot's envelope.
const KNOWN_KEYS = new Set<string>(['store', 'sha256', ...Object.keys(Journal.shape)])
/** An empty journal with default settings is well under 1 KB; a file far larger that holds nothing is suspect. */
export const EMPTY_BUT_LARGE_BYTES = 16 * 1024
const SHOWN_IDS = 3

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const quoteList = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ')

function droppedRecords(doc: Record<string, unknown>, journal: Journal): string[] {
  const out: string[] = []
  for (const collection of COLLECTIONS) {
    const table = doc[collection]
    if (!isObject(table)) continue
    const kept = journal[collection] as Record<string, unknown>
    const lost = Object.keys(table).filter((id) => !Object.hasOwn(kept, id))
    if (lost.length === 0) continue
    const more = lost.length > SHOWN_IDS ? ` and ${lost.length - SHOWN_IDS} more` : ''
    out.push(`${lost.length} in ${collection} (${quoteList(lost.slice(0, SHOWN_IDS))}${more})`)
  }
  return out
}

/**
 * Plain-word notes on what was lost between `doc` (the file, in the current format) and `journal` (what loaded).
 * `fileBytes`, when known, also catches a large file that loaded as an empty journal.
 */
export function findLoadAnomalies(
  doc: Record<string, unknown>,
  journal: Journal,
  fileBytes?: number
): string[] {
  const notes: string[] = []
  const dropped = droppedRecords(doc, journal)
  if (dropped.length > 0)
    notes.push(
      `Some records in your journal file could not be read and were left out: ${dropped.join('; ')}.`
    )
  const unknown = Object.keys(doc).filter((key) => !KNOWN_KEYS.has(key))
  if (unknown.length > 0)
    notes.push(
      `Your journal file has sections Afterword does not know (${quoteList(unknown)}); they were not loaded.`
    )
  const records = COLLECTIONS.reduce((sum, collection) => sum + Object.keys(journal[collection]).length, 0)
  if (records === 0 && fileBytes !== undefined && fileBytes > EMPTY_BUT_LARGE_BYTES)
    notes.push(
      `Your journal file is ${Math.round(fileBytes / 1024)} KB, yet no records could be read from it.`
    )
  return notes
}
