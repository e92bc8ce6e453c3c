/**
 * The change log on its own: how a failed append is cut back (and writing stops for good when even that fails),
 * which lines a read accepts (sequence continuity, JSON that is not an object, newer versions) and that read
 * errors other than "no such file" are passed up. File operations fail on demand through a wrapped fs.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { SCHEMA_VERSION } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import { ChangeLog, encodeLogLine, readChangeLog } from './change-log'
import { makeTempDir, note, removeTempDirs } from '../../../test/main/store/test-helpers'

const faults = vi.hoisted(() => ({
  write: false,
  datasync: false,
  truncate: false,
  short: false,
  code: 'EIO'
}))

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const eio = (what: string) =>
    Object.assign(new Error(`${faults.code}: i/o error, ${what}`), { code: faults.code })
  const open = async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args)
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'write' && faults.write) {
          // Half the line reaches the file, then the disk fails: the cut-back must remove it.
          return async (data: Buffer, offset: number, length: number) => {
            await target.write(data, offset, Math.ceil(length / 2))
            throw eio('write')
          }
        }
        if (property === 'write' && faults.short) {
          // A short write (the OS may take less than asked): at most 10 bytes per call.
          return (data: Buffer, offset: number, length: number) =>
            target.write(data, offset, Math.min(10, length))
        }
        if (property === 'datasync' && faults.datasync) return async () => Promise.reject(eio('datasync'))
        if (property === 'truncate' && faults.truncate) return async () => Promise.reject(eio('truncate'))
        const value: unknown = Reflect.get(target, property)
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
      }
    })
  }
  const mocked = { ...real, open }
  return { ...mocked, default: mocked }
})

afterAll(removeTempDirs)
beforeEach(() =>
  Object.assign(faults, { write: false, datasync: false, truncate: false, short: false, code: 'EIO' })
)

const put = (id: string): JournalOp[] => [{ type: 'put', collection: 'notes', record: note(id) }]
const line = (seq: number, id = `n${seq}`) => encodeLogLine(seq, put(id))

async function logFile(content: string): Promise<string> {
  const path = join(await makeTempDir(), 'journal.log')
  await writeFile(path, content)
  return path
}

describe('ChangeLog.append', () => {
  it('appends one line per batch, and sizes grow by its bytes', async () => {
    const path = await logFile('')
    const log = await ChangeLog.open(path, null)
    await log.append(1, put('a'))
    await log.append(2, put('b'))
    expect(await readFile(path, 'utf8')).toBe(line(1, 'a') + line(2, 'b'))
    expect(log.bytes).toBe(Buffer.byteLength(line(1, 'a') + line(2, 'b')))
    expect(log.lastSeq).toBe(2)
    await log.close()
  })

  it.each(['write', 'datasync'] as const)(
    'a failed %s is cut back: the file is as before, and later appends work',
    async (fault) => {
      const path = await logFile('')
      const log = await ChangeLog.open(path, null)
      await log.append(1, put('a'))
      faults[fault] = true
      await expect(log.append(2, put('b'))).rejects.toThrow(/EIO/)
      faults[fault] = false
      expect(await readFile(path, 'utf8')).toBe(line(1, 'a'))
      expect(log.lastSeq).toBe(1)
      expect(log.bytes).toBe(Buffer.byteLength(line(1, 'a')))
      await log.append(2, put('c'))
      expect(await readFile(path, 'utf8')).toBe(line(1, 'a') + line(2, 'c'))
      await log.close()
    }
  )

  it('stops writing for good when the cut-back fails too, with a storage error in plain words', async () => {
    const path = await logFile('')
    const log = await ChangeLog.open(path, null)
    await log.append(1, put('a'))
    faults.write = true
    faults.truncate = true
    await expect(log.append(2, put('b'))).rejects.toThrow(/EIO: i\/o error, write/)
    Object.assign(faults, { write: false, truncate: false })
    // The disk works again, but the file may hold half a line: nothing more may be appended after it.
    const refused = await log.append(3, put('c')).catch((error: unknown) => error)
    expect(refused).toMatchObject({
      code: 'storage',
      message:
        'Afterword can no longer save changes (EIO: i/o error, write). Nothing after your last saved change was ' +
        'kept. Please restart Afterword.'
    })
    await expect(log.append(3, put('c'))).rejects.toBe(refused)
    expect((await readFile(path, 'utf8')).startsWith(line(1, 'a'))).toBe(true)
    expect(log.lastSeq).toBe(1)
    await log.close()
  })

  it('says "the disk is full" when that is why the log stopped', async () => {
    const path = await logFile('')
    const log = await ChangeLog.open(path, null)
    Object.assign(faults, { write: true, truncate: true, code: 'ENOSPC' })
    await expect(log.append(1, put('a'))).rejects.toMatchObject({ code: 'ENOSPC' })
    Object.assign(faults, { write: false, truncate: false })
    await expect(log.append(1, put('a'))).rejects.toThrow(
      'Afterword can no longer save changes (the disk is full).'
    )
    await log.close()
  })

  it('a short write is continued until the whole line is on disk', async () => {
    const path = await logFile('')
    const log = await ChangeLog.open(path, null)
    expect(log.lastSeq).toBeUndefined()
    faults.short = true
    await log.append(1, put('a'))
    await log.append(2, put('b'))
    faults.short = false
    expect(await readFile(path, 'utf8')).toBe(line(1, 'a') + line(2, 'b'))
    await log.close()
  })

  it('open cuts off a torn tail, and keeps a clean file as it is', async () => {
    const torn = await logFile(line(1) + '{"seq":2,"v"')
    const log = await ChangeLog.open(torn, await readChangeLog(torn))
    expect(await readFile(torn, 'utf8')).toBe(line(1))
    expect(log.bytes).toBe(Buffer.byteLength(line(1)))
    await log.close()
    const clean = await logFile(line(1) + line(2))
    const again = await ChangeLog.open(clean, await readChangeLog(clean))
    expect(again.lastSeq).toBe(2)
    expect(await readFile(clean, 'utf8')).toBe(line(1) + line(2))
    await again.close()
  })

  it('dropThrough keeps only the lines after the snapshot, and appending goes on after them', async () => {
    const path = await logFile(line(1) + line(2) + line(3))
    const log = await ChangeLog.open(path, await readChangeLog(path))
    await log.dropThrough(1)
    expect(await readFile(path, 'utf8')).toBe(line(2) + line(3))
    expect(log.bytes).toBe(Buffer.byteLength(line(2) + line(3)))
    await log.append(4, put('n4'))
    expect(await readFile(path, 'utf8')).toBe(line(2) + line(3) + line(4))
    await log.close()
  })
})

describe('readChangeLog', () => {
  it('no file: null; any other read error is passed up, never taken as an empty log', async () => {
    const dir = await makeTempDir()
    expect(await readChangeLog(join(dir, 'missing.log'))).toBeNull()
    await mkdir(join(dir, 'a-folder.log'))
    await expect(readChangeLog(join(dir, 'a-folder.log'))).rejects.toMatchObject({ code: 'EISDIR' })
  })

  it('reads consecutive batches and reports the bytes they cover', async () => {
    const text = line(5) + line(6)
    const result = await readChangeLog(await logFile(text))
    expect(result?.lines.map((l) => l.seq)).toEqual([5, 6])
    expect(result?.lines[0]?.text).toBe(line(5))
    expect(result).toMatchObject({ validBytes: Buffer.byteLength(text), fileBytes: Buffer.byteLength(text) })
    expect(result?.corruption).toBeUndefined()
  })

  it('each line must follow the one just before it, however long the log', async () => {
    const result = await readChangeLog(await logFile(line(1) + line(2) + line(3) + line(4)))
    expect(result?.lines.map((l) => l.seq)).toEqual([1, 2, 3, 4])
  })

  it('a missing batch (a gap) at the end stops the read there', async () => {
    const result = await readChangeLog(await logFile(line(1) + line(2) + line(4)))
    expect(result?.lines.map((l) => l.seq)).toEqual([1, 2])
    expect(result?.validBytes).toBe(Buffer.byteLength(line(1) + line(2)))
    expect(result?.corruption).toBeUndefined()
  })

  it('a repeated batch followed by more is corruption, named by its line', async () => {
    const result = await readChangeLog(await logFile(line(1) + line(2) + line(2, 'again') + line(3)))
    expect(result?.lines.map((l) => l.seq)).toEqual([1, 2])
    expect(result?.corruption).toBe('Line 3 of the change log is damaged, and later changes follow it.')
  })

  it.each(['null', '42', '"text"', '[1,2]', 'true'])(
    'a line of valid JSON that is not a batch (%s) is damage',
    async (json) => {
      const result = await readChangeLog(await logFile(`${line(1)}${json}\n${line(2)}`))
      expect(result?.lines.map((l) => l.seq)).toEqual([1])
      expect(result?.corruption).toBe('Line 2 of the change log is damaged, and later changes follow it.')
    }
  )

  it.each([
    ['a seq that is not a whole number', { seq: 1.5, v: SCHEMA_VERSION, ops: [] }],
    ['a seq that is text', { seq: '1', v: SCHEMA_VERSION, ops: [] }],
    ['ops that are not a list', { seq: 1, v: SCHEMA_VERSION, ops: {} }],
    // Lines of an older format are replayed (migrated); a version below the first log format is not one.
    ['a version that never existed', { seq: 1, v: 0, ops: [] }],
    ['an op that is not valid', { seq: 1, v: SCHEMA_VERSION, ops: [{ type: 'explode' }] }]
  ])('%s is not accepted', async (_, value) => {
    const result = await readChangeLog(await logFile(`${JSON.stringify(value)}\n`))
    expect(result?.lines).toEqual([])
    expect(result?.validBytes).toBe(0)
  })

  it('a line from a newer version is reported as such', async () => {
    const newer = `${JSON.stringify({ seq: 2, v: SCHEMA_VERSION + 1, ops: [] })}\n`
    const result = await readChangeLog(await logFile(line(1) + newer))
    expect(result?.newerVersion).toBe(SCHEMA_VERSION + 1)
    expect(result?.lines.map((l) => l.seq)).toEqual([1])
  })

  it('a torn last line (no newline) is not counted, and is not corruption', async () => {
    const result = await readChangeLog(await logFile(line(1) + line(2).slice(0, -5)))
    expect(result?.lines.map((l) => l.seq)).toEqual([1])
    expect(result?.validBytes).toBe(Buffer.byteLength(line(1)))
    expect(result?.fileBytes).toBe(Buffer.byteLength(line(1) + line(2).slice(0, -5)))
    expect(result?.corruption).toBeUndefined()
  })
})
