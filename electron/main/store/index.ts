/**
 * The journal store: one folder holding `journal.json` (a full snapshot), `journal.log` (an append-only change log)
 * and `backups/`.
 *
 * Design (measured on this machine with a heavy journal, see scripts/bench/store.ts): rewriting the whole file per
 * edit costs ~35 ms or more just to serialise, so each `apply()` instead appends one fdatasynced line to the change
 * log and is acknowledged when that line is on disk (well under 1 ms here). When the log passes
 * `compactLogAfterBytes`, a new snapshot is written in the background (temp file, fsync, rename, folder fsync) and
 * the log is cut down to the entries the snapshot does not contain yet. The snapshot carries a checksum so a cold
 * load can skip full zod validation of ~50k records while still detecting any corruption (see snapshot.ts).
 *
 * lowdb holds the journal (`db.data`) and writes the snapshot, through a durable adapter (snapshot-db.ts): lowdb
 * writes the whole document on every `write()` and has no append, so the change log sits beside it, and its default
 * adapter (steno) renames without fsync, so the adapter is our own.
 *
 * All writes to journal.log go through one promise queue, so batches are appended in order. One process must own
 * the folder at a time (Electron's single-instance lock takes care of that).
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Journal } from '../../../shared/model/journal'
import { applyOp, JournalOpError, validateOp, type JournalOp } from '../../../shared/model/ops'
import { readOnlyCode, readOnlyNotice, readOnlyRefusal } from '../storage-errors'
import { listBackups, removeStaleBackupTemps, writeBackup } from './backups'
import { ChangeLog } from './change-log'
import { removeStaleTempFiles } from './durable-fs'
import { describeZodError, encodeSnapshot } from './snapshot'
import { createSnapshotDb } from './snapshot-db'
import type { Low } from 'lowdb'
import { loadJournal, LOG_FILE, SNAPSHOT_FILE, type StartupReport } from './startup'

export { NewerVersionError } from '../../../shared/model/migrations'
export type { StartupReport } from './startup'

export interface JournalStore {
  readonly dir: string
  readonly startup: StartupReport
  /** Current state; callers must not mutate it. */
  get(): Journal
  /** Grows with every applied change: a cheap way for callers to cache what they derive from the journal. */
  revision(): number
  /** Validates all ops, applies all or none, resolves when durable. */
  apply(ops: JournalOp[]): Promise<Journal>
  /** Resolves when everything acknowledged and every background write (compaction, backups) is on disk. */
  flush(): Promise<void>
  close(): Promise<void>
  /** Writes a full backup now and returns its path. */
  backupNow(reason: string): Promise<string>
}

/**
 * A journal whose folder cannot be written (a read-only disk, no permission) opens read-only rather than not at
 * all: everything can be read, `apply()` and `backupNow()` are refused with a plain `storage` error ("Your journal
 * is read-only: … Nothing was changed."), nothing in the folder is set aside, repaired, backed up or rewritten, and
 * `startup.readOnly` holds the banner. A folder that stops being writable while the app runs (the first append
 * fails with EROFS, EACCES or EPERM) turns the store read-only the same way.
 */

export interface OpenJournalStoreOptions {
  dir: string
  now?: () => Date
  /** Log size that triggers a background snapshot. Default 2 MB; tests lower it to exercise compaction. */
  compactLogAfterBytes?: number
  /** The errno code (EROFS, EACCES, EPERM) that already showed the folder cannot be written: open read-only. */
  readOnlyBecause?: string
}

const DEFAULT_COMPACT_AFTER_BYTES = 2 * 1024 * 1024

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Validates every op up front so a bad batch changes nothing. The message is zod's, in plain words. */
function validateBatch(ops: readonly unknown[]): JournalOp[] {
  return ops.map((op, index) => {
    try {
      return validateOp(op)
    } catch (error) {
      if (!(error instanceof z.ZodError)) throw error
      const which = ops.length > 1 ? `Change ${index + 1} of ${ops.length}` : 'The change'
      throw new JournalOpError(`${which} was refused:\n${describeZodError(error)}`, error.issues)
    }
  })
}

