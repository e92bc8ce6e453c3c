/**
 * Crash test: a child process writes through the store and prints each acknowledged id; it is killed with
 * SIGKILL at random moments (mostly while writing, sometimes while still opening) 200 times in all. After each
 * kill the store must open without recovery, the snapshot must parse, every acknowledged write must be there and
 * every two-record batch must be all or none. Two lanes with their own folders run side by side (2 cores).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openJournalStore } from './index'
import { SNAPSHOT_FILE } from './startup'
import { makeTempDir, removeTempDirs } from '../../../test/main/store/test-helpers'

const here = fileURLToPath(new URL('.', import.meta.url))
const repoRoot = resolve(here, '../../..')
const CHILD = join(repoRoot, 'test/main/store/crash-child.ts')
const KILLS = 200
const LANES = 2

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL')
  await removeTempDirs()
})

/** Seeded so a failure can be reproduced; the seed is in the failure message. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
}

interface WarmChild {
  child: ChildProcessWithoutNullStreams
  /** Resolves once the child has loaded its modules and waits for "go" (it has not touched the folder yet). */
  loaded: Promise<void>
  exited: Promise<{ out: string; err: string; signal: NodeJS.Signals | null; code: number | null }>
}

const running = new Set<ChildProcessWithoutNullStreams>()

/**
 * Starts a child early so its start-up (tsx, zod) overlaps the previous child's run. `--require tsx/cjs` is
 * tsx's in-thread CommonJS hook: the same transpiler as `--import tsx`, without the off-thread ESM loader that
 * makes each start ~40% slower, which matters 200 times over on 2 cores.
 */
function startChild(dir: string, run: number): WarmChild {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', CHILD, dir, String(run)], { cwd: repoRoot })
  running.add(child)
  let out = ''
  let err = ''
  let markLoaded: () => void = () => undefined
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve))
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString()
    if (out.startsWith('loaded\n')) markLoaded()
  })
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<{
    out: string
    err: string
    signal: NodeJS.Signals | null
    code: number | null
  }>((resolve) =>
    child.on('exit', (code, signal) => {
      running.delete(child)
      markLoaded()
      resolve({ out, err, signal, code })
    })
  )
  return { child, loaded, exited }
}

/** Lets a warm child open the store, kills it after a random delay, and returns the ids it acknowledged. */
async function goAndKill({ child, loaded, exited }: WarmChild, random: () => number): Promise<string[]> {
  await loaded
  const kill = () => child.kill('SIGKILL')
  if (random() < 0.1) {
    setTimeout(kill, random() * 20) // while opening: reading, truncating, writing the first snapshot
  } else {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) setTimeout(kill, random() * 60)
    })
  }
  child.stdin.write('go\n')
  const { out, err, signal, code } = await exited
  if (signal !== 'SIGKILL') throw new Error(`child exited with ${code}: ${err}`)
  const complete = out.slice(0, out.lastIndexOf('\n') + 1)
  return complete
    .split('\n')
    .filter((line) => line.startsWith('ack '))
    .map((line) => line.slice(4))
}

async function lane(lane: number, kills: number): Promise<number> {
  const dir = await makeTempDir()
  const random = seededRandom(1000 + lane)
  const acknowledged: string[] = []
  const warm = [startChild(dir, 0), startChild(dir, 1)] // two children warming up ahead
  for (let run = 0; run < kills; run++) {
    const next = warm.shift()
    if (!next) break
    if (run + warm.length + 1 < kills) warm.push(startChild(dir, run + warm.length + 1))
    acknowledged.push(...(await goAndKill(next, random)))
    const context = `lane ${lane}, run ${run}`
    JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8').catch(() => '{}')) // the snapshot parses
    const store = await openJournalStore({ dir })
    expect(store.startup.status, context).not.toBe('recovered')
    const notes = store.get().notes
    const missing = acknowledged.filter((id) => notes[id] === undefined)
    expect(missing, context).toEqual([])
    for (const id of Object.keys(notes)) {
      const [prefix = '', index = '0'] = id.split(/-(?=\d+$)/)
      const partner = `${prefix}-${Number(index) ^ 1}` // batches are (0,1), (2,3), ...
      expect(notes[partner], `${context}: ${id} was saved without ${partner}`).toBeDefined()
    }
    await store.close()
  }
  return acknowledged.length
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs`, { timeout: 150_000 }, async () => {
    const counts = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i, KILLS / LANES)))
    // The children did real work, so the kills landed among writes rather than only at start-up.
    expect(counts.every((count) => count > 100)).toBe(true)
  })
})
