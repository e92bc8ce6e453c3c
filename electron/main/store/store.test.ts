import { createHash } from 'node:crypto'
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import { openJournalStore } from './index'
import { LOG_FILE, SNAPSHOT_FILE } from './startup'
import {
  application,
  folderContents,
  makeTempDir,
  putApplication,
  removeTempDirs,
  steppingClock
} from '../../../test/main/store/test-helpers'

afterEach(removeTempDirs)

describe('journal store', () => {
  it('starts a new journal and writes a snapshot at once', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    expect(store.startup).toEqual({ status: 'new' })
    expect(store.get().schemaVersion).toBe(SCHEMA_VERSION)
    const onDisk = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8'))
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION)
    await store.close()
  })

  it('keeps acknowledged changes across a reopen, without waiting for a snapshot', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await store.apply([putApplication('a1'), putApplication('a2')])
    await store.apply([{ type: 'delete', collection: 'applications', id: 'a1' }])
    await store.apply([{ type: 'settings', settings: { ...store.get().settings, candidateName: 'Sam' } }])
    // No close(): acknowledged means on disk already.
    const reopened = await openJournalStore({ dir, now: steppingClock().now })
    expect(reopened.startup.status).toBe('loaded')
    expect(Object.keys(reopened.get().applications)).toEqual(['a2'])
    expect(reopened.get().settings.candidateName).toBe('Sam')
    await reopened.close()
    await store.close()
  })

  it('applies zod defaults to records put without optional fields', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    const { postingUrl: _p, source: _s, appliedAt: _a, closedAt: _c, ...bare } = application('a1')
    await store.apply([{ type: 'put', collection: 'applications', record: bare }])
    expect(store.get().applications.a1?.appliedAt).toBeNull()
    await store.close()
  })

  it('refuses an invalid batch with a readable message and changes neither memory nor files', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await store.apply([putApplication('a1')])
    await store.flush()
    const before = await folderContents(dir)
    const bad: JournalOp[] = [putApplication('a2'), putApplication('a3', { company: '  ' })]
    await expect(store.apply(bad)).rejects.toThrow(/Change 2 of 2 was refused:[\s\S]*Company is required/)
    const unknown = { type: 'put', collection: 'pets', record: { id: 'x' } } as unknown as JournalOp
    await expect(store.apply([unknown])).rejects.toThrow(/collection/)
    expect(Object.keys(store.get().applications)).toEqual(['a1'])
    expect(await folderContents(dir)).toEqual(before)
    await store.close()
  })

  it('keeps the order of concurrent batches', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.apply([putApplication('a1', { role: `Role ${i}` })]))
    )
    expect(store.get().applications.a1?.role).toBe('Role 19')
    const reopened = await openJournalStore({ dir, now: steppingClock().now })
    expect(reopened.get().applications.a1?.role).toBe('Role 19')
    await Promise.all([store.close(), reopened.close()])
  })

  it('ignores a torn last log line (never acknowledged) and cuts it off before appending', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await store.apply([putApplication('a1')])
    await store.close()
    await appendFile(join(dir, LOG_FILE), '{"seq":2,"v":1,"ops":[{"type":"put","collection":"appli')
    const reopened = await openJournalStore({ dir, now: steppingClock().now })
    expect(reopened.startup.status).toBe('loaded')
    await reopened.apply([putApplication('a2')])
    await reopened.close()
    const log = await readFile(join(dir, LOG_FILE), 'utf8')
    expect(
      log
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).seq)
    ).toEqual([1, 2])
    const third = await openJournalStore({ dir, now: steppingClock().now })
    expect(Object.keys(third.get().applications).sort()).toEqual(['a1', 'a2'])
    await third.close()
  })

  it('compacts the log into a new snapshot and still loads everything', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now, compactLogAfterBytes: 2000 })
    for (let i = 0; i < 40; i++) await store.apply([putApplication(`a${i}`)])
    await store.flush()
    const logBytes = (await stat(join(dir, LOG_FILE))).size
    expect(logBytes).toBeLessThan(2000)
    const snapshot = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8'))
    expect(Object.keys(snapshot.applications).length).toBeGreaterThan(30)
    await store.close()
    const reopened = await openJournalStore({ dir, now: steppingClock().now })
    expect(Object.keys(reopened.get().applications)).toHaveLength(40)
    await reopened.close()
  })

  it('loads a snapshot whose log still holds lines it already contains (crash during compaction)', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await store.apply([putApplication('a1')])
    await store.apply([putApplication('a1', { role: 'Lead' })])
    const oldLog = await readFile(join(dir, LOG_FILE))
    await store.close()
    const compacting = await openJournalStore({ dir, now: steppingClock().now, compactLogAfterBytes: 1 })
    await compacting.close()
    await writeFile(join(dir, LOG_FILE), oldLog) // as if the crash came before the log was cut down
    const reopened = await openJournalStore({ dir, now: steppingClock().now })
    expect(reopened.startup.status).toBe('loaded')
    expect(reopened.get().applications.a1?.role).toBe('Lead')
    await reopened.apply([putApplication('a2')])
    await reopened.close()
    const last = await openJournalStore({ dir, now: steppingClock().now })
    expect(Object.keys(last.get().applications).sort()).toEqual(['a1', 'a2'])
    await last.close()
  })

  it('replays change-log lines written by the previous format after an upgrade (nothing acknowledged is lost)', async () => {
    const dir = await makeTempDir()
    const plain = { schemaVersion: SCHEMA_VERSION - 1, applications: {} }
    await writeFile(join(dir, SNAPSHOT_FILE), JSON.stringify(plain))
    const op = { type: 'put', collection: 'applications', record: application('a1') }
    await writeFile(join(dir, LOG_FILE), `${JSON.stringify({ seq: 1, v: SCHEMA_VERSION - 1, ops: [op] })}\n`)
    const store = await openJournalStore({ dir, now: steppingClock().now })
    expect(store.get().applications.a1?.company).toBe('Company a1')
    expect(store.get().reminders).toEqual({})
    await store.close()
  })

  it('re-validates a hand-edited snapshot in full (no checksum) and accepts it when valid', async () => {
    const dir = await makeTempDir()
    const plain = { schemaVersion: SCHEMA_VERSION, applications: { a1: application('a1') } }
    await writeFile(join(dir, SNAPSHOT_FILE), JSON.stringify(plain, null, 2))
    const store = await openJournalStore({ dir, now: steppingClock().now })
    expect(store.startup.status).toBe('loaded')
    expect(store.get().applications.a1?.company).toBe('Company a1')
    expect(store.get().settings.notifications).toBe(true) // default filled in by zod
    await store.close()
  })

  it('fully re-validates a checksummed snapshot written under another schema (filling in new defaults)', async () => {
    const dir = await makeTempDir()
    const meeting = { id: 'm1', createdAt: '2026-03-01T10:00:00Z', updatedAt: '2026-03-01T10:00:00Z' }
    const body = JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      meetings: { m1: { ...meeting, interviewId: 'i1', personId: 'p1' } },
      store: { logSeq: 0, schema: 'an-older-schema', savedAt: '2026-03-01T10:00:00Z' }
    })
    const sha = createHash('sha256').update(body).digest('hex')
    await writeFile(join(dir, SNAPSHOT_FILE), `${body.slice(0, -1)},"sha256":"${sha}"}`)
    const store = await openJournalStore({ dir, now: steppingClock().now })
    expect(store.startup.status).toBe('loaded')
    expect(store.get().meetings.m1).toMatchObject({ ...meeting, interviewId: 'i1' })
    expect(store.get().settings.notifications).toBe(true) // a default only full validation fills in
    await store.close()
  })

  it('rejects changes after close', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await store.close()
    await expect(store.apply([putApplication('a1')])).rejects.toThrow(/closed/)
  })
})
