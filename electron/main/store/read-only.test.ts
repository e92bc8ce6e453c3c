/**
 * A journal folder that cannot be written opens read-only: readable, every change and backup refused in plain
 * words, nothing in the folder repaired, backed up or rewritten, and a banner (`startup.readOnly`) saying so. The
 * tests run as root, where chmod blocks nothing, so the disk's refusals are injected into `node:fs/promises`
 * (test/main/store/failing-fs.ts): every write under the folder fails with EROFS, EACCES or EPERM.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { emptyJournal, SCHEMA_VERSION } from '../../../shared/model/journal'
import { NewerVersionError } from '../../../shared/model/migrations'
import { describeStartupFailure } from '../startup-failure'
import { readOnlyNotice } from '../storage-errors'
import { writeFailures } from '../../../test/main/store/failing-fs'
import {
  application,
  folderContents,
  journalWithBackup,
  makeTempDir,
  putApplication,
  removeTempDirs,
  steppingClock
} from '../../../test/main/store/test-helpers'
import { openHarness } from '../../../test/main/handlers/test-harness'
import { openJournalStore, type JournalStore } from './index'
import { LOCK_FILE } from './lock'
import { openDataFolder } from './open-folder'
import { LOG_FILE, SNAPSHOT_FILE } from './startup'

vi.mock('node:fs/promises', async (importOriginal) => {
  const { withWriteFailures } = await import('../../../test/main/store/failing-fs')
  return withWriteFailures(await importOriginal())
})

afterEach(async () => {
  writeFailures.clear()
  await removeTempDirs()
})

const REASONS = {
  EROFS: 'the disk is read-only',
  EACCES: 'Afterword is not allowed to write there',
  EPERM: 'Afterword is not allowed to write there'
} as const
const CODES = Object.keys(REASONS) as Array<keyof typeof REASONS>

/** Every change and backup is refused in plain words, and the journal in memory stays as it was. */
async function expectRefusals(store: JournalStore, code: keyof typeof REASONS): Promise<void> {
  const before = structuredClone(store.get())
  await expect(store.apply([putApplication('a3')])).rejects.toMatchObject({
    code: 'storage',
    message: `Your journal is read-only: ${REASONS[code]}. Nothing was changed.`
  })
  await expect(store.backupNow('manual')).rejects.toMatchObject({
    code: 'storage',
    message: `Your journal is read-only: ${REASONS[code]}. No backup was written and nothing was changed.`
  })
  expect(store.get()).toEqual(before)
}

