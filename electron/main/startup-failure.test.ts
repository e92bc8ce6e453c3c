import { describe, expect, it } from 'vitest'
import { NewerVersionError } from '../../shared/model/migrations'
import { describeStartupFailure, startOrExplain, type StartupFailureHandling } from './startup-failure'
import { DataFolderLockedError } from './store/lock'

const errno = (code: string) => Object.assign(new Error(`${code}: something, open '/x'`), { code })

describe('describeStartupFailure', () => {
  it('a newer journal: update the app, the data is untouched', () => {
    expect(describeStartupFailure(new NewerVersionError(99))).toEqual({
      title: 'This journal needs a newer Afterword',
      message:
        'This journal was written by a newer Afterword (file format 99). Update the app to open it; your data is untouched.'
    })
  })

  it('a folder in use: the lock error speaks for itself', () => {
    const locked = new DataFolderLockedError('/data', {
      pid: 7,
      host: 'other-host',
      startedAt: '2026-03-03T09:00:00.000Z',
      token: 't'
    })
    expect(describeStartupFailure(locked)).toEqual({
      title: 'The journal is already open',
      message: locked.message
    })
  })

  it.each([
    ['EROFS', 'the disk is read-only'],
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'Afterword is not allowed to write there'],
    ['EPERM', 'Afterword is not allowed to write there']
  ])('%s: says which folder and why, and what to do', (code, reason) => {
    const problem = describeStartupFailure(errno(code), '/home/me/journal')
    expect(problem.title).toBe('Afterword cannot use its journal folder')
    expect(problem.message).toBe(
      `Afterword cannot open its journal folder (/home/me/journal) because ${reason}. Make the folder writable ` +
        '(or free some space), or move the journal to another folder, then start Afterword again. Nothing was changed.'
    )
  })

  it('a journal too large to read, by code or as a RangeError', () => {
    for (const error of [errno('ERR_STRING_TOO_LONG'), new RangeError('Invalid string length')]) {
      const problem = describeStartupFailure(error, '/j')
      expect(problem.title).toBe('The journal is too large to open')
      expect(problem.message).toMatch(
        /^The journal file \(\/j\) is too large for Afterword to read\. Nothing was changed\./
      )
    }
    expect(describeStartupFailure(new RangeError('Maximum call stack size exceeded')).title).toBe(
      'Afterword could not start'
    )
  })

  it('anything else: the error, and that nothing was deleted', () => {
    expect(describeStartupFailure(new Error('Boom.'))).toEqual({
      title: 'Afterword could not start',
      message:
        'Afterword could not start: Boom. Nothing was deleted. Please try again; if it keeps happening, report it.'
    })
    expect(describeStartupFailure('text').message).toContain('could not start: text ')
  })
})

describe('startOrExplain', () => {
  function recorder(overrides: Partial<StartupFailureHandling> = {}) {
    const steps: string[] = []
    const handling: StartupFailureHandling = {
      showError: (title) => void steps.push(`dialog: ${title}`),
      cleanup: () => void steps.push('cleanup'),
      exit: (code) => void steps.push(`exit ${code}`),
      log: (message) => void steps.push(`log: ${message}`),
      dataDir: () => '/data',
      ...overrides
    }
    return { steps, handling }
  }

  it('a good start: nothing shown, nothing cleaned, no exit', async () => {
    const { steps, handling } = recorder()
    expect(await startOrExplain(async () => undefined, handling)).toBe(true)
    expect(steps).toEqual([])
  })

  it('a failed start: logged, a dialog, then clean-up, then exit 1, in that order', async () => {
    const { steps, handling } = recorder()
    const started = await startOrExplain(() => Promise.reject(errno('EROFS')), handling)
    expect(started).toBe(false)
    expect(steps).toEqual([
      'log: Afterword could not start:',
      'dialog: Afterword cannot use its journal folder',
      'cleanup',
      'exit 1'
    ])
  })

  it('still cleans up and exits when the dialog or the clean-up fails', async () => {
    const { steps, handling } = recorder({
      showError: () => {
        throw new Error('no display')
      },
      cleanup: async () => {
        steps.push('cleanup')
        throw new Error('close failed')
      }
    })
    await startOrExplain(() => Promise.reject(new Error('x')), handling)
    expect(steps).toEqual([
      'log: Afterword could not start:',
      'log: The error dialog could not be shown:',
      'cleanup',
      'log: Cleaning up after the failed start failed:',
      'exit 1'
    ])
  })

  it('a thrown null is still explained', () => {
    expect(describeStartupFailure(null).title).toBe('Afterword could not start')
  })

  it('without a logger, a failing dialog and clean-up still end in exit 1', async () => {
    const exits: number[] = []
    await startOrExplain(() => Promise.reject(new Error('x')), {
      showError: () => {
        throw new Error('no display')
      },
      cleanup: () => Promise.reject(new Error('close failed')),
      exit: (code) => void exits.push(code)
    })
    expect(exits).toEqual([1])
  })

  it('works without a logger or a data folder', async () => {
    const exits: number[] = []
    const shown: string[] = []
    await startOrExplain(() => Promise.reject(errno('ENOSPC')), {
      showError: (_title, message) => void shown.push(message),
      cleanup: () => undefined,
      exit: (code) => void exits.push(code)
    })
    expect(exits).toEqual([1])
    expect(shown[0]).toMatch(/^Afterword cannot open its journal folder because the disk is full\./)
  })
})
