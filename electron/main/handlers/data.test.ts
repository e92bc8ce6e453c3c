/**
 * The data handlers through the router: export (JSON, CSV) and import (preview, then replace or merge with the
 * token) with scripted OS dialogs, against the real store in a temp dir.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Journal } from '../../../shared/model/journal'
import { listBackups } from '../store/backups'
import { openHarness, seedJournal, type Harness, type Seeded } from '../../../test/main/handlers/test-harness'

interface Preview {
  mode: string
  collections: Record<string, { added: number; updated: number; removed: number; unchanged: number }>
  totals: { added: number; updated: number; removed: number }
  settingsChanged: boolean
}
interface Chosen {
  token: string | null
  fileName: string
  replace: Preview | null
  merge: Preview | null
}

let h: Harness
let s: Seeded
let out: string
let asked: string[]

beforeEach(async () => {
  h = await openHarness()
  s = await seedJournal(h)
  out = join(h.dir, 'chosen-by-user')
  mkdirSync(out)
  // Remember each dialog's default file name, to check what the user is offered.
  asked = []
  const { chooseSavePath, chooseOpenPath } = h.dialogs
  h.dialogs.chooseSavePath = (options) => (asked.push(options.defaultName), chooseSavePath(options))
  h.dialogs.chooseOpenPath = (options) => (asked.push(options.title), chooseOpenPath(options))
})
afterEach(async () => {
  await h.close()
})

const snapshot = () => JSON.stringify(h.store.get())

/** A journal file with the seeded journal changed: one application updated, one added, the notes gone. */
function editedExport(): Journal {
  const journal = structuredClone(h.store.get())
  const acme = journal.applications[s.applicationId]!
  journal.applications[s.applicationId] = { ...acme, status: 'offer' }
  journal.applications.globex = { ...acme, id: 'globex', company: 'Globex', role: 'SRE' }
  journal.notes = {}
  journal.settings = { ...journal.settings, candidateName: 'Sam from the file' }
  return journal
}

function writeImportFile(name: string, content: string): string {
  const path = join(out, name)
  writeFileSync(path, content)
  return path
}

async function choose(path: string | null): Promise<Chosen> {
  if (path) h.dialogs.openPaths.push(path)
  return h.call<Chosen>('data:chooseImport')
}

describe('export', () => {
  it('writes the whole journal as JSON where the user chose', async () => {
    const path = join(out, 'journal.json')
    h.dialogs.savePaths.push(path)
    expect(await h.call('data:exportJson')).toEqual({ path })
    expect(asked).toEqual(['afterword-journal-2026-03-03.json'])
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(h.store.get())
  })

  it('writes applications and interviews as CSV a spreadsheet can read', async () => {
    h.dialogs.savePaths.push(join(out, 'apps.csv'), join(out, 'interviews.csv'))
    await h.call('data:exportCsv', { what: 'applications' })
    await h.call('data:exportCsv', { what: 'interviews' })
    expect(asked).toEqual(['afterword-applications-2026-03-03.csv', 'afterword-interviews-2026-03-03.csv'])
    const parse = (name: string) => {
      const csv = readFileSync(join(out, name), 'utf8')
      expect(csv.startsWith('\ufeff')).toBe(true)
      return Papa.parse<Record<string, string>>(csv.slice(1).trim(), { header: true }).data
    }
    expect(parse('apps.csv')).toMatchObject([
      { id: s.applicationId, company: 'Acme', role: 'Backend Engineer' }
    ])
    expect(parse('interviews.csv')).toMatchObject([
      { id: s.interviewId, applicationId: s.applicationId, company: 'Acme', endAt: '2026-03-03T15:00:00Z' }
    ])
  })

  it('writes nothing when the user cancels the dialog', async () => {
    expect(await h.call('data:exportJson')).toEqual({ path: null })
    expect(await h.call('data:exportCsv', { what: 'interviews' })).toEqual({ path: null })
    expect(asked).toHaveLength(2)
    expect(readdirSync(out)).toEqual([])
  })

  it('says plainly when the chosen place cannot be written', async () => {
    h.dialogs.savePaths.push(join(out, 'no-such-folder', 'journal.json'))
    const result = await h.invoke('data:exportJson')
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } })
    expect(!result.ok && result.error.message).toMatch(/journal\.json/)
  })
})