describe('a folder that cannot be written at start', () => {
  it.each(CODES)(
    '%s: opens read-only without a lock, says so, refuses every change, tries no write',
    async (code) => {
      const dir = await journalWithBackup()
      const files = await folderContents(dir)
      writeFailures.fail(dir, code)
      const { store, lock } = await openDataFolder({ dir, now: steppingClock('2026-03-04T09:00:00Z').now })
      expect(lock).toBeNull()
      expect(Object.keys(store.get().applications).sort()).toEqual(['a1', 'a2'])
      expect(store.startup).toEqual({ status: 'loaded', readOnly: readOnlyNotice(code) })
      expect(store.startup.readOnly).toContain(`because ${REASONS[code]}, so your journal is open read-only`)
      await expectRefusals(store, code)
      await store.flush()
      await store.close()
      // The lock was the one write tried: no clean-up, no daily backup (a new day), no snapshot, no log.
      expect(writeFailures.attempts()).toEqual([expect.stringMatching(/^open .*afterword\.lock\.tmp-/)])
      expect(await folderContents(dir)).toEqual(files)
    }
  )

  it('a folder whose lock can be written but not the journal falls back to read-only, and keeps the lock', async () => {
    const dir = await journalWithBackup()
    writeFailures.fail(join(dir, LOG_FILE), 'EACCES')
    const { store, lock } = await openDataFolder({ dir })
    expect(lock).not.toBeNull()
    expect(store.startup.readOnly).toBe(readOnlyNotice('EACCES'))
    await expectRefusals(store, 'EACCES')
    await store.close()
    await lock?.release()
    writeFailures.clear()
    const again = await openJournalStore({ dir })
    expect(again.startup).toEqual({ status: 'loaded' })
    await again.close()
  })

  it('a new journal on a read-only disk: an empty journal, read-only, nothing created', async () => {
    const dir = await makeTempDir()
    writeFailures.fail(dir, 'EROFS')
    const { store } = await openDataFolder({ dir })
    expect(store.startup).toEqual({ status: 'new', readOnly: readOnlyNotice('EROFS') })
    expect(store.get()).toEqual(emptyJournal())
    await store.close()
    expect(await folderContents(dir)).toEqual({})
  })

  it('a full disk is not read-only: the start fails as before; a folder that cannot be created fails too', async () => {
    const dir = await journalWithBackup()
    const files = await folderContents(dir)
    writeFailures.fail(dir, 'ENOSPC')
    await expect(openDataFolder({ dir })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await folderContents(dir)).toEqual(files) // not even the lock's temp file is left
    const parent = await makeTempDir()
    writeFailures.fail(parent, 'EROFS')
    const missing = join(parent, 'journal')
    const error: unknown = await openDataFolder({ dir: missing }).catch((e: unknown) => e)
    expect(describeStartupFailure(error, missing).message).toMatch(
      /^Afterword cannot open its journal folder \(.*journal\) because the disk is read-only\./
    )
  })

  it('releases the lock when the journal then fails to open (a newer format)', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, SNAPSHOT_FILE), JSON.stringify({ ...emptyJournal(), schemaVersion: 99 }))
    await expect(openDataFolder({ dir })).rejects.toBeInstanceOf(NewerVersionError)
    await expect(readFile(join(dir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('a read-only journal is never repaired or rewritten', () => {
  it('a damaged journal file: shown from the newest backup plus the log, every file left exactly as it was', async () => {
    const dir = await journalWithBackup()
    await writeFile(join(dir, SNAPSHOT_FILE), 'this is not json at all')
    const files = await folderContents(dir)
    writeFailures.fail(dir, 'EROFS')
    const { store } = await openDataFolder({ dir })
    expect(Object.keys(store.get().applications).sort()).toEqual(['a1', 'a2'])
    expect(store.startup.status).toBe('recovered')
    expect(store.startup.setAsidePath).toBeUndefined()
    expect(store.startup.message).toMatch(
      /^Your journal file could not be read: The file is not valid JSON \(it may have been cut short\)\. It was left as it is\. Afterword shows the backup journal-manual-.*\.json with 1 later change\(s\) from the change log\. Nothing was set aside or repaired, because the folder cannot be written; Afterword will do that once it can\.$/
    )
    await expectRefusals(store, 'EROFS')
    await store.close()
    expect(writeFailures.attempts()).toHaveLength(1) // the lock
    expect(await folderContents(dir)).toEqual(files)
    // Writable again, the usual repair runs: set aside, restored.
    writeFailures.clear()
    const repaired = await openJournalStore({ dir })
    expect(repaired.startup.setAsidePath).toMatch(/journal\.corrupt-.*\.json$/)
    await repaired.close()
  })

  it('an older format is upgraded in memory only: no migration backup, no new file', async () => {
    const dir = await makeTempDir()
    const older = { schemaVersion: SCHEMA_VERSION - 1, applications: { a1: application('a1') } }
    await writeFile(join(dir, SNAPSHOT_FILE), JSON.stringify(older))
    const files = await folderContents(dir)
    writeFailures.fail(dir, 'EACCES')
    const { store } = await openDataFolder({ dir })
    expect(store.get().applications.a1?.company).toBe('Company a1')
    expect(store.startup).toMatchObject({
      status: 'migrated',
      message:
        `Your journal was upgraded from format ${SCHEMA_VERSION - 1} to format ${SCHEMA_VERSION}. ` +
        'The file itself was left as it is until Afterword can write to it.'
    })
    await store.close()
    expect(await folderContents(dir)).toEqual(files)
  })

  it('records that did not load are named, and the original file is left in place', async () => {
    const dir = await makeTempDir()
    const text = JSON.stringify({ ...emptyJournal(), applications: { acme: application('acme') } }).replace(
      '"applications":{',
      `"applications":{"__proto__":${JSON.stringify({ ...application('x'), id: '__proto__' })},`
    )
    await writeFile(join(dir, SNAPSHOT_FILE), text)
    writeFailures.fail(dir, 'EROFS')
    const { store } = await openDataFolder({ dir })
    expect(store.startup.message).toBe(
      'Some records in your journal file could not be read and were left out: 1 in applications ("__proto__"). ' +
        'The original file was left as it is; nothing was deleted.'
    )
    await store.close()
    expect(await readFile(join(dir, SNAPSHOT_FILE), 'utf8')).toBe(text)
  })
})

describe('a folder that stops being writable while the app runs', () => {
  it.each(CODES)(
    '%s on the first write: refused in plain words, read-only from then on, nothing half-kept',
    async (code) => {
      const dir = await makeTempDir()
      const store = await openJournalStore({ dir, now: steppingClock().now })
      await store.apply([putApplication('a1')])
      writeFailures.fail(dir, code)
      await expectRefusals(store, code)
      expect(store.startup.readOnly).toBe(readOnlyNotice(code))
      const tried = writeFailures.attempts().length
      await expect(store.apply([putApplication('a4')])).rejects.toMatchObject({ code: 'storage' })
      expect(writeFailures.attempts()).toHaveLength(tried) // refused without touching the disk again
      await store.close()
      writeFailures.clear()
      const reopened = await openJournalStore({ dir })
      expect(Object.keys(reopened.get().applications)).toEqual(['a1'])
      await reopened.close()
    }
  )

  it('through IPC: the edit answers a storage error in plain words and app:info carries the banner', async () => {
    const h = await openHarness()
    try {
      await h.call('applications:create', { company: 'Acme', role: 'Backend Engineer' })
      writeFailures.fail(h.dir, 'EROFS')
      expect(await h.invoke('applications:create', { company: 'Globex', role: 'SRE' })).toEqual({
        ok: false,
        error: {
          code: 'storage',
          message: 'Your journal is read-only: the disk is read-only. Nothing was changed.'
        }
      })
      const info = await h.call<{ startup: { readOnly?: string } }>('app:info')
      expect(info.startup.readOnly).toBe(readOnlyNotice('EROFS'))
      const list = await h.call<{ items: Array<{ company: string }> }>('journal:applications', {})
      expect(list.items.map((a) => a.company)).toEqual(['Acme'])
    } finally {
      writeFailures.clear()
      await h.close()
    }
  })

  it('an import whose backup cannot be written imports nothing and says why', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await store.apply([putApplication('a1')])
    writeFailures.fail(join(dir, 'backups'), 'ENOSPC')
    const { importJson } = await import('./transfer')
    const incoming = { ...emptyJournal(), applications: { b1: application('b1') } }
    await expect(importJson(store, incoming, 'merge')).rejects.toMatchObject({
      code: 'storage',
      message:
        'Nothing was imported: the backup taken before every import was not saved because the disk is full. ' +
        'Free some space on the disk, then try again.'
    })
    expect(Object.keys(store.get().applications)).toEqual(['a1'])
    await store.close()
  })
})
