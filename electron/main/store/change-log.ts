/**
 * The append-only change log beside the snapshot: one line per acknowledged `apply()` batch,
 * `{"seq":N,"v":<schemaVersion>,"ops":[...]}\n`, appended and fdatasynced before the batch is acknowledged.
 *
 * Why a log: rewriting the whole ~7-15 MB file per edit costs ~35 ms to serialise plus the write and fsync, far over
 * the 50 ms p95 goal; appending one line and fdatasyncing it costs well under a millisecond here. The store folds
 * the log into a new snapshot in the background once it grows (see index.ts).
 *
 * A batch is one line, so a batch is applied all or none. A torn last line (crash mid-append) was never
 * acknowledged, so it is ignored on replay and cut off before the next append. A damaged line followed by good
 * ones is corruption, reported by `readChangeLog` so the store can recover and tell the user.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { AppError } from '../../../shared/ipc/result'
import { SCHEMA_VERSION } from '../../../shared/model/journal'
import { validateOp, type JournalOp } from '../../../shared/model/ops'
import { storageReason } from '../storage-errors'
import { fsyncDir, writeFileDurable } from './durable-fs'

export interface LogLine {
  seq: number
  ops: JournalOp[]
  /** The exact text written, newline included, kept so compaction can rewrite the tail of the log. */
  text: string
}

export interface LogReadResult {
  lines: LogLine[]
  /** Bytes of the file covered by `lines`; anything after it is an unacknowledged torn tail or damage. */
  validBytes: number
  fileBytes: number
  /** Set when a damaged line is followed by good ones: the file must be set aside. Plain words. */
  corruption?: string
  /** Set when a line was written by a newer app version. */
  newerVersion?: number
}

export function encodeLogLine(seq: number, ops: JournalOp[]): string {
  return `${JSON.stringify({ seq, v: SCHEMA_VERSION, ops })}\n`
}

type ParsedLine = { ok: true; line: LogLine } | { ok: false; newerVersion?: number }

function parseLogLine(text: string, previousSeq: number | undefined): ParsedLine {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false }
  }
  if (typeof value !== 'object' || value === null) return { ok: false }
  const { seq, v, ops } = value as { seq?: unknown; v?: unknown; ops?: unknown }
  if (typeof v === 'number' && v > SCHEMA_VERSION) return { ok: false, newerVersion: v }
  // A line of an older format is replayed too (after an upgrade, the log may still hold changes the snapshot has
  // not taken in): its ops must pass today's validation, as every migration so far only added fields with defaults.
  const known = typeof v === 'number' && Number.isInteger(v) && v >= 1
  if (!known || typeof seq !== 'number' || !Number.isInteger(seq) || !Array.isArray(ops)) {
    return { ok: false }
  }
  if (previousSeq !== undefined && seq !== previousSeq + 1) return { ok: false }
  try {
    return { ok: true, line: { seq, ops: ops.map((op) => validateOp(op)), text } }
  } catch {
    return { ok: false }
  }
}

/** Reads and validates the log. Returns null when there is no log file. */
export async function readChangeLog(path: string): Promise<LogReadResult | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const result: LogReadResult = { lines: [], validBytes: 0, fileBytes: bytes.length }
  let offset = 0
  let damagedAt: number | undefined
  while (offset < bytes.length) {
    const newline = bytes.indexOf(0x0a, offset)
    if (newline === -1) break // torn tail: no newline, never acknowledged
    const text = bytes.toString('utf8', offset, newline + 1)
    // After a damaged line, any well-formed line at all means acknowledged data follows the damage.
    const parsed = parseLogLine(text, damagedAt === undefined ? result.lines.at(-1)?.seq : undefined)
    if (parsed.ok && damagedAt === undefined) {
      result.lines.push(parsed.line)
      result.validBytes = newline + 1
    } else if (parsed.ok) {
      result.corruption = `Line ${damagedAt} of the change log is damaged, and later changes follow it.`
      break
    } else {
      if (parsed.newerVersion !== undefined) result.newerVersion = parsed.newerVersion
      damagedAt ??= result.lines.length + 1
    }
    offset = newline + 1
  }
  return result
}

/** The open log file. All methods must be called from the store's single write queue. */
export class ChangeLog {
  private constructor(
    readonly path: string,
    private handle: FileHandle,
    private lines: LogLine[],
    private size: number
  ) {}

  /** Set when a failed append could not be cut back: the file may hold a partial line, so writing must stop. */
  private failure: Error | undefined

  /** Opens the log for appending, cutting off anything after `validBytes` (a torn, unacknowledged tail). */
  static async open(path: string, existing: LogReadResult | null): Promise<ChangeLog> {
    const handle = await open(path, 'a')
    const validBytes = existing?.validBytes ?? 0
    if (!existing || existing.fileBytes !== validBytes) {
      await handle.truncate(validBytes)
      await handle.sync()
      await fsyncDir(dirname(path))
    }
    return new ChangeLog(path, handle, existing?.lines ?? [], validBytes)
  }

  get bytes(): number {
    return this.size
  }

  get lastSeq(): number | undefined {
    return this.lines.at(-1)?.seq
  }

  /** Appends one batch and returns once it is on disk. On failure the file is cut back, so nothing is half-kept. */
  async append(seq: number, ops: JournalOp[]): Promise<void> {
    if (this.failure) throw this.failure
    const text = encodeLogLine(seq, ops)
    const data = Buffer.from(text, 'utf8')
    try {
      let written = 0
      while (written < data.length) {
        const { bytesWritten } = await this.handle.write(data, written, data.length - written)
        written += bytesWritten
      }
      await this.handle.datasync()
    } catch (error) {
      try {
        await this.handle.truncate(this.size)
      } catch {
        // A storage error, so the user reads it as a disk problem, not a bug.
        this.failure = new AppError(
          'storage',
          `Afterword can no longer save changes (${storageReason(error) ?? (error as Error).message}). ` +
            'Nothing after your last saved change was kept. Please restart Afterword.'
        )
      }
      throw error
    }
    this.size += data.length
    this.lines.push({ seq, ops, text })
  }

  /** Replaces the file with only the lines after `seq` (those already in the snapshot are dropped). */
  async dropThrough(seq: number): Promise<void> {
    const kept = this.lines.filter((line) => line.seq > seq)
    const text = kept.map((line) => line.text).join('')
    await this.handle.close() // Windows cannot rename over an open file
    try {
      await writeFileDurable(this.path, text)
      this.lines = kept
      this.size = Buffer.byteLength(text)
    } finally {
      this.handle = await open(this.path, 'a')
    }
  }

  async close(): Promise<void> {
    await this.handle.close()
  }
}