/** The local calendar day, e.g. "2026-03-03": daily backups follow the user's days, not UTC's. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** "2026-03-03T16-00-00-000Z" (a backup file stamp) back to a Date. */
function stampToDate(stamp: string): Date {
  return new Date(stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z'))
}

class DurableJournalStore implements JournalStore {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly background = new Set<Promise<unknown>>()
  private compacting = false
  private compactRetryAtBytes = 0
  private lastDailyBackupDay: string | undefined
  private closed = false
  private readonly db: Low<Journal>
  /** Log position of the snapshot being written (read by the adapter while it encodes). */
  private snapshotSeq = 0
  /** Set once the folder is known to be unwritable (see JournalStore): why, as an errno code. */
  private readOnlyBecause: string | undefined

  /** `log` is null for a journal opened read-only (`readOnlyBecause` says why). */
  constructor(
    readonly dir: string,
    private readonly loaded: StartupReport,
    journal: Journal,
    private seq: number,
    private readonly log: ChangeLog | null,
    private readonly now: () => Date,
    private readonly compactAfterBytes: number,
    readOnlyBecause?: string
  ) {
    this.db = createSnapshotDb(join(dir, SNAPSHOT_FILE), journal, () => this.snapshotSeq, now)
    this.readOnlyBecause = readOnlyBecause
  }

  get startup(): StartupReport {
    const code = this.readOnlyBecause
    return code ? { ...this.loaded, readOnly: readOnlyNotice(code) } : this.loaded
  }

  get(): Journal {
    return this.db.data
  }

  revision(): number {
    return this.seq
  }

  apply(ops: JournalOp[]): Promise<Journal> {
    if (this.closed) return Promise.reject(new Error('The journal is closed.'))
    if (this.readOnlyBecause) return Promise.reject(readOnlyRefusal(this.readOnlyBecause))
    let validated: JournalOp[]
    try {
      validated = validateBatch(ops)
    } catch (error) {
      return Promise.reject(error)
    }
    return this.enqueue(async () => {
      if (validated.length === 0) return this.db.data
      const seq = this.seq + 1
      await this.append(seq, validated) // durable before anything changes in memory
      for (const op of validated) applyOp(this.db.data, op)
      this.seq = seq
      this.maybeCompact()
      this.maybeDailyBackup()
      return this.db.data
    })
  }

  async flush(): Promise<void> {
    do {
      await this.queue
      await Promise.allSettled([...this.background])
    } while (this.background.size > 0)
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.flush()
    await this.log?.close()
  }

  async backupNow(reason: string): Promise<string> {
    if (this.readOnlyBecause)
      throw readOnlyRefusal(this.readOnlyBecause, 'No backup was written and nothing was changed.')
    const at = this.now()
    return writeBackup(this.dir, reason, encodeSnapshot(this.db.data, this.seq, at), at)
  }

  /** Appends to the log; a folder found unwritable turns the store read-only and refuses in plain words. */
  private async append(seq: number, ops: JournalOp[]): Promise<void> {
    const code = this.readOnlyBecause
    if (code || !this.log) throw readOnlyRefusal(code ?? 'EROFS') // no log: opened read-only
    try {
      await this.log.append(seq, ops)
    } catch (error) {
      const cause = readOnlyCode(error)
      if (!cause) throw error
      this.readOnlyBecause = cause
      throw readOnlyRefusal(cause)
    }
  }

  /** Runs `task` after every earlier queued task; a failed task does not block later ones. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private track(task: Promise<unknown>): void {
    const tracked = task.catch(() => undefined).finally(() => this.background.delete(tracked))
    this.background.add(tracked)
  }

  maybeCompact(): void {
    const threshold = Math.max(this.compactAfterBytes, this.compactRetryAtBytes)
    if (this.compacting || !this.log || this.readOnlyBecause || this.log.bytes < threshold) return
    this.compacting = true
    this.track(
      this.compact()
        .catch((error: unknown) => {
          // The log still holds every change; try again once it has grown a bit more.
          this.compactRetryAtBytes = (this.log?.bytes ?? 0) + this.compactAfterBytes / 2
          throw error
        })
        .finally(() => (this.compacting = false))
    )
  }

  /** Writes a snapshot of the acknowledged state, then drops the log lines it contains. */
  private async compact(): Promise<void> {
    await nextTurn() // let the current edit be acknowledged first
    const seq = this.seq
    this.snapshotSeq = seq
    await this.db.write() // encodes synchronously on this turn, so the snapshot holds exactly changes 1..seq
    await this.enqueue(async () => this.log?.dropThrough(seq))
    this.compactRetryAtBytes = 0
  }

  /** One full backup per local calendar day, taken in the background on the first change (or open) of the day. */
  maybeDailyBackup(): void {
    const day = localDay(this.now())
    if (day === this.lastDailyBackupDay || this.readOnlyBecause) return
    this.lastDailyBackupDay = day
    this.track(
      nextTurn()
        .then(() => this.backupNow('daily')) // serialising is synchronous: do not hold up this edit or the open
        .catch((error: unknown) => {
          this.lastDailyBackupDay = undefined // retry on the next change
          throw error
        })
    )
  }

  async initDailyBackupDay(): Promise<void> {
    const newestDaily = (await listBackups(this.dir)).find((backup) => backup.kind === 'daily')
    if (newestDaily) this.lastDailyBackupDay = localDay(stampToDate(newestDaily.stamp))
  }
}

/** Opens the journal; a folder that turns out not to be writable while opening opens it read-only instead. */
export async function openJournalStore(opts: OpenJournalStoreOptions): Promise<JournalStore> {
  if (opts.readOnlyBecause) return openReadOnly(opts, opts.readOnlyBecause)
  try {
    return await openWritable(opts)
  } catch (error) {
    // Every write while opening is atomic (as the crash test proves), so stopping at the first refused one leaves
    // the folder as a crash there would, and reading it again read-only is safe.
    const code = readOnlyCode(error)
    if (!code) throw error
    return openReadOnly(opts, code)
  }
}

async function openWritable(opts: OpenJournalStoreOptions): Promise<JournalStore> {
  const { dir } = opts
  const now = opts.now ?? (() => new Date())
  await mkdir(dir, { recursive: true })
  await removeStaleTempFiles(dir, (target) => target === SNAPSHOT_FILE || target === LOG_FILE)
  await removeStaleBackupTemps(dir)
  const loaded = await loadJournal(dir, now)
  const logPath = join(dir, LOG_FILE)
  let log: ChangeLog
  if (loaded.log) {
    log = await ChangeLog.open(logPath, loaded.log)
  } else {
    // New, migrated or recovered: the snapshot must hold the state before the old log is emptied.
    await createSnapshotDb(join(dir, SNAPSHOT_FILE), loaded.journal, () => loaded.seq, now).write()
    log = await ChangeLog.open(logPath, null)
  }
  const store = new DurableJournalStore(
    dir,
    loaded.startup,
    loaded.journal,
    loaded.seq,
    log,
    now,
    opts.compactLogAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES
  )
  await store.initDailyBackupDay()
  store.maybeDailyBackup()
  store.maybeCompact()
  return store
}

/** Reads the journal without writing anything (no temp-file clean-up, set-aside, backup, snapshot or log). */
async function openReadOnly(opts: OpenJournalStoreOptions, code: string): Promise<JournalStore> {
  const now = opts.now ?? (() => new Date())
  const loaded = await loadJournal(opts.dir, now, { readOnly: true })
  const compactAfter = opts.compactLogAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES
  return new DurableJournalStore(
    opts.dir,
    loaded.startup,
    loaded.journal,
    loaded.seq,
    null,
    now,
    compactAfter,
    code
  )
}
