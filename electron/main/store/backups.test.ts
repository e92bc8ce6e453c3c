import { readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../shared/model/journal'
import { backupKind, listBackups } from './backups'
import { openJournalStore } from './index'
import { SNAPSHOT_FILE } from './startup'
import {
  makeTempDir,
  putApplication,
  removeTempDirs,
  steppingClock
} from '../../../test/main/store/test-helpers'

afterEach(removeTempDirs)

describe('backups', () => {
  it('takes one daily backup per day and keeps the last 7', async () => {
    const dir = await makeTempDir()
    const clock = steppingClock('2026-03-01T12:00:00Z')
    const store = await openJournalStore({ dir, now: clock.now })
    for (let day = 1; day <= 10; day++) {
      clock.set(`2026-03-${String(day).padStart(2, '0')}T12:00:00Z`)
      await store.apply([putApplication(`a${day}`)])
      await store.apply([putApplication(`b${day}`)]) // a second change the same day: no second backup
      await store.flush()
    }
    await store.close()
    const daily = (await listBackups(dir)).filter((backup) => backup.kind === 'daily')
    expect(daily.map((backup) => backup.stamp.slice(0, 10))).toEqual([
      '2026-03-10',
      '2026-03-09',
      '2026-03-08',
      '2026-03-07',
      '2026-03-06',
      '2026-03-05',
      '2026-03-04'
    ])
    const newest = JSON.parse(await readFile(daily[0]?.path ?? '', 'utf8'))
    expect(newest.applications.a10).toBeDefined() // a full snapshot, not a diff
  })

  it('does not take a second daily backup when reopened the same day', async () => {
    const dir = await makeTempDir()
    for (const hour of ['09', '15']) {
      const store = await openJournalStore({ dir, now: steppingClock(`2026-03-03T${hour}:00:00Z`).now })
      await store.close()
    }
    expect((await listBackups(dir)).filter((backup) => backup.kind === 'daily')).toHaveLength(1)
  })

  it('keeps the last 5 backups of other kinds, separately per kind', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    for (let i = 0; i < 7; i++) await store.backupNow('import')
    const manual = await store.backupNow('Before I tidy up!')
    await store.close()
    const backups = await listBackups(dir)
    expect(backups.filter((backup) => backup.kind === 'import')).toHaveLength(5)
    expect(basename(manual)).toMatch(/^journal-before-i-tidy-up-2026-03-03T16-00-\d{2}-000Z\.json$/)
  })

  it('never overwrites a backup taken in the same millisecond', async () => {
    const dir = await makeTempDir()
    const fixed = () => new Date('2026-03-03T16:00:00Z')
    const store = await openJournalStore({ dir, now: fixed })
    const first = await store.backupNow('manual')
    await store.apply([putApplication('a1')])
    const second = await store.backupNow('manual')
    await store.close()
    expect(second).not.toBe(first)
    expect(JSON.parse(await readFile(first, 'utf8')).applications).toEqual({})
    expect(Object.keys(JSON.parse(await readFile(second, 'utf8')).applications)).toEqual(['a1'])
    expect((await listBackups(dir))[0]?.path).toBe(second)
  })

  it('makes safe kinds out of any reason', () => {
    expect(backupKind('import')).toBe('import')
    expect(backupKind('  ../../etc  ')).toBe('etc')
    expect(backupKind('!!!')).toBe('manual')
  })
})

describe('migration on open', () => {
  it('backs up the old file, migrates it and reports it', async () => {
    const dir = await makeTempDir()
    const v0 = JSON.stringify({
      schemaVersion: 0,
      applications: [
        {
          id: 'a1',
          createdAt: '2026-03-01T10:00:00Z',
          updatedAt: '2026-03-01T10:00:00Z',
          company: 'Acme',
          role: 'Engineer',
          status: 'applied'
        }
      ]
    })
    await writeFile(join(dir, SNAPSHOT_FILE), v0)
    const store = await openJournalStore({ dir, now: steppingClock().now })
    expect(store.startup.status).toBe('migrated')
    expect(store.startup.message).toMatch(
      new RegExp(`upgraded from format 0 to format ${SCHEMA_VERSION}.*journal-migration-.*\\.json`)
    )
    expect(store.get().applications.a1?.company).toBe('Acme')
    await store.close()
    const migrationBackup = (await listBackups(dir)).find((backup) => backup.kind === 'migration')
    expect(await readFile(migrationBackup?.path ?? '', 'utf8')).toBe(v0)
    expect(JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
    const reopened = await openJournalStore({ dir, now: steppingClock().now })
    expect(reopened.startup.status).toBe('loaded')
    await reopened.close()
  })
})
