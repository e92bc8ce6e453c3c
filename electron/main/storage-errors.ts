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

/** The codes that mean "this folder cannot be written" (a full disk is not one: freeing space fixes it). */
const READ_ONLY_ADVICE: Record<string, string> = {
  EROFS: 'Make the disk writable, or move the journal folder to a writable disk, then restart Afterword.',
  EACCES: "Check the journal folder's permissions, then restart Afterword.",
  EPERM:
    "Check the journal folder's permissions (or whether another program holds its files), then restart Afterword."
}

/** EROFS, EACCES or EPERM for an error that means the journal cannot be written at all; else undefined. */
export function readOnlyCode(error: unknown): string | undefined {
  const code = storageCode(error)
  return code && Object.hasOwn(READ_ONLY_ADVICE, code) ? code : undefined
}

/** The banner for a journal opened read-only because of `code` (from readOnlyCode): why, what it means, what to do. */
export function readOnlyNotice(code: string): string {
  return (
    `Afterword cannot write to the journal folder because ${STORAGE_REASONS[code]}, so your journal is open ` +
    `read-only: you can read everything, but no change and no backup can be saved. ${READ_ONLY_ADVICE[code]}`
  )
}

/** The answer to a change (or a backup) asked of a read-only journal; `what` ends it ("Nothing was changed."). */
export function readOnlyRefusal(code: string, what = 'Nothing was changed.'): AppError {
  return new AppError('storage', `Your journal is read-only: ${STORAGE_REASONS[code]}. ${what}`)
}

const FILE_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only'
}

/**
 * The OS's short reason for a failed file operation ("permission denied"), without the full path its message may
 * carry: for messages about a file the user chose (exports, invites) and the command-line tools' input files.
 */
export function fileReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return 'unknown error'
  return Object.hasOwn(FILE_REASONS, code) ? (FILE_REASONS[code] ?? code) : code
}
