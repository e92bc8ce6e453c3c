/**
 * Child process for crash.test.ts. It loads its modules, prints `loaded`, waits for a line on stdin (so the test
 * can start it early, while the previous child is still running), then opens the store in argv[2] and writes
 * until it is killed. For every batch it prints `begin <id>` per record just before handing it to apply(), and
 * `ack <id>` per record once apply() has resolved: a `begin` with no `ack` is a write in flight. stdout to a pipe
 * is synchronous on Linux, so what was printed happened before the process could be killed.
 * Run with `node --require tsx/cjs` (or `--import tsx`).
 */
import { once } from 'node:events'
import { openJournalStore } from '../../../electron/main/store/index'
import { note } from './test-helpers'

async function main(): Promise<void> {
  const [dir, run = '0'] = process.argv.slice(2)
  if (!dir) throw new Error('usage: crash-child.ts <dir> <run>')
  process.stdout.write('loaded\n')
  await once(process.stdin, 'data')
  // A tiny compaction threshold so kills also land during snapshot writes and log rewrites.
  const store = await openJournalStore({ dir, compactLogAfterBytes: 4 * 1024 })
  process.stdout.write(`ready ${store.startup.status}\n`)
  let next = 0
  const writeOne = async (): Promise<void> => {
    for (;;) {
      const ids = [`r${run}-${next++}`, `r${run}-${next++}`] // a batch of two: all or none
      process.stdout.write(ids.map((id) => `begin ${id}\n`).join(''))
      await store.apply(
        ids.map((id) => ({ type: 'put', collection: 'notes', record: note(id, `note ${id}`) }))
      )
      process.stdout.write(ids.map((id) => `ack ${id}\n`).join(''))
      if (next % 100 === 0) await store.backupNow('crash-test')
    }
  }
  await Promise.all([writeOne(), writeOne(), writeOne()])
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
