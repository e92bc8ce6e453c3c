/**
 * A journal file that validates only in part is not loaded silently: what was left out is named in the recovery
 * banner, and the original file is set aside untouched.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { emptyJournal } from '../../../shared/model/journal'
import { openJournalStore } from './index'
import { EMPTY_BUT_LARGE_BYTES, findLoadAnomalies } from './load-anomalies'
import { SNAPSHOT_FILE } from './startup'
import { application, makeTempDir, note, removeTempDirs } from '../../../test/main/store/test-helpers'

afterAll(removeTempDirs)

/** Writes `text` as the journal file (no checksum: a hand-edited or foreign file) and opens the store on it. */
async function openOn(text: string) {
  const dir = await makeTempDir()
  await writeFile(join(dir, SNAPSHOT_FILE), text)
  const store = await openJournalStore({ dir, now: () => new Date('2026-03-03T16:00:00.000Z') })
  await store.close()
  return { dir, store }
}

describe('load-time anomalies', () => {
  it('a record whose id is __proto__ is reported, the others load, the original is set aside', async () => {
    const good = application('acme')
    const evil = { ...application('x'), id: '__proto__' }
    // JSON.stringify would drop a "__proto__" key of an object literal: write the text by hand.
    const text = JSON.stringify({ ...emptyJournal(), applications: { acme: good } }).replace(
      '"applications":{',
      `"applications":{"__proto__":${JSON.stringify(evil)},`
    )
    const { dir, store } = await openOn(text)
    expect(Object.keys(store.get().applications)).toEqual(['acme'])
    expect(store.startup.status).toBe('recovered')
    expect(store.startup.message).toBe(
      'Some records in your journal file could not be read and were left out: 1 in applications ("__proto__"). ' +
        'The original file was set aside as journal.corrupt-2026-03-03T16-00-00-000Z.json; nothing was deleted.'
    )
    expect(await readFile(store.startup.setAsidePath!, 'utf8')).toBe(text)
    // The journal written back holds what loaded; opening again is clean.
    const again = await openJournalStore({ dir })
    expect(again.startup.status).toBe('loaded')
    expect(Object.keys(again.get().applications)).toEqual(['acme'])
    await again.close()
  })

  it('unknown top-level sections are named; a file of only unknown sections is not passed off as empty', async () => {
    const jobs = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`j${i}`, note(`j${i}`, 'x'.repeat(80))])
    )
    const text = JSON.stringify({ schemaVersion: 1, settings: {}, jobs, contacts: {} })
    const { store } = await openOn(text)
    expect(store.startup.status).toBe('recovered')
    expect(store.startup.message).toContain(
      'Your journal file has sections Afterword does not know ("jobs", "contacts"); they were not loaded.'
    )
    expect(store.startup.message).toMatch(
      /Your journal file is \d+ KB, yet no records could be read from it\./
    )
    expect(await readFile(store.startup.setAsidePath!, 'utf8')).toBe(text)
  })

  it('many dropped ids are summed up, not all listed', () => {
    const table = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id) => [id, note(id)]))
    const notes = findLoadAnomalies({ ...emptyJournal(), notes: table }, emptyJournal(), 100)
    expect(notes).toEqual([
      'Some records in your journal file could not be read and were left out: 5 in notes ("a", "b", "c" and 2 more).'
    ])
  })

  it('a small empty file is just a new journal; a large one is suspect', () => {
    expect(findLoadAnomalies({ ...emptyJournal() }, emptyJournal(), EMPTY_BUT_LARGE_BYTES)).toEqual([])
    expect(findLoadAnomalies({ ...emptyJournal() }, emptyJournal(), EMPTY_BUT_LARGE_BYTES + 1024)).toEqual([
      'Your journal file is 17 KB, yet no records could be read from it.'
    ])
  })

  it('a plain, complete file loads without a banner', async () => {
    const text = JSON.stringify({ ...emptyJournal(), applications: { acme: application('acme') } })
    const { store } = await openOn(text)
    expect(store.startup.status).toBe('loaded')
    expect(store.startup.message).toBeUndefined()
  })
})
