/**
 * Opening the journal: read the snapshot and the change log, migrate an older format, and recover from damage.
 * Damage is never reset silently: the damaged file is set aside as `journal.corrupt-<time>.<ext>`, the best
 * surviving state is restored (the snapshot or the newest good backup, plus any change-log entries that follow
 * on from it) and the StartupReport says so in plain words.
 *
 * Opened read-only (the folder cannot be written), the same choices are made in memory only: nothing is set aside,
 * backed up or rewritten, and the report says the files were left as they are; a writable open repairs them later.
 */
import { readFile, rename } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { StartupReport } from '../../../shared/ipc/contract'
import { emptyJournal, SCHEMA_VERSION, type Journal } from '../../../shared/model/journal'
import { NewerVersionError } from '../../../shared/model/migrations'
import { applyOp } from '../../../shared/model/ops'
import { fileStamp, listBackups, writeBackup } from './backups'
import { readChangeLog, type LogLine, type LogReadResult } from './change-log'
import { fsyncDir } from './durable-fs'
import { CorruptJournalError, decodeSnapshot, type DecodedSnapshot } from './snapshot'

export const SNAPSHOT_FILE = 'journal.json'
export const LOG_FILE = 'journal.log'

export type { StartupReport }

export interface LoadedJournal {
  journal: Journal
  /** Sequence number of the last change contained in `journal`. */
  seq: number
  /** The log to keep appending to, or null when the store must write a fresh snapshot and start a new log. */
  log: LogReadResult | null
  startup: StartupReport
}

async function readBytesOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Applies the log lines that follow `baseSeq`. Returns null when they do not follow on (a gap). */
function replay(
  journal: Journal,
  baseSeq: number,
  lines: readonly LogLine[]
): { seq: number; count: number } | null {
  const after = lines.filter((line) => line.seq > baseSeq)
  if (after.length > 0 && after[0]?.seq !== baseSeq + 1) return null
  for (const line of after) for (const op of line.ops) applyOp(journal, op)
  return { seq: after.at(-1)?.seq ?? baseSeq, count: after.length }
}

/** How the journal is opened: a read-only open never writes (no set-aside, no backup, no rewrite). */
export interface LoadMode {
  readOnly: boolean
}

async function setAside(dir: string, file: string, stamp: string, ext: string): Promise<string> {
  const target = join(dir, `journal.corrupt-${stamp}.${ext}`)
  await rename(join(dir, file), target)
  await fsyncDir(dir)
  return target
}

interface Candidate {
  source: 'snapshot' | 'backup' | 'empty'
  journal: Journal
  seq: number
  replayed: number
  backup?: string
}

async function newestGoodBackup(dir: string): Promise<{ decoded: DecodedSnapshot; name: string } | null> {
  for (const backup of await listBackups(dir)) {
    try {
      return { decoded: decodeSnapshot(await readFile(backup.path)), name: backup.name }
    } catch {
      // damaged, unreadable or from a newer version: try the next older one
    }
  }
  return null
}

export async function loadJournal(
  dir: string,
  now: () => Date,
  mode: LoadMode = { readOnly: false }
): Promise<LoadedJournal> {
  const snapshotText = await readBytesOrNull(join(dir, SNAPSHOT_FILE))
  const log = await readChangeLog(join(dir, LOG_FILE))
  if (log?.newerVersion !== undefined) throw new NewerVersionError(log.newerVersion)
  let snapshot: DecodedSnapshot | null = null
  let snapshotProblem: string | undefined
  if (snapshotText !== null) {
    try {
      snapshot = decodeSnapshot(snapshotText) // NewerVersionError propagates: the file is left untouched
    } catch (error) {
      if (!(error instanceof CorruptJournalError)) throw error
      snapshotProblem = error.reason
    }
  }
  const lines = log?.lines ?? []
  const backupsExist = (await listBackups(dir)).length > 0

  if (snapshotText === null && lines.length === 0 && !log?.corruption && !backupsExist) {
    return { journal: emptyJournal(), seq: 0, log: null, startup: { status: 'new' } }
  }
  if (snapshot && !log?.corruption) {
    const replayed = replay(snapshot.journal, snapshot.logSeq, lines)
    if (replayed && snapshot.anomalies.length > 0) {
      return keepWithAnomalies(dir, now, snapshot, replayed.seq, mode)
    }
    if (replayed && snapshot.fromVersion === SCHEMA_VERSION) {
      return { journal: snapshot.journal, seq: replayed.seq, log, startup: { status: 'loaded' } }
    }
    if (replayed) {
      const message = await upgrade(dir, now, snapshot.fromVersion, snapshotText ?? Buffer.alloc(0), mode)
      return {
        journal: snapshot.journal,
        seq: replayed.seq,
        log: null,
        startup: { status: 'migrated', message }
      }
    }
  }
  const logProblem =
    log?.corruption ?? (snapshot ? 'The change log does not follow on from the journal file.' : undefined)
  return recover(dir, now, { snapshot, snapshotText, snapshotProblem, log, logProblem }, mode)
}

/** An older format: a copy of the old file is kept before the store writes the new one (not when read-only). */
async function upgrade(
  dir: string,
  now: () => Date,
  fromVersion: number,
  snapshotText: Buffer,
  mode: LoadMode
): Promise<string> {
  const upgraded = `Your journal was upgraded from format ${fromVersion} to format ${SCHEMA_VERSION}.`
  if (mode.readOnly) return `${upgraded} The file itself was left as it is until Afterword can write to it.`
  const backupPath = await writeBackup(dir, 'migration', snapshotText, now())
  return `${upgraded} A copy of the old file was saved as ${basename(backupPath)}.`
}

