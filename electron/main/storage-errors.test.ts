import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/ipc/result'
import {
  fileReason,
  readOnlyCode,
  readOnlyNotice,
  readOnlyRefusal,
  storageCode,
  storageError,
  storageReason
} from './storage-errors'

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

describe('read-only storage', () => {
  it('EROFS, EACCES and EPERM mean the folder cannot be written; a full disk or anything else does not', () => {
    expect(['EROFS', 'EACCES', 'EPERM'].map((code) => readOnlyCode(errno(code)))).toEqual([
      'EROFS',
      'EACCES',
      'EPERM'
    ])
    for (const error of [errno('ENOSPC'), errno('EDQUOT'), errno('ENOENT'), errno('hasOwnProperty'), null])
      expect(readOnlyCode(error)).toBeUndefined()
  })

  it('the banner says why, what it means and what to do', () => {
    expect(readOnlyNotice('EROFS')).toBe(
      'Afterword cannot write to the journal folder because the disk is read-only, so your journal is open ' +
        'read-only: you can read everything, but no change and no backup can be saved. Make the disk writable, ' +
        'or move the journal folder to a writable disk, then restart Afterword.'
    )
    expect(readOnlyNotice('EACCES')).toMatch(
      /because Afterword is not allowed to write there, .* Check the journal folder's permissions, then restart Afterword\.$/
    )
    expect(readOnlyNotice('EPERM')).toMatch(
      /\(or whether another program holds its files\), then restart Afterword\.$/
    )
  })

  it('a refused change is a storage error that says nothing was changed', () => {
    const refusal = readOnlyRefusal('EACCES')
    expect(refusal).toBeInstanceOf(AppError)
    expect(refusal.code).toBe('storage')
    expect(refusal.message).toBe(
      'Your journal is read-only: Afterword is not allowed to write there. Nothing was changed.'
    )
    expect(readOnlyRefusal('EROFS', 'No backup was written.').message).toBe(
      'Your journal is read-only: the disk is read-only. No backup was written.'
    )
  })
})

describe('fileReason', () => {
  it('says why a file operation failed in a few words, never with the path the message carries', () => {
    const cases = [
      ['ENOENT', 'no such file or folder'],
      ['EACCES', 'permission denied'],
      ['EPERM', 'permission denied'],
      ['EISDIR', 'it is a folder'],
      ['ENOSPC', 'the disk is full'],
      ['EROFS', 'the disk is read-only'],
      ['EMFILE', 'EMFILE'],
      ['toString', 'toString']
    ]
    for (const [code, reason] of cases) expect(fileReason(errno(code))).toBe(reason)
    expect(fileReason(new Error("ENOENT: no such file, open '/home/me/secret.json'"))).toBe('unknown error')
    expect(fileReason(null)).toBe('unknown error')
  })
})
