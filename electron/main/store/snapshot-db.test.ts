import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyJournal } from '../../../shared/model/journal'
import { createSnapshotDb, DurableSnapshotAdapter } from './snapshot-db'
import { CorruptJournalError } from './snapshot'

const at = () => new Date('2026-03-03T16:00:00Z')

describe('the lowdb snapshot database', () => {
  it('writes db.data as a checksummed snapshot with its log position, and reads it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterword-snapdb-'))
    const path = join(dir, 'journal.json')
    const journal = emptyJournal()
    journal.settings.candidateName = 'Alex Kim'
    const db = createSnapshotDb(path, journal, () => 42, at)
    await db.write()
    const text = readFileSync(path, 'utf8')
    expect(text).toMatch(/"logSeq":42/)
    expect(text).toMatch(/"sha256":"[0-9a-f]{64}"\}$/)
    expect(readdirSync(dir)).toEqual(['journal.json']) // no temp file left behind
    expect((await new DurableSnapshotAdapter(path, () => 0, at).read())?.settings.candidateName).toBe(
      'Alex Kim'
    )
  })

  it('reads a missing snapshot as null and refuses a damaged one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterword-snapdb-'))
    const adapter = new DurableSnapshotAdapter(join(dir, 'journal.json'), () => 0, at)
    expect(await adapter.read()).toBeNull()
    writeFileSync(join(dir, 'journal.json'), '{"schemaVersion":1,"appl')
    await expect(adapter.read()).rejects.toBeInstanceOf(CorruptJournalError)
  })
})
