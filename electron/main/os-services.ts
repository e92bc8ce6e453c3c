/** The OS services main hands to the handlers: Electron's file dialogs and its keychain encryption. */
import { join } from 'node:path'
import { app, dialog, safeStorage, type BrowserWindow } from 'electron'
import type { Dialogs } from './handlers/deps'
import type { SafeStorageLike } from './secrets'

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = { title, defaultPath: join(app.getPath('documents'), defaultName), filters }
      const parent = window()
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] }
      const parent = window()
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  }
}

/**
 * safeStorage, but refusing Linux's 'basic_text' fallback: with no keyring it encrypts with a fixed password that
 * protects nothing, so the app asks the user to set up a keyring rather than pretend the key is safe.
 */
export function keychainOnly(): SafeStorageLike {
  return {
    isEncryptionAvailable: () =>
      safeStorage.isEncryptionAvailable() &&
      (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encryptString: (text) => safeStorage.encryptString(text),
    decryptString: (data) => safeStorage.decryptString(data)
  }
}
