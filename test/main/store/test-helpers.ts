/** Shared helpers for the store's tests (not a test file itself). */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Application, Note } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import { openJournalStore } from '../../../electron/main/store/index'

const made: string[] = []

export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'afterword-store-'))
  made.push(dir)
  return dir
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

/** A clock that starts at `start` and moves one second per call, so file names never collide by accident. */
export function steppingClock(start = '2026-03-03T16:00:00.000Z'): {
  now: () => Date
  set: (iso: string) => void
} {
  let time = Date.parse(start)
  return {
    now: () => {
      const date = new Date(time)
      time += 1000
      return date
    },
    set: (iso: string) => {
      time = Date.parse(iso)
    }
  }
}

export function application(id: string, overrides: Partial<Application> = {}): Application {
  return {
    id,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    company: `Company ${id}`,
    role: 'Engineer',
    status: 'applied',
    postingUrl: '',
    source: '',
    appliedAt: null,
    closedAt: null,
    ...overrides
  }
}

export function note(id: string, text = 'Asked about testing'): Note {
  return {
    id,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    interviewId: 'int-1',
    personId: 'person-1',
    text,
    order: 0,
    use: 'auto'
  }
}

export function putApplication(id: string, overrides: Partial<Application> = {}): JournalOp {
  return { type: 'put', collection: 'applications', record: application(id, overrides) }
}

/** Every file in the folder (backups included) with its bytes, to prove that nothing changed. */
export async function folderContents(dir: string): Promise<Record<string, string>> {
  const contents: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    contents[path.slice(dir.length + 1)] = (await readFile(path)).toString('base64')
  }
  return contents
}

/** A closed journal with a1 in its snapshot and in a backup, and a2 added after the backup (in the change log). */
export async function journalWithBackup(): Promise<string> {
  const dir = await makeTempDir()
  const store = await openJournalStore({ dir, now: steppingClock().now })
  await store.apply([putApplication('a1')])
  await store.backupNow('manual')
  await store.apply([putApplication('a2')])
  await store.close()
  return dir
}
