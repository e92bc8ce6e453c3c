/**
 * Atomic and durable file writes.
 *
 * Why not lowdb's JSONFile adapter (steno): steno writes `.<name>.tmp` and renames it over the file, but never
 * fsyncs the data or the folder. After a power cut the rename can be on disk while the data is not, which leaves
 * an empty or partial journal: exactly the loss this app must not have. Its temp name is also fixed, so two
 * writers (or a leftover from a crash) share one temp file. Here every write is: unique temp file, write, fsync,
 * rename over the target, fsync of the folder (so the rename itself is durable).
 */
import { randomBytes } from 'node:crypto'
import { open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

const TEMP_MARK = '.tmp-'
let tempCounter = 0

function tempPathFor(target: string): string {
  tempCounter++
  const unique = `${process.pid}-${tempCounter}-${randomBytes(4).toString('hex')}`
  return join(dirname(target), `${basename(target)}${TEMP_MARK}${unique}`)
}

/**
 * Makes a rename or file creation in `dir` durable. Windows cannot open a folder for fsync (NTFS journals the
 * rename itself), so it is skipped there. On macOS fsync does not flush the drive cache (F_FULLFSYNC is not
 * exposed by Node); this is the best Node offers.
 */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Creates `path` (which must not exist) holding `data`, synced to disk; a failed write leaves no file behind. */
export async function writeNewFileSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    await rm(path, { force: true }) // a full disk leaves a partial file
    throw error
  }
}

/** Writes `data` to `target` atomically (readers see the old or the new file, never a mix) and durably. */
export async function writeFileDurable(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target)
  await writeNewFileSynced(temp, data)
  try {
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await fsyncDir(dirname(target))
}

/** Removes temp files a crash left behind in `dir` for targets whose name passes `isOurs`. */
export async function removeStaleTempFiles(dir: string, isOurs: (target: string) => boolean): Promise<void> {
  const stale = (await readdir(dir)).filter((entry) => {
    const mark = entry.lastIndexOf(TEMP_MARK)
    return mark > 0 && isOurs(entry.slice(0, mark))
  })
  await Promise.all(stale.map((entry) => rm(join(dir, entry), { force: true })))
}
