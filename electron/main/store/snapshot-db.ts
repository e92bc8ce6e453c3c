/**
 * The snapshot as a lowdb database: `db.data` is the live journal in memory and `db.write()` saves it through
 * DurableSnapshotAdapter. lowdb's default JSONFile adapter alone is not enough: it writes through steno, which
 * renames a temp file over the journal without any fsync, so after a power cut the journal can be empty or old
 * even though the write "succeeded". This adapter writes a checksummed snapshot (snapshot.ts) with a unique temp
 * file, fsync, rename and an fsync of the folder (durable-fs.ts).
 *
 * Edits do not call db.write(): each one is appended to the change log (change-log.ts) and db.write() runs only
 * when the log is compacted, because rewriting ~13 MB per edit takes 120-230 ms here (scripts/bench/store.ts).
 */
import { readFile } from 'node:fs/promises'
import { Low, type Adapter } from 'lowdb'
import type { Journal } from '../../../shared/model/journal'
import { writeFileDurable } from './durable-fs'
import { decodeSnapshot, encodeSnapshot } from './snapshot'

export class DurableSnapshotAdapter implements Adapter<Journal> {
  constructor(
    private readonly path: string,
    /** The change-log position the journal in memory has reached (stored in the snapshot). */
    private readonly position: () => number,
    private readonly now: () => Date
  ) {}

  /** Reads a snapshot back (opening the store goes through startup.ts, which also recovers and migrates). */
  async read(): Promise<Journal | null> {
    try {
      return decodeSnapshot(await readFile(this.path)).journal
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  /** Encodes synchronously (so the snapshot and its log position agree), then writes durably. */
  async write(journal: Journal): Promise<void> {
    const text = encodeSnapshot(journal, this.position(), this.now())
    await writeFileDurable(this.path, text)
  }
}

export function createSnapshotDb(
  path: string,
  journal: Journal,
  position: () => number,
  now: () => Date
): Low<Journal> {
  return new Low<Journal>(new DurableSnapshotAdapter(path, position, now), journal)
}