describe('import', () => {
  it('previews both modes, then merges as previewed', async () => {
    const chosen = await choose(writeImportFile('edited.json', JSON.stringify(editedExport())))
    expect(chosen).toMatchObject({ fileName: 'edited.json', token: expect.stringMatching(/^[0-9a-f]{32}$/) })
    expect(chosen.merge).toMatchObject({
      mode: 'merge',
      totals: { added: 1, updated: 1, removed: 0 },
      settingsChanged: false,
      collections: { applications: { added: 1, updated: 1, removed: 0, unchanged: 0 } }
    })
    expect(chosen.replace).toMatchObject({
      mode: 'replace',
      totals: { added: 1, updated: 1, removed: 1 },
      settingsChanged: true,
      collections: { notes: { added: 0, updated: 0, removed: 1, unchanged: 0 } }
    })
    expect(h.store.get().applications.globex).toBeUndefined()

    const merged = await h.call<Preview>('data:import', { token: chosen.token, mode: 'merge' })
    expect(merged).toEqual(chosen.merge)
    const journal = h.store.get()
    expect(journal.applications[s.applicationId]?.status).toBe('offer')
    expect(journal.applications.globex?.company).toBe('Globex')
    expect(journal.notes[s.noteId]).toBeDefined()
    expect(journal.settings.candidateName).toBe('')
    // An import changes too much to list: the window is told to ask again, with the settings as they now are.
    expect(h.events).toContainEqual({
      event: 'journal:changed',
      payload: expect.objectContaining({ reason: 'data:import', reset: true, settings: journal.settings })
    })
    expect((await listBackups(h.dir)).some((b) => b.kind === 'import')).toBe(true)
  })

  it('replaces as previewed: records missing from the file go, the file’s settings come in', async () => {
    const file = editedExport()
    const chosen = await choose(writeImportFile('edited.json', JSON.stringify(file)))
    const replaced = await h.call<Preview>('data:import', { token: chosen.token, mode: 'replace' })
    expect(replaced).toEqual(chosen.replace)
    expect(h.store.get()).toEqual(file)
  })

  it('refuses the same token twice', async () => {
    const chosen = await choose(writeImportFile('edited.json', JSON.stringify(editedExport())))
    await h.call('data:import', { token: chosen.token, mode: 'merge' })
    const after = snapshot()
    const again = await h.invoke('data:import', { token: chosen.token, mode: 'replace' })
    expect(again).toMatchObject({ ok: false, error: { code: 'import' } })
    expect(snapshot()).toBe(after)
  })

  it('refuses an unknown or stale token and changes nothing', async () => {
    const before = snapshot()
    expect(await h.invoke('data:import', { token: 'made-up', mode: 'merge' })).toMatchObject({
      ok: false,
      error: { code: 'import' }
    })
    const first = await choose(writeImportFile('one.json', JSON.stringify(editedExport())))
    const second = await choose(writeImportFile('two.json', JSON.stringify(editedExport())))
    expect(second.token).not.toBe(first.token)
    expect(await h.invoke('data:import', { token: first.token, mode: 'replace' })).toMatchObject({
      ok: false,
      error: { code: 'import' }
    })
    // A new choice the user cancels also retires the previous preview.
    expect(await choose(null)).toEqual({ token: null, fileName: '', replace: null, merge: null })
    expect(await h.invoke('data:import', { token: second.token, mode: 'replace' })).toMatchObject({
      ok: false,
      error: { code: 'import' }
    })
    expect(snapshot()).toBe(before)
    // Only the progress of reading the two files: no change was announced.
    expect(h.events.filter((e) => e.event !== 'data:importProgress')).toEqual([])
  })

  it('refuses a file that is not a journal, with a reason, and retires the previous preview', async () => {
    const before = snapshot()
    const good = await choose(writeImportFile('good.json', JSON.stringify(editedExport())))
    const newer = { ...editedExport(), schemaVersion: 99 }
    const bad: Array<[string, string]> = [
      ['notes.txt', 'Jane: event sourcing'],
      ['broken.json', '{"schemaVersion": 1, "applications": {'],
      ['wrong.json', JSON.stringify({ schemaVersion: 1, applications: { a: { id: 'a', company: 7 } } })],
      ['newer.json', JSON.stringify(newer)],
      ['empty.json', '']
    ]
    for (const [name, content] of bad) {
      h.dialogs.openPaths.push(writeImportFile(name, content))
      const result = await h.invoke('data:chooseImport')
      expect(result, name).toMatchObject({ ok: false, error: { code: 'import' } })
      expect(!result.ok && result.error.message.length, name).toBeGreaterThan(20)
    }
    expect(await h.invoke('data:import', { token: good.token, mode: 'merge' })).toMatchObject({
      ok: false,
      error: { code: 'import' }
    })
    expect(snapshot()).toBe(before)
  })

  it('refuses a file that vanished between the dialog and the read', async () => {
    h.dialogs.openPaths.push(join(out, 'gone.json'))
    const result = await h.invoke('data:chooseImport')
    expect(result).toMatchObject({ ok: false, error: { code: 'import' } })
    expect(!result.ok && result.error.message).toMatch(/gone\.json/)
    expect(existsSync(join(out, 'gone.json'))).toBe(false)
  })
})
