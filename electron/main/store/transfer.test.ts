import Papa from 'papaparse'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyJournal, type Interview, type Journal } from '../../../shared/model/journal'
import { openJournalStore } from './index'
import {
  application,
  folderContents,
  makeTempDir,
  note,
  putApplication,
  removeTempDirs,
  steppingClock
} from '../../../test/main/store/test-helpers'
import { exportCsv, exportJson, ImportError, importJson, previewImport } from './transfer'
import { listBackups } from './backups'

afterEach(removeTempDirs)

function journalWith(apps: string[], extra: Partial<Journal> = {}): Journal {
  const journal = { ...emptyJournal(), ...extra }
  for (const id of apps) journal.applications[id] = application(id)
  return journal
}

describe('JSON export and import', () => {
  it('round-trips a journal through export and a replace import', async () => {
    const source = journalWith(['a1', 'a2'])
    source.notes.n1 = note('n1', 'Said "call me", then left, early\nSecond line')
    source.settings = { ...source.settings, candidateName: 'Sam' }
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await store.apply([putApplication('old')])
    const preview = await importJson(store, exportJson(source), 'replace')
    expect(preview.totals).toEqual({ added: 3, updated: 0, removed: 1 })
    expect(store.get()).toEqual(source)
    await store.close()
    const reopened = await openJournalStore({ dir, now: steppingClock().now })
    expect(reopened.get()).toEqual(source)
    expect((await listBackups(dir)).some((backup) => backup.kind === 'import')).toBe(true)
    await reopened.close()
  })

  it('previews merge and replace differently', () => {
    const current = journalWith(['a1', 'a2', 'a3'])
    const incoming = journalWith(['a2', 'a3', 'a4'])
    incoming.applications.a2 = application('a2', { status: 'offer' })
    const text = exportJson(incoming)
    const merge = previewImport(current, text, 'merge')
    expect(merge.collections.applications).toEqual({ added: 1, updated: 1, removed: 0, unchanged: 1 })
    expect(merge.settingsChanged).toBe(false)
    const replace = previewImport(current, text, 'replace')
    expect(replace.collections.applications).toEqual({ added: 1, updated: 1, removed: 1, unchanged: 1 })
    expect(replace.totals).toEqual({ added: 1, updated: 1, removed: 1 })
  })

  it('merges: keeps records missing from the file and takes the file version of shared ones', async () => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await store.apply([putApplication('a1'), putApplication('a2')])
    const incoming = journalWith(['a2', 'a3'])
    incoming.applications.a2 = application('a2', { status: 'offer' })
    await importJson(store, exportJson(incoming), 'merge')
    expect(Object.keys(store.get().applications).sort()).toEqual(['a1', 'a2', 'a3'])
    expect(store.get().applications.a2?.status).toBe('offer')
    await store.close()
  })

  it('migrates an export from an older format on import', () => {
    const v0 = JSON.stringify({ schemaVersion: 0, applications: [application('a1')] })
    expect(previewImport(emptyJournal(), v0, 'merge').totals.added).toBe(1)
  })

  const badFiles: [string, string, RegExp][] = [
    ['not JSON', 'hello, world', /not valid JSON/],
    [
      'the wrong shape',
      JSON.stringify({ schemaVersion: 1, applications: { a1: { id: 'a1' } } }),
      /at applications\.a1\.company/
    ],
    ['a list', '[1, 2, 3]', /does not hold a journal|JSON object/],
    ['no version', JSON.stringify({ applications: {} }), /schemaVersion/],
    [
      'a newer version',
      JSON.stringify({ schemaVersion: 99 }),
      /newer version of Afterword.*Nothing was imported/
    ]
  ]
  it.each(badFiles)('refuses %s with a clear ImportError and changes nothing', async (_, text, message) => {
    const dir = await makeTempDir()
    const store = await openJournalStore({ dir, now: steppingClock().now })
    await store.apply([putApplication('a1')])
    await store.flush()
    const before = await folderContents(dir)
    const journalBefore = structuredClone(store.get())
    expect(() => previewImport(store.get(), text, 'replace')).toThrow(ImportError)
    await expect(importJson(store, text, 'replace')).rejects.toThrow(message)
    await expect(importJson(store, text, 'replace')).rejects.toBeInstanceOf(ImportError)
    expect(await folderContents(dir)).toEqual(before)
    expect(store.get()).toEqual(journalBefore)
    await store.close()
  })

  it('keeps this machine\'s "API key stored" flag on a replace import', () => {
    const current = emptyJournal()
    current.settings.llm.hasApiKey = true
    const incoming = emptyJournal()
    const preview = previewImport(current, exportJson(incoming), 'replace')
    expect(preview.settingsChanged).toBe(false)
  })

  it('never changes the LLM settings: a file cannot re-point where the stored key is sent', async () => {
    const store = await openJournalStore({ dir: await makeTempDir(), now: steppingClock().now })
    const current = store.get()
    const llm = {
      enabled: true,
      baseUrl: 'https://api.openai.com/v1',
      model: 'gpt',
      hasApiKey: true,
      approvedOrigin: 'https://api.openai.com'
    }
    await store.apply([{ type: 'settings', settings: { ...current.settings, llm } }])
    const incoming = emptyJournal()
    incoming.settings.candidateName = 'Sam'
    incoming.settings.llm = {
      ...llm,
      baseUrl: 'https://evil.example/v1',
      approvedOrigin: 'https://evil.example'
    }
    await importJson(store, exportJson(incoming), 'replace')
    expect(store.get().settings).toMatchObject({ candidateName: 'Sam', llm })
    await store.close()
  })
})

