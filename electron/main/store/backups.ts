/**
 * Rotating full-snapshot backups in `<dir>/backups/`, named `journal-<kind>-<time>.json`. Kinds: `daily` (keep 7),
 * `migration` and `import` (taken before each, keep 5) and any other reason given to backupNow (keep 5 each).
 * Backups hold only the journal, which never contains the API key, so they cannot leak it.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fsyncDir, removeStaleTempFiles, writeFileDurable } from './durable-fs'

export const BACKUP_DIR = 'backups'
const KEEP_BY_KIND: Readonly<Record<string, number>> = { daily: 7 }
const KEEP_DEFAULT = 5
const NAME = /^journal-([a-z0-9-]+)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.json$/

export interface BackupInfo {
  path: string
  name: string
  kind: string
  /** When it was taken (from its name), e.g. 2026-03-03T16-00-00-000Z. */
  stamp: string
  /** Tie-breaker when two backups share a millisecond. */
  counter: number
}

/** A time for file names: ISO-8601 in UTC with `:` and `.` replaced, since Windows forbids `:`. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/** Turns a free-text reason into a short file-name-safe kind ("Before import!" -> "before-import"). */
export function backupKind(reason: string): string {
  const slug = reason
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '')
  return slug || 'manual'
}

function newestFirst(a: BackupInfo, b: BackupInfo): number {
  if (a.stamp !== b.stamp) return a.stamp < b.stamp ? 1 : -1
  return b.counter - a.counter
}

/** All backups, newest first. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  let names: string[]
  try {
    names = await readdir(join(dir, BACKUP_DIR))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const backups: BackupInfo[] = []
  for (const name of names) {
    const match = NAME.exec(name)
    if (!match) continue
    const [, kind = '', stamp = '', counter = '0'] = match
    backups.push({ path: join(dir, BACKUP_DIR, name), name, kind, stamp, counter: Number(counter) })
  }
  return backups.sort(newestFirst)
}

async function ensureBackupDir(dir: string): Promise<string> {
  const backupDir = join(dir, BACKUP_DIR)
  const created = await mkdir(backupDir, { recursive: true })
  if (created) await fsyncDir(dir)
  return backupDir
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/** Writes a backup durably, prunes old ones of the same kind and returns the new file's path. */
export async function writeBackup(
  dir: string,
  reason: string,
  text: string | Uint8Array,
  at: Date
): Promise<string> {
  const backupDir = await ensureBackupDir(dir)
  const kind = backupKind(reason)
  const stamp = fileStamp(at)
  let path = join(backupDir, `journal-${kind}-${stamp}.json`)
  for (let counter = 2; await exists(path); counter++) {
    path = join(backupDir, `journal-${kind}-${stamp}-${counter}.json`)
  }
  await writeFileDurable(path, text)
  await pruneBackups(dir, kind)
  return path
}

/** Keeps the newest N backups of `kind` (7 daily, 5 of any other kind). */
export async function pruneBackups(dir: string, kind: string): Promise<void> {
  const keep = KEEP_BY_KIND[kind] ?? KEEP_DEFAULT
  const ofKind = (await listBackups(dir)).filter((backup) => backup.kind === kind)
  await Promise.all(ofKind.slice(keep).map((backup) => rm(backup.path, { force: true })))
}

export async function removeStaleBackupTemps(dir: string): Promise<void> {
  const backupDir = join(dir, BACKUP_DIR)
  if (await exists(backupDir)) await removeStaleTempFiles(backupDir, (target) => NAME.test(target))
}
