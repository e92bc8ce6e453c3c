/**
 * One writer per data folder: an exclusive lock file `afterword.lock` holding `{pid, host, startedAt, token}`.
 *
 * Why: Electron's single-instance lock covers the user-data folder, not AFTERWORD_DATA_DIR (a synced folder two
 * installs may share). Two writers on one journal each append their own sequence numbers to one change log, and on
 * the next open one side's changes are set aside as a corrupt log: work lost. So the folder itself is locked.
 *
 * - The lock is created atomically with its content (written to a unique temp file, then hard-linked to the lock
 *   name, which fails if the lock exists), so no reader ever sees a half-written lock.
 * - A lock whose process is gone (same host, pid no longer running) is stale and taken over. Two starting
 *   processes may both see the same stale lock, so a takeover happens only under a second exclusive file
 *   (`afterword.lock.takeover`), and only if the lock still holds the stale content that was judged.
 * - A lock from another host cannot be checked and is never taken over: the message says which machine holds it.
 */
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { link, readFile, rm, unlink } from 'node:fs/promises'
import { readFileSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { writeNewFileSynced } from './durable-fs'

export const LOCK_FILE = 'afterword.lock'
const TAKEOVER_FILE = `${LOCK_FILE}.takeover`

export interface LockInfo {
  pid: number
  host: string
  startedAt: string
  token: string
}

/** Another live Afterword holds the folder (or a lock file nobody can read is in the way). Plain words. */
export class DataFolderLockedError extends Error {
  constructor(
    readonly dir: string,
    /** Null when the lock file cannot be read. */
    readonly holder: LockInfo | null
  ) {
    super(DataFolderLockedError.describe(holder))
    this.name = 'DataFolderLockedError'
  }

  private static describe(holder: LockInfo | null): string {
    if (!holder) {
      return (
        `This journal folder holds a lock file (${LOCK_FILE}) that Afterword cannot read. If no other Afterword ` +
        'is using this folder, delete that file and start again. Your journal was not opened or changed.'
      )
    }
    const where = holder.host === hostname() ? 'this computer' : `the computer "${holder.host}"`
    return (
      `This journal folder is already in use by another Afterword (process ${holder.pid} on ${where}, ` +
      `started ${holder.startedAt}). Only one Afterword can write to a journal at a time. Close the other one ` +
      'and start again. Your journal was not changed.'
    )
  }
}

export interface DataFolderLock {
  readonly path: string
  readonly info: LockInfo
  /** Removes the lock if it is still ours. Safe to call twice. */
  release(): Promise<void>
  /** The same, synchronously: for process exit paths where nothing async runs any more. */
  releaseSync(): void
}

export interface LockOptions {
  now?: () => Date
  host?: string
  pid?: number
  /** Whether a process with this pid runs on this machine. */
  isAlive?: (pid: number) => boolean
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parseLock(text: string): LockInfo | null {
  try {
    const value = JSON.parse(text) as Partial<LockInfo> | null
    if (
      typeof value?.pid === 'number' &&
      typeof value.host === 'string' &&
      typeof value.startedAt === 'string' &&
      typeof value.token === 'string'
    )
      return value as LockInfo
  } catch {
    // a lock we cannot read is judged below as unreadable
  }
  return null
}

async function readLock(path: string): Promise<{ text: string; info: LockInfo | null } | null> {
  try {
    const text = await readFile(path, 'utf8')
    return { text, info: parseLock(text) }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Creates `path` holding `text`, atomically; false if it already exists. */
async function createExclusive(path: string, text: string): Promise<boolean> {
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  await writeNewFileSynced(temp, text)
  try {
    await link(temp, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await rm(temp, { force: true })
  }
}

/** Removes the stale lock `seen` under the takeover guard, if the lock still is exactly `seen`. */
async function takeOverStale(dir: string, seen: string, me: LockInfo, isAlive: (pid: number) => boolean) {
  const guard = join(dir, TAKEOVER_FILE)
  if (!(await createExclusive(guard, JSON.stringify(me)))) {
    // Another process is taking over right now, or died doing so (then its guard is stale: remove it).
    const other = await readLock(guard)
    if (other?.info && other.info.host === me.host && !isAlive(other.info.pid))
      await rm(guard, { force: true })
    return
  }
  try {
    const current = await readLock(join(dir, LOCK_FILE))
    if (current?.text === seen) await unlink(join(dir, LOCK_FILE))
  } finally {
    await rm(guard, { force: true })
  }
}

/** Takes the folder's lock, taking over a stale one; throws DataFolderLockedError if a live process holds it. */
export async function acquireDataFolderLock(dir: string, options: LockOptions = {}): Promise<DataFolderLock> {
  const isAlive = options.isAlive ?? processIsAlive
  const info: LockInfo = {
    pid: options.pid ?? process.pid,
    host: options.host ?? hostname(),
    startedAt: (options.now?.() ?? new Date()).toISOString(),
    token: randomBytes(8).toString('hex')
  }
  const path = join(dir, LOCK_FILE)
  const text = `${JSON.stringify(info)}\n`
  let holder: LockInfo | null = null
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createExclusive(path, text)) return heldLock(path, info, text)
    const current = await readLock(path)
    if (current === null) continue // released meanwhile: try again
    holder = current.info
    const stale = holder !== null && holder.host === info.host && !isAlive(holder.pid)
    if (!stale) throw new DataFolderLockedError(dir, holder)
    await takeOverStale(dir, current.text, info, isAlive)
  }
  throw new DataFolderLockedError(dir, holder)
}

function heldLock(path: string, info: LockInfo, text: string): DataFolderLock {
  let held = true
  const stillOurs = (current: string | null) => held && current === text
  return {
    path,
    info,
    async release() {
      const current = await readLock(path).catch(() => null)
      if (stillOurs(current?.text ?? null)) await rm(path, { force: true })
      held = false
    },
    releaseSync() {
      let current: string | null = null
      try {
        current = readFileSync(path, 'utf8')
      } catch {
        // gone already
      }
      if (stillOurs(current)) {
        try {
          unlinkSync(path)
        } catch {
          // nothing more can be done on the way out
        }
      }
      held = false
    }
  }
}
