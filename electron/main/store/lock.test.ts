/**
 * The data-folder lock, proven with real processes: a second writer is refused while the first runs, a lock left
 * by a killed process is taken over, two processes starting on one stale lock end with exactly one owner, and a
 * lock is only ever removed by its owner.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { acquireDataFolderLock, DataFolderLockedError, LOCK_FILE, type LockInfo } from './lock'
import { makeTempDir, removeTempDirs } from '../../../test/main/store/test-helpers'

const here = fileURLToPath(new URL('.', import.meta.url))
const repoRoot = resolve(here, '../../..')
const CHILD = join(repoRoot, 'test/main/store/lock-child.ts')
const running = new Set<ChildProcessWithoutNullStreams>()

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL')
  await removeTempDirs()
})

interface Child {
  process: ChildProcessWithoutNullStreams
  /** The first line the child prints: whether it got the lock. */
  verdict: Promise<{ ok: boolean; pid?: number; message?: string }>
  exited: Promise<string>
}

function startChild(dir: string): Child {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', CHILD, dir], { cwd: repoRoot })
  // A child refused the lock exits by itself: telling it to release then meets a closed pipe (EPIPE), harmlessly.
  child.stdin.on('error', () => undefined)
  running.add(child)
  let out = ''
  let err = ''
  const verdict = new Promise<{ ok: boolean; pid?: number; message?: string }>((resolveVerdict, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split('\n')[0]
      if (out.includes('\n') && line) resolveVerdict(JSON.parse(line) as { ok: boolean })
    })
    child.on('exit', () => reject(new Error(`child exited before answering: ${err}`)))
  })
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<string>((resolveExit) =>
    child.on('exit', () => {
      running.delete(child)
      resolveExit(out)
    })
  )
  return { process: child, verdict, exited }
}

/** A pid that certainly ran on this machine and has exited. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8'
  })
  return Number(run.stdout)
}

async function writeStaleLock(dir: string, pid: number): Promise<string> {
  const info: LockInfo = { pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', token: 'stale' }
  const text = `${JSON.stringify(info)}\n`
  await writeFile(join(dir, LOCK_FILE), text)
  return text
}

describe('data-folder lock across processes', () => {
  it('refuses a second writer while the first runs, and lets it in once the first has released', async () => {
    const dir = await makeTempDir()
    const first = startChild(dir)
    expect((await first.verdict).ok).toBe(true)
    const second = startChild(dir)
    const refused = await second.verdict
    expect(refused.ok).toBe(false)
    expect(refused.message).toMatch(/already in use by another Afterword/)
    expect(refused.message).toContain(`process ${(await first.verdict).pid} on this computer`)
    await second.exited

    first.process.stdin.write('release\n')
    expect(await first.exited).toContain('released')
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
    const third = startChild(dir)
    expect((await third.verdict).ok).toBe(true)
    third.process.stdin.write('release\n')
    await third.exited
  }, 60_000)

  it('takes over the lock of a process that was killed', async () => {
    const dir = await makeTempDir()
    const first = startChild(dir)
    const { pid } = await first.verdict
    first.process.kill('SIGKILL')
    await first.exited
    const lock = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as LockInfo
    expect(lock.pid).toBe(pid) // left behind by the killed process

    const second = startChild(dir)
    const verdict = await second.verdict
    expect(verdict.ok).toBe(true)
    const taken = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as LockInfo
    expect(taken.pid).toBe(verdict.pid)
    second.process.stdin.write('release\n')
    await second.exited
  }, 60_000)

  it('gives a stale lock to exactly one of two processes starting at once', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = await makeTempDir()
      await writeStaleLock(dir, deadPid())
      const racers = [startChild(dir), startChild(dir)]
      const verdicts = await Promise.all(racers.map((racer) => racer.verdict))
      expect(verdicts.filter((verdict) => verdict.ok)).toHaveLength(1)
      const winner = verdicts.find((verdict) => verdict.ok)
      const lock = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as LockInfo
      expect(lock.pid).toBe(winner?.pid)
      for (const racer of racers) racer.process.stdin.write('release\n')
      await Promise.all(racers.map((racer) => racer.exited))
    }
  }, 120_000)
})

describe('data-folder lock in one process', () => {
  it('writes pid, host and start time, and release removes only its own lock', async () => {
    const dir = await makeTempDir()
    const lock = await acquireDataFolderLock(dir, { now: () => new Date('2026-03-03T10:00:00Z') })
    const info = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as LockInfo
    expect(info).toMatchObject({ pid: process.pid, host: hostname(), startedAt: '2026-03-03T10:00:00.000Z' })
    // Someone replaced the lock (e.g. took it over after judging us dead): our release must not remove theirs.
    await writeStaleLock(dir, 1)
    await lock.release()
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true)
  })

  it('releases synchronously on the way out, and a second release is harmless', async () => {
    const dir = await makeTempDir()
    const lock = await acquireDataFolderLock(dir)
    lock.releaseSync()
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
    const again = await acquireDataFolderLock(dir)
    lock.releaseSync()
    await lock.release()
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true) // the new owner's lock stays
    await again.release()
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
  })

  it('never takes over a lock held on another computer, and names that computer', async () => {
    const dir = await makeTempDir()
    const info: LockInfo = {
      pid: 1,
      host: 'laptop-at-home',
      startedAt: '2026-03-03T09:00:00.000Z',
      token: 't'
    }
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(info))
    const error = await acquireDataFolderLock(dir, { isAlive: () => false }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataFolderLockedError)
    expect((error as Error).message).toContain('the computer "laptop-at-home"')
    expect((error as Error).message).toContain('started 2026-03-03T09:00:00.000Z')
  })

  it('refuses an unreadable lock with a way out, and takes over one whose process is gone', async () => {
    const dir = await makeTempDir()
    await writeFile(join(dir, LOCK_FILE), 'not json')
    const error = await acquireDataFolderLock(dir).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/cannot read\. If no other Afterword .* delete that file/)

    await writeStaleLock(dir, 424242)
    const lock = await acquireDataFolderLock(dir, { isAlive: (pid) => pid !== 424242 })
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid })
    await lock.release()
  })

  it('a lock held by a live process on this computer is not taken over', async () => {
    const dir = await makeTempDir()
    await writeStaleLock(dir, 424242)
    const error = await acquireDataFolderLock(dir, { isAlive: () => true }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataFolderLockedError)
    expect((error as DataFolderLockedError).holder?.pid).toBe(424242)
    expect((error as Error).message).toContain('process 424242 on this computer')
  })
})
