/**
 * The data-folder lock's decisions in one process (lock.test.ts proves it across real processes): what counts as a
 * readable lock, a takeover racing another, a takeover guard left by a dead process, errors passed up rather than
 * taken as "no lock", and releases that never remove someone else's lock.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  acquireDataFolderLock,
  DataFolderLockedError,
  LOCK_FILE,
  processIsAlive,
  type LockInfo
} from './lock'
import { makeTempDir, removeTempDirs } from '../../../test/main/store/test-helpers'

const fault = vi.hoisted(() => ({ link: '', once: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const link = async (...args: Parameters<typeof real.link>) => {
    if (fault.link) {
      const code = fault.link
      if (fault.once) fault.link = ''
      throw Object.assign(new Error(`${code}: link failed`), { code })
    }
    return real.link(...args)
  }
  const mocked = { ...real, link }
  return { ...mocked, default: mocked }
})

afterAll(removeTempDirs)
beforeEach(() => void Object.assign(fault, { link: '', once: false }))

const lockText = (pid: number, extra: Partial<LockInfo> = {}) =>
  `${JSON.stringify({ pid, host: hostname(), startedAt: '2026-03-03T09:00:00.000Z', token: `t${pid}`, ...extra })}\n`
const STALE = 424242
const readLock = async (dir: string) => JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as LockInfo

describe('processIsAlive', () => {
  it('this process is alive; a pid far beyond any in use is not', () => {
    expect(processIsAlive(process.pid)).toBe(true)
    expect(processIsAlive(2 ** 22 + 12345)).toBe(false)
  })

  it('a process of another user (EPERM) is alive; any other error means gone', () => {
    const kill = vi.spyOn(process, 'kill')
    kill.mockImplementationOnce(() => {
      throw Object.assign(new Error('EPERM'), { code: 'EPERM' })
    })
    expect(processIsAlive(1234)).toBe(true)
    kill.mockImplementationOnce(() => {
      throw Object.assign(new Error('ESRCH'), { code: 'ESRCH' })
    })
    expect(processIsAlive(1234)).toBe(false)
    kill.mockRestore()
  })
})

describe('what counts as a readable lock', () => {
  it.each([
    ['pid as text', { pid: '1' }],
    ['no host', { host: undefined }],
    ['start time as a number', { startedAt: 5 }],
    ['no token', { token: undefined }]
  ])('a lock with %s is unreadable: refused with the way out, never taken over', async (_, extra) => {
    const dir = await makeTempDir()
    const text = JSON.stringify({ ...JSON.parse(lockText(STALE)), ...extra })
    await writeFile(join(dir, LOCK_FILE), text)
    const error = await acquireDataFolderLock(dir, { isAlive: () => false }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataFolderLockedError)
    expect((error as DataFolderLockedError).holder).toBeNull()
    expect((error as Error).name).toBe('DataFolderLockedError')
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(text)
  })

  it('a lock of JSON null is unreadable too', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, LOCK_FILE), 'null')
    const error = await acquireDataFolderLock(dir).catch((e: unknown) => e)
    expect((error as DataFolderLockedError).holder).toBeNull()
  })
})

describe('errors are passed up, never taken as "no lock"', () => {
  it('a lock path that cannot be read (a folder) fails the start with that error', async () => {
    const dir = await makeTempDir()
    await mkdir(join(dir, LOCK_FILE))
    fault.link = 'EEXIST'
    await expect(acquireDataFolderLock(dir)).rejects.toMatchObject({ code: 'EISDIR' })
  })

  it('a failure to create the lock other than "it exists" is passed up, and leaves no temp file', async () => {
    const dir = await makeTempDir()
    fault.link = 'EPERM'
    await expect(acquireDataFolderLock(dir)).rejects.toMatchObject({ code: 'EPERM' })
    expect(await readdir(dir)).toEqual([])
  })
})

describe('a lock that goes away while being read', () => {
  it('is tried again, and then taken', async () => {
    const dir = await makeTempDir()
    // The lock "exists" when creating it, and is gone when it is read: the other process has just released it.
    Object.assign(fault, { link: 'EEXIST', once: true })
    const lock = await acquireDataFolderLock(dir)
    expect((await readLock(dir)).pid).toBe(process.pid)
    await lock.release()
  })
})

describe('taking over a stale lock', () => {
  it('leaves no temp or guard file behind', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, LOCK_FILE), lockText(STALE))
    const lock = await acquireDataFolderLock(dir, { isAlive: (pid) => pid !== STALE })
    expect(await readdir(dir)).toEqual([LOCK_FILE])
    expect((await readLock(dir)).pid).toBe(process.pid)
    await lock.release()
    expect(await readdir(dir)).toEqual([])
  })

  it('does not remove a lock that changed while it was being judged (another process took over first)', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, LOCK_FILE), lockText(STALE))
    const winner = 777
    const isAlive = (pid: number) => {
      if (pid === STALE) {
        writeFileSync(join(dir, LOCK_FILE), lockText(winner)) // the other process's fresh lock lands now
        return false
      }
      return true
    }
    const error = await acquireDataFolderLock(dir, { isAlive }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataFolderLockedError)
    expect((error as DataFolderLockedError).holder?.pid).toBe(winner)
    expect((await readLock(dir)).pid).toBe(winner)
  })

  it('waits out another live takeover (its guard), then gives up with the holder named', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, LOCK_FILE), lockText(STALE))
    await writeFile(join(dir, `${LOCK_FILE}.takeover`), lockText(process.pid))
    const error = await acquireDataFolderLock(dir, { isAlive: (pid) => pid !== STALE }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(DataFolderLockedError)
    expect((error as DataFolderLockedError).holder?.pid).toBe(STALE)
    expect((await readLock(dir)).pid).toBe(STALE)
  })

  it('removes a takeover guard left by a dead process, then takes over', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, LOCK_FILE), lockText(STALE))
    await writeFile(join(dir, `${LOCK_FILE}.takeover`), lockText(STALE + 1))
    const lock = await acquireDataFolderLock(dir, { isAlive: (pid) => pid < STALE })
    expect((await readLock(dir)).pid).toBe(process.pid)
    expect(await readdir(dir)).toEqual([LOCK_FILE])
    await lock.release()
  })

  it('a guard from another computer is never removed', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, LOCK_FILE), lockText(STALE))
    await writeFile(join(dir, `${LOCK_FILE}.takeover`), lockText(STALE + 1, { host: 'elsewhere' }))
    await expect(acquireDataFolderLock(dir, { isAlive: () => false })).rejects.toBeInstanceOf(
      DataFolderLockedError
    )
    expect(await readdir(dir)).toContain(`${LOCK_FILE}.takeover`)
  })
})

describe('release', () => {
  it('is harmless when the lock is already gone, and does not remove a later lock', async () => {
    const dir = await makeTempDir()
    const lock = await acquireDataFolderLock(dir)
    await rm(join(dir, LOCK_FILE))
    await expect(lock.release()).resolves.toBeUndefined()
    lock.releaseSync()
    // A released lock stays released, even if its very content turned up again.
    const text = `${JSON.stringify(lock.info)}\n`
    await writeFile(join(dir, LOCK_FILE), text)
    await lock.release()
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(text)
    lock.releaseSync()
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(text)
  })
})
