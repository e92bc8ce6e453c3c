/**
 * Opening the data folder at start: take its lock (one writer per folder, see lock.ts), then open the journal.
 * A folder Afterword cannot write to (a read-only disk, no permission: the lock file cannot even be created) opens
 * the journal read-only instead of failing to start; there is then no lock, since a reader that never writes cannot
 * harm another Afterword's journal. A folder that does not exist and cannot be created still fails (nothing to open).
 */
import { mkdir } from 'node:fs/promises'
import { readOnlyCode } from '../storage-errors'
import { openJournalStore, type JournalStore, type OpenJournalStoreOptions } from './index'
import { acquireDataFolderLock, type DataFolderLock, type LockOptions } from './lock'

export interface OpenedDataFolder {
  store: JournalStore
  /** Null when the journal is open read-only because the lock could not be written. */
  lock: DataFolderLock | null
}

export async function openDataFolder(
  options: Omit<OpenJournalStoreOptions, 'readOnlyBecause'> & { lock?: LockOptions }
): Promise<OpenedDataFolder> {
  const { lock: lockOptions, ...storeOptions } = options
  await mkdir(options.dir, { recursive: true })
  let lock: DataFolderLock | null = null
  let readOnlyBecause: string | undefined
  try {
    lock = await acquireDataFolderLock(options.dir, lockOptions)
  } catch (error) {
    readOnlyBecause = readOnlyCode(error)
    if (!readOnlyBecause) throw error
  }
  try {
    return { store: await openJournalStore({ ...storeOptions, readOnlyBecause }), lock }
  } catch (error) {
    await lock?.release() // the caller never got it, so it cannot release it
    throw error
  }
}
