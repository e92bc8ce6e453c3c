/**
 * A full disk, through the real router, handlers and store: node:fs/promises is wrapped (test/main/store/failing-fs.ts)
 * so that, while the "disk" is full, every write puts a few bytes down and then fails with ENOSPC, as a real full
 * disk does.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openHarness, type Harness } from '../../../test/main/handlers/test-harness'
import { writeFailures } from '../../../test/main/store/failing-fs'

vi.mock('node:fs/promises', async (importOriginal) => {
  const { withWriteFailures } = await import('../../../test/main/store/failing-fs')
  return withWriteFailures(await importOriginal())
})

let h: Harness
beforeEach(async () => {
  writeFailures.clear()
  h = await openHarness()
})
afterEach(async () => {
  writeFailures.clear()
  await h.close()
})

describe('a full disk', () => {
  it('refuses a journal change with a storage error in plain words, and keeps nothing of it', async () => {
    await h.call('applications:create', { company: 'Acme', role: 'Engineer' })
    const before = JSON.stringify(h.store.get())
    writeFailures.fail(h.dir, 'ENOSPC')
    const result = await h.invoke('applications:create', { company: 'Globex', role: 'SRE' })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'storage',
        message:
          'Your change was not saved because the disk is full. Free some space on the disk, then try again.'
      }
    })
    expect(JSON.stringify(h.store.get())).toBe(before)
    // Once space is back, saving works again and the log holds exactly the two acknowledged changes.
    writeFailures.clear()
    await h.call('applications:create', { company: 'Initech', role: 'SRE' })
    const companies = Object.values(h.store.get().applications).map((app) => app.company)
    expect(companies.sort()).toEqual(['Acme', 'Initech'])
  })

  it('leaves an earlier export at the chosen path whole when a new export fails', async () => {
    await h.call('applications:create', { company: 'Acme', role: 'Engineer' })
    const target = join(h.dir, 'export.json')
    h.dialogs.savePaths.push(target)
    await h.call('data:exportJson')
    const earlier = readFileSync(target, 'utf8')
    expect(JSON.parse(earlier)).toMatchObject({ applications: expect.any(Object) })

    writeFailures.fail(h.dir, 'ENOSPC')
    h.dialogs.savePaths.push(target)
    const result = await h.invoke('data:exportJson')
    writeFailures.clear()
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } })
    expect(!result.ok && result.error.message).toBe(
      'export.json could not be written (the disk is full). Any earlier file of that name was left as it was.'
    )
    expect(readFileSync(target, 'utf8')).toBe(earlier)
    expect(readdirSync(h.dir).filter((name) => name.startsWith('export.json.tmp-'))).toEqual([])
  })

  it('a first export that fails leaves no partial file behind', async () => {
    const target = join(h.dir, 'first.csv')
    writeFileSync(join(h.dir, 'unrelated.txt'), 'x')
    writeFailures.fail(h.dir, 'ENOSPC')
    h.dialogs.savePaths.push(target)
    const result = await h.invoke('data:exportCsv', { what: 'applications' })
    writeFailures.clear()
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } })
    expect(existsSync(target)).toBe(false)
  })
})
