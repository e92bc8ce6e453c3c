/**
 * Disk failures in plain words. A full disk, a read-only disk or a folder Afterword may not write to is not a bug in
 * the app and must not read as one ("Something went wrong in applications:create"): the router and the start-up
 * code turn these into a `storage` error that says what happened and what the user can do.
 */
import { AppError } from '../../shared/ipc/result'

const STORAGE_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EACCES: 'Afterword is not allowed to write there',
  EPERM: 'Afterword is not allowed to write there'
}

const STORAGE_ADVICE: Record<string, string> = {
  ENOSPC: 'Free some space on the disk, then try again.',
  EDQUOT: 'Free some space on the disk, then try again.',
  EROFS: 'Choose a folder on a writable disk, or make this one writable.',
  EACCES: "Check the folder's permissions, then try again.",
  EPERM: "Check the folder's permissions (or whether another program holds the file), then try again."
}

/** The errno code (ENOSPC ...) of a disk failure, or undefined for anything else. */
export function storageCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && Object.hasOwn(STORAGE_REASONS, code) ? code : undefined
}

/** "the disk is full" for a disk failure, else undefined. */
export function storageReason(error: unknown): string | undefined {
  const code = storageCode(error)
  return code ? STORAGE_REASONS[code] : undefined
}

/**
 * A disk failure as an AppError('storage') saying what was not saved, why, and what to do; null for any other error.
 * `what` completes "… was not saved", e.g. "Your change".
 */
export function storageError(error: unknown, what = 'Your change'): AppError | null {
  const code = storageCode(error)
  if (!code) return null
  return new AppError(
    'storage',
    `${what} was not saved because ${STORAGE_REASONS[code]}. ${STORAGE_ADVICE[code]}`
  )
}
