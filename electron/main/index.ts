/**
 * Main process wiring only: single-instance lock, security, the store, IPC, the window, and a flush before quit.
 * Every piece of logic lives in a plain module that unit tests run under Node.
 */
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, safeStorage, shell } from 'electron'
import { CHANNELS } from '../../shared/ipc/channels'
import { createHandlers } from './handlers'
import { createRouter } from './ipc/router'
import { openJournalStore, type JournalStore } from './store'
import { hardenSession, hardenWebContents } from './security/harden'
import { createTrustedSenderCheck } from './security/trusted-sender'
import { createMainWindow, rendererFileRoot } from './window'
import { resolveDataDir } from './data-dir'
import type { Dialogs } from './handlers/deps'
import { backgroundSpeller } from './etiquette/speller-source'
import { createSecrets, type SafeStorageLike } from './secrets'

let mainWindow: BrowserWindow | null = null
let store: JournalStore | null = null

async function start(): Promise<void> {
  const devUrl = process.env['ELECTRON_RENDERER_URL']
  const isTrusted = createTrustedSenderCheck({
    fileRoot: rendererFileRoot(),
    origins: devUrl ? [new URL(devUrl).origin] : []
  })
  hardenSession()
  hardenWebContents((url) => isTrusted({ url }))

  store = await openJournalStore({ dir: resolveDataDir(app.getPath('userData'), process.env) })
  const handlers = createHandlers({
    store,
    now: () => new Date(),
    newId: randomUUID,
    emit: (event, payload) => mainWindow?.webContents.send(event, payload),
    openExternal: (url) => shell.openExternal(url),
    dialogs: electronDialogs(),
    speller: backgroundSpeller(),
    secrets: createSecrets({
      file: join(app.getPath('userData'), 'secrets.json'),
      safeStorage: keychainOnly()
    }),
    app: { version: app.getVersion(), runtime: 'electron' }
  })
  const router = createRouter(handlers, {
    isTrustedSender: isTrusted,
    logError: (channel, error) =>
      console.error(`[ipc] ${channel} failed:`, error instanceof Error ? error.message : error)
  })
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      // Only the app's own window, and only its top frame, may call main.
      const fromMainWindow = mainWindow !== null && event.sender.id === mainWindow.webContents.id
      const url = fromMainWindow && event.senderFrame === event.sender.mainFrame ? event.senderFrame.url : ''
      return router.invoke(channel, payload, { url })
    })
  }
  mainWindow = createMainWindow()
  mainWindow.on('closed', () => (mainWindow = null))
}

function electronDialogs(): Dialogs {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = { title, defaultPath: join(app.getPath('documents'), defaultName), filters }
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] }
      const result = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  }
}

/**
 * safeStorage, but refusing Linux's 'basic_text' fallback: with no keyring it encrypts with a fixed password that
 * protects nothing, so the app asks the user to set up a keyring rather than pretend the key is safe.
 */
function keychainOnly(): SafeStorageLike {
  return {
    isEncryptionAvailable: () =>
      safeStorage.isEncryptionAvailable() &&
      (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encryptString: (text) => safeStorage.encryptString(text),
    decryptString: (data) => safeStorage.decryptString(data)
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  app.whenReady().then(start, (error: unknown) => {
    console.error('Afterword could not start:', error)
    app.exit(1)
  })
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Flush the store before quitting: everything the user saved is on disk when the app goes away.
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed || !store) return
    event.preventDefault()
    void store
      .close()
      .catch((error: unknown) => console.error('Flushing the journal failed:', error))
      .finally(() => {
        flushed = true
        app.quit()
      })
  })
}
