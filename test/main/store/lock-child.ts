/**
 * Child process for lock.test.ts: takes the data-folder lock on argv[2], prints one JSON line
 * (`{"ok":true,"pid":N}` or `{"ok":false,"message":"..."}`), then, if it holds the lock, keeps it until a line
 * arrives on stdin (then releases it and prints `released`) or until it is killed.
 * Run with `node --require tsx/cjs`.
 */
import { once } from 'node:events'
import { acquireDataFolderLock } from '../../../electron/main/store/lock'

async function main(): Promise<void> {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: lock-child.ts <dir>')
  let lock
  try {
    lock = await acquireDataFolderLock(dir)
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ ok: false, message: (error as Error).message })}\n`)
    return
  }
  process.stdout.write(`${JSON.stringify({ ok: true, pid: process.pid })}\n`)
  await once(process.stdin, 'data')
  await lock.release()
  process.stdout.write('released\n')
  process.exit(0)
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
