/**
 * Journal store benchmark at a heavy user's size (scripts/fixtures/heavy-journal.ts), in a temp folder.
 * - store.load_ms: cold open (read, checksum, structural check, log replay) in a fresh process.
 * - store.load_full_validation_ms: the same file without a checksum (hand-edited or imported), so zod validates it all.
 * - store.edit_durable_ms_p50 / _p95: one edit (a note put) until apply() resolves, i.e. fdatasynced; 200 edits.
 * - store.snapshot_write_ms: one full snapshot (serialise, checksum, temp, fsync, rename): the background cost
 *   of a compaction or a backup, and what every edit would cost without the change log.
 * - store.file_mb, store.rss_mb (resident memory of the fresh process after the open).
 * Usage: node --import tsx scripts/bench/store.ts   (the `--load <dir>` form is its own fresh-process child)
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openJournalStore } from '../../electron/main/store/index'
import { encodeSnapshot } from '../../electron/main/store/snapshot'
import { SNAPSHOT_FILE } from '../../electron/main/store/startup'
import type { Note } from '../../shared/model/journal'
import { generateHeavyJournal } from '../fixtures/heavy-journal'

function emit(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}\n`)
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
}

/** Child mode: open the store once, print the time and the resident memory. */
async function loadOnce(dir: string): Promise<void> {
  const start = performance.now()
  const store = await openJournalStore({ dir })
  const ms = performance.now() - start
  const records = Object.keys(store.get().notes).length
  process.stdout.write(`${JSON.stringify({ ms, rssMb: process.memoryUsage().rss / 1e6, records })}\n`)
  await store.close()
}

function loadInFreshProcess(dir: string): { ms: number; rssMb: number } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--load', dir], {
    encoding: 'utf8'
  })
  if (run.status !== 0) throw new Error(`load child failed: ${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; rssMb: number }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-bench-'))
  const plainDir = mkdtempSync(join(tmpdir(), 'afterword-bench-plain-'))
  try {
    const journal = generateHeavyJournal()
    writeFileSync(join(dir, SNAPSHOT_FILE), encodeSnapshot(journal, 0, new Date()))
    writeFileSync(join(plainDir, SNAPSHOT_FILE), JSON.stringify(journal))
    emit('store.file_mb', statSync(join(dir, SNAPSHOT_FILE)).size / 1e6, 'MB')

    loadInFreshProcess(dir) // first open writes the daily backup; measure the next, ordinary start
    const loads = [loadInFreshProcess(dir), loadInFreshProcess(dir), loadInFreshProcess(dir)]
    const loadMs = loads.map((load) => load.ms).sort((a, b) => a - b)
    emit('store.load_ms', percentile(loadMs, 50), 'ms')
    emit('store.rss_mb', Math.max(...loads.map((load) => load.rssMb)), 'MB')
    emit('store.load_full_validation_ms', loadInFreshProcess(plainDir).ms, 'ms')

    const store = await openJournalStore({ dir })
    const noteIds = Object.keys(store.get().notes)
    const times: number[] = []
    for (let i = 0; i < 200; i++) {
      const id = noteIds[(i * 7919) % noteIds.length] ?? 'note-0'
      const record: Note = {
        ...(store.get().notes[id] as Note),
        text: `Edited note ${i}`,
        updatedAt: new Date().toISOString()
      }
      const start = performance.now()
      await store.apply([{ type: 'put', collection: 'notes', record }])
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    emit('store.edit_durable_ms_p50', percentile(times, 50), 'ms')
    emit('store.edit_durable_ms_p95', percentile(times, 95), 'ms')

    const snapshotStart = performance.now()
    await store.backupNow('bench')
    emit('store.snapshot_write_ms', performance.now() - snapshotStart, 'ms')
    await store.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
    rmSync(plainDir, { recursive: true, force: true })
  }
}

const loadIndex = process.argv.indexOf('--load')
const loadDir = loadIndex === -1 ? undefined : process.argv[loadIndex + 1]
;(loadDir ? loadOnce(loadDir) : main()).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
