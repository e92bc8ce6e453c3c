/**
 * Imports are read off the main thread: a worker parses and validates the file once, within a size and a record
 * cap, and reports each stage. Runs the real worker (from source, through tsx).
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { emptyJournal } from '../../../shared/model/journal'
import * as transfer from './transfer'
import { readImportInWorker } from './import-reader'
import { DEFAULT_IMPORT_LIMITS } from './import-parse'
import { ImportError } from './transfer'
import { application, makeTempDir, note, removeTempDirs } from '../../../test/main/store/test-helpers'

afterAll(removeTempDirs)

async function file(name: string, content: string): Promise<string> {
  const path = join(await makeTempDir(), name)
  await writeFile(path, content)
  return path
}

const journalWith = (notes: number) => ({
  ...emptyJournal(),
  applications: { acme: application('acme') },
  notes: Object.fromEntries(Array.from({ length: notes }, (_, i) => [`n${i}`, note(`n${i}`)]))
})

describe('readImportInWorker', () => {
  it('returns the validated journal, reporting reading, parsing and validating in order, without validating here', async () => {
    const validate = vi.spyOn(transfer, 'journalFromImportDocument')
    const stages: string[] = []
    const journal = await readImportInWorker(await file('j.json', JSON.stringify(journalWith(3))), {
      onStage: (stage) => stages.push(stage)
    })
    expect(Object.keys(journal.notes)).toEqual(['n0', 'n1', 'n2'])
    expect(journal.applications.acme?.company).toBe(application('acme').company)
    expect(stages).toEqual(['reading', 'parsing', 'validating'])
    // The parse and validation ran in the worker, not in this thread.
    expect(validate).not.toHaveBeenCalled()
  })

  it('refuses a file over the size cap before reading it', async () => {
    const path = await file('big.json', JSON.stringify(journalWith(20)))
    const stages: string[] = []
    const error = await readImportInWorker(path, {
      limits: { maxBytes: 1024, maxRecords: 1000 },
      onStage: (stage) => stages.push(stage)
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportError)
    expect((error as Error).message).toBe(
      'big.json is too large to import (1 MB; the limit is 1 MB). Nothing was imported.'
    )
    expect(stages).toEqual(['reading'])
  })

  it('refuses a file over the record cap before validating it', async () => {
    const path = await file('many.json', JSON.stringify(journalWith(12)))
    const stages: string[] = []
    const error = await readImportInWorker(path, {
      limits: { maxBytes: DEFAULT_IMPORT_LIMITS.maxBytes, maxRecords: 10 },
      onStage: (stage) => stages.push(stage)
    }).catch((e: unknown) => e)
    expect((error as Error).message).toBe(
      'many.json holds 13 records, more than the 10 Afterword can import. Nothing was imported.'
    )
    expect(stages).toEqual(['reading', 'parsing'])
  })

  it('says in plain words why a file cannot be imported', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['cut.json', '{"schemaVersion":1,', /not valid JSON/],
      ['empty.json', '', /empty/],
      [
        'newer.json',
        JSON.stringify({ schemaVersion: 99 }),
        /newer version of Afterword.*Nothing was imported\./
      ],
      [
        'wrong.json',
        JSON.stringify({ ...emptyJournal(), notes: { x: { id: 'x' } } }),
        /cannot be imported as an Afterword journal/
      ]
    ]
    for (const [name, content, message] of cases) {
      const error = await readImportInWorker(await file(name, content)).catch((e: unknown) => e)
      expect(error, name).toBeInstanceOf(ImportError)
      expect((error as Error).message, name).toMatch(message)
    }
    const gone = await readImportInWorker(join(await makeTempDir(), 'gone.json')).catch((e: unknown) => e)
    expect((gone as Error).message).toBe(
      'gone.json could not be read (no such file or folder). Nothing was imported.'
    )
  })
})
