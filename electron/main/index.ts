/**
 * Main process wiring only: single-instance lock, security, the store, IPC, the window, and a flush before quit.
 * Every piece of logic lives in a plain module that unit tests run under Node.
 */
import { randomUUID } from 'node:crypto'
import { app, BrowserWindow, ipcMain, shell } from 'electron'
import { CHANNELS } from '../../shared/ipc/channels'
import { createHandlers } from './handlers'
import { createRouter } from './ipc/router'
import { openJournalStore, type JournalStore } from './store'
import { hardenSession, hardenWebContents } from './security/harden'
import { createTrustedSenderCheck } from './security/trusted-sender'
import { createMainWindow, rendererFileRoot } from './window'
import { resolveDataDir } from './data-dir'

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
    app: { version: app.getVersion(), runtime: 'electron' }
  })
  const router = createRouter(handlers, {
    isTrustedSender: isTrusted,
    logError: (channel, error) => console.error(`[ipc] ${channel} failed:`, error instanceof Error ? error.message : error)
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