describe('CSV export', () => {
  const tricky = application('a1', {
    company: 'Smith, Jones & "Partners"',
    role: 'Lead\nEngineer',
    source: '=HYPERLINK("http://evil")'
  })

  it('writes a header row and quotes commas, quotes and line breaks so spreadsheets read it back', () => {
    const journal = journalWith(['a2'])
    journal.applications.a1 = { ...tricky, createdAt: '2026-02-01T10:00:00Z' }
    const csv = exportCsv(journal, 'applications')
    expect(csv.startsWith('\ufeffid,company,role,status,')).toBe(true)
    expect(csv).toContain('"Smith, Jones & ""Partners"""')
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(3)
    expect(parsed.data[1]?.slice(0, 3)).toEqual(['a1', 'Smith, Jones & "Partners"', 'Lead\nEngineer'])
    expect(parsed.data[1]?.[6]).toBe('\'=HYPERLINK("http://evil")') // never runs as a formula
  })

  it('exports interviews with their application company and role', () => {
    const journal = journalWith([])
    journal.applications.a1 = tricky
    const interview: Interview = {
      id: 'i1',
      createdAt: '2026-03-01T10:00:00Z',
      updatedAt: '2026-03-01T10:00:00Z',
      applicationId: 'a1',
      startAt: '2026-03-03T16:00:00Z',
      endAt: '2026-03-03T17:00:00Z',
      timeZone: 'Europe/Berlin',
      type: 'panel',
      round: 2,
      location: 'Room "Ada", 3rd floor'
    }
    journal.interviews.i1 = interview
    const parsed = Papa.parse<Record<string, string>>(exportCsv(journal, 'interviews').slice(1), {
      header: true,
      skipEmptyLines: true
    })
    expect(parsed.data).toEqual([
      {
        id: 'i1',
        applicationId: 'a1',
        company: 'Smith, Jones & "Partners"',
        role: 'Lead\nEngineer',
        type: 'panel',
        round: '2',
        startAt: '2026-03-03T16:00:00Z',
        endAt: '2026-03-03T17:00:00Z',
        timeZone: 'Europe/Berlin',
        location: 'Room "Ada", 3rd floor'
      }
    ])
  })
})
