import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/ipc/result'
import { storageCode, storageError, storageReason } from './storage-errors'

const errno = (code: unknown) => Object.assign(new Error('x'), { code })

describe('storage errors', () => {
  it.each([
    ['ENOSPC', 'the disk is full', 'Free some space on the disk, then try again.'],
    ['EDQUOT', 'the disk quota is used up', 'Free some space on the disk, then try again.'],
    ['EROFS', 'the disk is read-only', 'Choose a folder on a writable disk, or make this one writable.'],
    ['EACCES', 'Afterword is not allowed to write there', "Check the folder's permissions, then try again."],
    [
      'EPERM',
      'Afterword is not allowed to write there',
      "Check the folder's permissions (or whether another program holds the file), then try again."
    ]
  ])('%s is a storage error: what, why and what to do', (code, reason, advice) => {
    expect(storageCode(errno(code))).toBe(code)
    expect(storageReason(errno(code))).toBe(reason)
    const error = storageError(errno(code), 'The note')
    expect(error).toBeInstanceOf(AppError)
    expect(error?.code).toBe('storage')
    expect(error?.message).toBe(`The note was not saved because ${reason}. ${advice}`)
  })

  it('says "Your change" unless told what was not saved', () => {
    expect(storageError(errno('ENOSPC'))?.message).toMatch(
      /^Your change was not saved because the disk is full\./
    )
  })

  it('anything else is not a storage error', () => {
    for (const error of [
      errno('ENOENT'),
      errno(28),
      errno('toString'),
      new Error('ENOSPC'),
      null,
      undefined,
      'EROFS'
    ]) {
      expect(storageCode(error)).toBeUndefined()
      expect(storageReason(error)).toBeUndefined()
      expect(storageError(error)).toBeNull()
    }
  })
})
