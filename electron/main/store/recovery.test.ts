import { existsSync } from 'node:fs'
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../shared/model/journal'
import { NewerVersionError, openJournalStore, type JournalStore } from './index'
import { encodeLogLine } from './change-log'
import { LOG_FILE, SNAPSHOT_FILE } from './startup'
import {
  application,
  folderContents,
  journalWithBackup,
  makeTempDir,
  putApplication,
  removeTempDirs,
  steppingClock
} from '../../../test/main/store/test-helpers'

afterEach(removeTempDirs)

async function expectSetAsideAndRestored(dir: string, damaged: string, store: JournalStore): Promise<void> {
  expect(store.startup.status).toBe('recovered')
  const setAside = store.startup.setAsidePath ?? ''
  expect(basename(setAside)).toMatch(/^journal\.corrupt-2026-03-03T16-00-00-000Z\.json$/)
  expect(await readFile(setAside, 'utf8')).toBe(damaged) // kept byte for byte
  expect(store.startup.message).toContain(basename(setAside))
  expect(store.startup.restoredFrom).toMatch(/backups\/journal-manual-.*\.json$/)
  expect(store.startup.message).toContain(basename(store.startup.restoredFrom ?? ''))
  // The backup predates the last compaction-free log, so a2 comes back from the change log too.
  expect(Object.keys(store.get().applications).sort()).toEqual(['a1', 'a2'])
}

const damagedFiles: [string, (good: string) => string][] = [
  ['empty', () => ''],
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2))],
  ['not JSON', () => 'this is not json at all'],
  [
    'valid JSON failing the schema',
    () => JSON.stringify({ schemaVersion: SCHEMA_VERSION, applications: { x: { id: 5 } } })
  ],
  ['checksum mismatch', (good) => good.replace('"notifications":true', '"notifications":false')]
]

describe('opening a damaged journal', () => {
  it.each(damagedFiles)(
    'sets aside a snapshot that is %s and restores the newest good backup',
    async (_, damage) => {
      const dir = await journalWithBackup()
      const good = await readFile(join(dir, SNAPSHOT_FILE), 'utf8')
      const damaged = damage(good)
      await writeFile(join(dir, SNAPSHOT_FILE), damaged)
      const store = await openJournalStore({ dir, now: steppingClock().now })
      await expectSetAsideAndRestored(dir, damaged, store)
      await store.close()
      const again = await openJournalStore({ dir, now: steppingClock('2026-03-03T17:00:00Z').now })
      expect(again.startup.status).toBe('loaded')
      await again.close()
    }
  )

  it('restores only the backup when the log does not follow on from it, and keeps the log aside', async () => {
    const dir = await journalWithBackup()
    await writeFile(join(dir, LOG_FILE), encodeLogLine(7, [putApplication('late')]))
    await writeFile(join(dir, SNAPSHOT_FILE), '{"schemaVersion":1,"applic')
    const store = await openJournalStore({ dir, now: steppingClock().now })
    expect(store.startup.status).toBe('recovered')
    expect(Object.keys(store.get().applications)).toEqual(['a1'])
    expect(store.startup.message).toMatch(/change log was set aside as journal\.corrupt-.*\.log/)
    expect(existsSync(join(dir, 'journal.corrupt-2026-03-03T16-00-00-000Z.log'))).toBe(true)
    await store.close()
  })

  it('with no backup at all, sets the file aside and starts empty, saying so', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, SNAPSHOT_FILE), '{"schemaVersion":1,"applications":{"a1":')
    const store = await openJournalStore({ dir, now: steppingClock().now })
    expect(store.startup.status).toBe('recovered')
    expect(store.startup.restoredFrom).toBeUndefined()
    expect(store.startup.message).toMatch(/No usable backup was found.*empty journal/)
    expect(store.startup.message).toContain('journal.corrupt-2026-03-03T16-00-00-000Z.json')
    expect(existsSync(store.startup.setAsidePath ?? '')).toBe(true)
    expect(Object.keys(store.get().applications)).toEqual([])
    await store.close()
  })

  it('skips a damaged backup and restores the next older good one', async () => {
    const dir = await journalWithBackup()
    const later = await openJournalStore({ dir, now: steppingClock('2026-03-03T18:00:00Z').now })
    const newest = await later.backupNow('manual')
    await later.close()
    await writeFile(newest, '{ broken')
    await writeFile(join(dir, SNAPSHOT_FILE), '')
    const store = await openJournalStore({ dir, now: steppingClock('2026-03-03T19:00:00Z').now })
    expect(store.startup.restoredFrom).not.toBe(newest)
    expect(store.startup.restoredFrom).toMatch(/journal-manual-2026-03-03T16/)
    await store.close()
  })

  it('sets aside a change log damaged in the middle and keeps the changes before the damage', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await store.apply([putApplication('a1')])
    await store.apply([putApplication('a2')])
    await store.apply([putApplication('a3')])
    await store.close()
    const lines = (await readFile(join(dir, LOG_FILE), 'utf8')).split('\n')
    lines[1] = 'garbage'
    await writeFile(join(dir, LOG_FILE), lines.join('\n'))
    const reopened = await openJournalStore({ dir, now: steppingClock().now })
    expect(reopened.startup.status).toBe('recovered')
    expect(reopened.startup.message).toMatch(/Line 2 of the change log is damaged/)
    expect(reopened.startup.setAsidePath).toMatch(/journal\.corrupt-.*\.log$/)
    expect(Object.keys(reopened.get().applications)).toEqual(['a1'])
    await reopened.close()
  })

  it('restores from a backup when the journal file is missing but backups exist', async () => {
    const dir = await journalWithBackup()
    await writeFile(join(dir, LOG_FILE), '')
    const { rm } = await import('node:fs/promises')
    await rm(join(dir, SNAPSHOT_FILE))
    const store = await openJournalStore({ dir, now: steppingClock().now })
    expect(store.startup.status).toBe('recovered')
    expect(store.startup.message).toMatch(/journal file was missing/)
    expect(Object.keys(store.get().applications)).toEqual(['a1'])
    await store.close()
  })
})

describe('a journal from a newer version', () => {
  it('refuses a newer snapshot with a clear message and leaves every file untouched', async () => {
    const dir = await journalWithBackup()
    const newer = JSON.stringify({
      schemaVersion: SCHEMA_VERSION + 1,
      applications: { a1: application('a1') }
    })
    await writeFile(join(dir, SNAPSHOT_FILE), newer)
    const before = await folderContents(dir)
    const opening = openJournalStore({ dir, now: steppingClock().now })
    await expect(opening).rejects.toBeInstanceOf(NewerVersionError)
    await expect(opening).rejects.toThrow(
      new RegExp(`newer version of Afterword \\(file format ${SCHEMA_VERSION + 1}.*not changed`)
    )
    expect(await folderContents(dir)).toEqual(before)
  })

  it('refuses a change log written by a newer version', async () => {
    const dir = await journalWithBackup()
    await appendFile(join(dir, LOG_FILE), `{"seq":3,"v":${SCHEMA_VERSION + 1},"ops":[]}\n`)
    const before = await folderContents(dir)
    await expect(openJournalStore({ dir, now: steppingClock().now })).rejects.toBeInstanceOf(
      NewerVersionError
    )
    expect(await folderContents(dir)).toEqual(before)
    expect((await readdir(dir)).some((name) => name.includes('corrupt'))).toBe(false)
  })
})
