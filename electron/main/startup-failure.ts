/**
 * A start that fails is caught in one place: the user gets a native error dialog saying what happened and what to
 * do, then the app cleans up (closes the store, releases the data-folder lock) and exits. Without this, a journal
 * from a newer version, a read-only folder or a journal too large to read ended in an unhandled rejection: no
 * window, no message, and the single-instance lock still held, so starting the app again did nothing.
 *
 * A journal folder that exists but cannot be written no longer ends here: it opens read-only with a banner
 * (store/open-folder.ts). A storage error here is a folder that cannot be created, or a full disk.
 */
import { NewerVersionError } from '../../shared/model/migrations'
import { storageCode, storageReason } from './storage-errors'
import { DataFolderLockedError } from './store/lock'

export interface StartupProblem {
  title: string
  message: string
}

const TOO_LARGE = new Set(['ERR_STRING_TOO_LONG', 'ERR_FS_FILE_TOO_LARGE', 'ERR_BUFFER_TOO_LARGE'])

function isTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && TOO_LARGE.has(code)) return true
  return error instanceof RangeError && /string length|buffer/i.test(error.message)
}

/** What went wrong at start-up and what the user can do, in plain words. */
export function describeStartupFailure(error: unknown, dataDir?: string): StartupProblem {
  const folder = dataDir ? ` (${dataDir})` : ''
  if (error instanceof NewerVersionError) {
    return {
      title: 'This journal needs a newer Afterword',
      message: `This journal was written by a newer Afterword (file format ${error.fileVersion}). Update the app to open it; your data is untouched.`
    }
  }
  if (error instanceof DataFolderLockedError) {
    return { title: 'The journal is already open', message: error.message }
  }
  if (storageCode(error)) {
    return {
      title: 'Afterword cannot use its journal folder',
      message:
        `Afterword cannot open its journal folder${folder} because ${storageReason(error)}. ` +
        'Make the folder writable (or free some space), or move the journal to another folder, then start ' +
        'Afterword again. Nothing was changed.'
    }
  }
  if (isTooLarge(error)) {
    return {
      title: 'The journal is too large to open',
      message:
        `The journal file${folder} is too large for Afterword to read. Nothing was changed. Move the file out of ` +
        'the folder to start with a new journal, or restore a backup from the backups folder.'
    }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return {
    title: 'Afterword could not start',
    message: `Afterword could not start: ${detail} Nothing was deleted. Please try again; if it keeps happening, report it.`
  }
}

export interface StartupFailureHandling {
  /** A native dialog (Electron's dialog.showErrorBox). */
  showError(title: string, message: string): void
  /** Closes what was opened and releases the data-folder lock. Errors here are logged, never shown. */
  cleanup(): Promise<void> | void
  exit(code: number): void
  log?(message: string, error: unknown): void
  dataDir?: () => string | undefined
}

/** Runs `start`; on failure explains, cleans up and exits with code 1. Resolves true when the start succeeded. */
export async function startOrExplain(
  start: () => Promise<void>,
  handling: StartupFailureHandling
): Promise<boolean> {
  try {
    await start()
    return true
  } catch (error) {
    handling.log?.('Afterword could not start:', error)
    const problem = describeStartupFailure(error, handling.dataDir?.())
    try {
      handling.showError(problem.title, problem.message)
    } catch (dialogError) {
      handling.log?.('The error dialog could not be shown:', dialogError)
    }
    try {
      await handling.cleanup()
    } catch (cleanupError) {
      handling.log?.('Cleaning up after the failed start failed:', cleanupError)
    }
    handling.exit(1)
    return false
  }
}