/**
 * The file loaded, but not all of it (see load-anomalies.ts): the journal is kept as loaded, the original file is set
 * aside untouched, and the banner says what was left out. The store then writes a fresh snapshot (log: null).
 */
async function keepWithAnomalies(
  dir: string,
  now: () => Date,
  snapshot: DecodedSnapshot,
  seq: number,
  mode: LoadMode
): Promise<LoadedJournal> {
  const found = snapshot.anomalies.join(' ')
  if (mode.readOnly) {
    const message = `${found} The original file was left as it is; nothing was deleted.`
    return { journal: snapshot.journal, seq, log: null, startup: { status: 'recovered', message } }
  }
  const setAsidePath = await setAside(dir, SNAPSHOT_FILE, fileStamp(now()), 'json')
  const message = `${found} The original file was set aside as ${basename(setAsidePath)}; nothing was deleted.`
  return {
    journal: snapshot.journal,
    seq,
    log: null,
    startup: { status: 'recovered', message, setAsidePath }
  }
}

interface Damage {
  snapshot: DecodedSnapshot | null
  snapshotText: Buffer | null
  snapshotProblem?: string
  log: LogReadResult | null
  logProblem?: string
}

/** The damaged file set aside (its new path), or left in place (null) when the folder is read-only. */
async function setAsideUnlessReadOnly(
  dir: string,
  file: string,
  stamp: string,
  ext: string,
  mode: LoadMode
): Promise<string | null> {
  return mode.readOnly ? null : setAside(dir, file, stamp, ext)
}

/** Which state to start from: the snapshot, the newest good backup, or an empty journal, each plus the log after it. */
async function bestCandidate(
  dir: string,
  now: () => Date,
  damage: Damage,
  mode: LoadMode
): Promise<Candidate> {
  const { snapshot, snapshotText } = damage
  const lines = damage.log?.lines ?? []
  const candidates: Candidate[] = []
  const consider = (source: Candidate['source'], journal: Journal, seq: number, backup?: string) => {
    const replayed = replay(journal, seq, lines) ?? { seq, count: 0 }
    candidates.push({ source, journal, seq: replayed.seq, replayed: replayed.count, backup })
  }
  if (snapshot) {
    if (snapshot.fromVersion !== SCHEMA_VERSION && !mode.readOnly)
      await writeBackup(dir, 'migration', snapshotText ?? Buffer.alloc(0), now())
    consider('snapshot', snapshot.journal, snapshot.logSeq)
  }
  const backup = await newestGoodBackup(dir)
  if (backup) consider('backup', backup.decoded.journal, backup.decoded.logSeq, backup.name)
  consider('empty', emptyJournal(), 0)
  return candidates.reduce((a, b) => (b.seq > a.seq ? b : a))
}

/** What the user now has in front of them, in plain words. */
function startedFrom(best: Candidate, mode: LoadMode): string {
  const replayedNote =
    best.replayed > 0 ? ` and re-applied ${best.replayed} later change(s) from the change log` : ''
  if (mode.readOnly) {
    const shown =
      best.source === 'backup'
        ? `the backup ${best.backup}`
        : best.source === 'snapshot'
          ? 'your journal up to the last readable change'
          : 'an empty journal, as no usable backup was found'
    const replayed = best.replayed > 0 ? ` with ${best.replayed} later change(s) from the change log` : ''
    return (
      `Afterword shows ${shown}${replayed}. Nothing was set aside or repaired, because the folder cannot be ` +
      'written; Afterword will do that once it can.'
    )
  }
  if (best.source === 'backup') {
    return `Afterword restored the backup ${best.backup}${replayedNote}. Anything changed after that may be missing.`
  }
  if (best.source === 'snapshot') {
    return `Afterword kept your journal up to the last readable change${replayedNote}.`
  }
  return `No usable backup was found, so Afterword started with an empty journal${replayedNote}. Nothing was deleted.`
}

async function recover(dir: string, now: () => Date, damage: Damage, mode: LoadMode): Promise<LoadedJournal> {
  const { snapshot, snapshotText, log } = damage
  const stamp = fileStamp(now())
  const lines = log?.lines ?? []
  const problems: string[] = []
  let setAsidePath: string | undefined
  if (snapshotText !== null && !snapshot) {
    problems.push(`Your journal file could not be read: ${damage.snapshotProblem ?? 'it is damaged.'}`)
    const path = await setAsideUnlessReadOnly(dir, SNAPSHOT_FILE, stamp, 'json', mode)
    if (path) setAsidePath = path
    problems.push(
      path ? `It was set aside as ${basename(path)} in case it can be repaired.` : 'It was left as it is.'
    )
  } else if (snapshotText === null) {
    problems.push('Your journal file was missing.')
  }
  if (damage.logProblem) problems.push(damage.logProblem)

  const best = await bestCandidate(dir, now, damage, mode)
  // A log that is damaged or not fully used is kept aside, never deleted.
  if (log && (log.corruption || (lines.at(-1)?.seq ?? 0) > best.seq)) {
    const path = await setAsideUnlessReadOnly(dir, LOG_FILE, stamp, 'log', mode)
    if (path) {
      setAsidePath ??= path
      problems.push(`The change log was set aside as ${basename(path)}.`)
    }
  }
  problems.push(startedFrom(best, mode))
  return {
    journal: best.journal,
    seq: best.seq,
    log: null,
    startup: {
      status: 'recovered',
      message: problems.join(' '),
      ...(setAsidePath ? { setAsidePath } : {}),
      ...(best.backup ? { restoredFrom: join(dir, 'backups', best.backup) } : {})
    }
  }
}
