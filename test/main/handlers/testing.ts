/**
 * Handler dependencies for code that runs outside Electron (unit tests, the e2e bridge): scripted dialogs, the
 * secrets encrypted by a stand-in for Electron's safeStorage.
 */
import { join } from 'node:path'
import { createSecrets, type SafeStorageLike } from '../../../electron/main/secrets'
import type { Dialogs } from '../../../electron/main/handlers/deps'

/** Dialog answers queued by a test; an empty queue means the user cancelled. */
export interface ScriptedDialogs extends Dialogs {
  savePaths: string[]
  openPaths: string[]
}

export function scriptedDialogs(): ScriptedDialogs {
  const dialogs: ScriptedDialogs = {
    savePaths: [],
    openPaths: [],
    chooseSavePath: async () => dialogs.savePaths.shift() ?? null,
    chooseOpenPath: async () => dialogs.openPaths.shift() ?? null
  }
  return dialogs
}

/**
 * A reversible stand-in for safeStorage (Electron's OS-keychain encryption cannot run outside Electron). It is not
 * secure and exists only so tests exercise the real secrets file code.
 */
export const testSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) =>
    Buffer.from(`test-enc:${Buffer.from(text, 'utf8').toString('base64').split('').reverse().join('')}`),
  decryptString: (data) => {
    const text = data.toString('utf8')
    if (!text.startsWith('test-enc:')) throw new Error('not encrypted by the test safeStorage')
    return Buffer.from(text.slice('test-enc:'.length).split('').reverse().join(''), 'base64').toString('utf8')
  }
}

export function testSecrets(dir: string) {
  return createSecrets({ file: join(dir, 'secrets.json'), safeStorage: testSafeStorage })
}
