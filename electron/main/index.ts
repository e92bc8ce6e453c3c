/**
 * Main process wiring only: single-instance lock, security, the store, IPC, the window, and a flush before quit.
 * Every piece of logic lives in a plain module that unit tests run under Node.
 */
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron'
import type { FollowUpTarget } from '../../shared/followup'
import { CHANNELS, type EventName } from '../../shared/ipc/channels'
import type { EventPayload } from '../../shared/ipc/contract'
import { createHandlers } from './handlers'
import { createRouter } from './ipc/router'
import type { JournalStore } from './store'
import type { DataFolderLock } from './store/lock'
import { openDataFolder } from './store/open-folder'
import { setWordingLocale } from '../../shared/followup/wording'
import { systemLocale } from './time-zone'
import { runtimeEnv } from './dev-inputs'
import { startOrExplain } from './startup-failure'
import { hardenSession, hardenWebContents } from './security/harden'
import { createTrustedSenderCheck } from './security/trusted-sender'
import { createMainWindow, rendererRoot } from './window'
import { registerAppScheme, serveAppScheme } from './app-protocol'
import { resolveDataDir } from './data-dir'
import { clockFromEnv } from './clock'
import { backgroundSpeller } from './etiquette/speller-source'
import { createSecrets } from './secrets'
import { electronDialogs, keychainOnly } from './os-services'
import { coalesce } from './coalesce'
import { announceReset, changesReminders } from './queries/changes'
import type { ReminderScheduler } from './reminders/scheduler'
import type { ReminderTray } from './tray'
import { startReminderService } from './reminder-service'

const REPLAN_AFTER_MS = 0

let mainWindow: BrowserWindow | null = null
let store: JournalStore | null = null
let reminders: ReminderScheduler | null = null
let tray: ReminderTray | null = null
let lock: DataFolderLock | null = null
let dataDir: string | undefined
/** The environment without the dev-only switches when packaged (see dev-inputs.ts). */
const env = runtimeEnv(process.env, app.isPackaged)

/** Re-plans reminders once for the changes of one turn (a cascade, an import and its follow-ups). */
const replanReminders = coalesce(() => reminders?.refresh(), REPLAN_AFTER_MS)

function send<E extends EventName>(event: E, payload: EventPayload<E>): void {
  mainWindow?.webContents.send(event, payload)
  // Re-plan and re-arm only when a change moved the due list or the settings (notifications on or off): an
  // autosave, a note or a rename of an application moves neither, so typing never re-plans.
  if (event === 'journal:changed' && changesReminders(payload as EventPayload<'journal:changed'>)) {
    replanReminders()
  }
}

function ensureWindow(): BrowserWindow {
  if (!mainWindow) {
    mainWindow = createMainWindow(env['ELECTRON_RENDERER_URL'])
    mainWindow.on('closed', () => (mainWindow = null))
  }
  return mainWindow
}

/** Brings the window forward (creating it again if it was closed). */
function showWindow(): BrowserWindow {
  const window = ensureWindow()
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
  return window
}

/** A click on a reminder (notification or tray): the window, then that person's draft in it. */
function openReminder(target: FollowUpTarget): void {
  const window = showWindow()
  if (window.webContents.isLoading()) {
    window.webContents.once('did-finish-load', () => window.webContents.send('reminders:open', target))
  } else window.webContents.send('reminders:open', target)
}

/** A click on a capture prompt: the window, then the quick-capture view for that interview. */
function openCapture(interviewId: string): void {
  const window = showWindow()
  const applicationId = store?.get().interviews[interviewId]?.applicationId
  if (!applicationId) return
  const open = () => window.webContents.send('reminders:capture', { interviewId, applicationId })
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', open)
  else open()
}

function startReminders(journal: JournalStore, now: () => Date): void {
  const service = startReminderService({
    store: journal,
    now,
    openDraft: openReminder,
    openCapture,
    openApp: () => void showWindow(),
    quit: () => app.quit(),
    // A snooze from the tray or a notification: the window asks again for what it shows.
    changed: (reason) => announceReset({ store: journal, now, emit: send }, reason),
    notified: (keys) => send('reminders:due', { keys })
  })
  reminders = service.scheduler
  tray = service.tray
}

async function start(): Promise<void> {
  const devUrl = env['ELECTRON_RENDERER_URL']
  // The app's pages come from app://afterword (never file://), or from the dev server in development.
  serveAppScheme(rendererRoot())
  const isTrusted = createTrustedSenderCheck({
    appScheme: true,
    origins: devUrl ? [new URL(devUrl).origin] : []
  })
  hardenSession()
  hardenWebContents((url) => isTrusted({ url }))

  // The Due panel, tray and notifications write dates as the window does.
  setWordingLocale(systemLocale())
  dataDir = resolveDataDir(app.getPath('userData'), env)
  // One writer per folder, whatever folder that is; a folder that cannot be written opens read-only, unlocked.
  const opened = await openDataFolder({ dir: dataDir })
  lock = opened.lock
  store = opened.store
  const now = clockFromEnv(env)
  const handlers = createHandlers({
    store,
    now,
    newId: randomUUID,
    emit: send,
    openExternal: (url) => shell.openExternal(url),
    dialogs: electronDialogs(() => mainWindow),
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
  ensureWindow()
  startReminders(store, now)
}

registerAppScheme() // before ready, as Electron requires

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // Starting Afterword again brings the running one forward (its window may be closed to the tray).
  app.on('second-instance', () => {
    if (store) showWindow()
  })
  // Any failure to start (a newer journal, a read-only folder, a folder in use) ends here: a dialog, then a clean
  // exit that releases the data-folder lock.
  void startOrExplain(() => app.whenReady().then(start), {
    showError: (title, message) => dialog.showErrorBox(title, message),
    cleanup: async () => {
      reminders?.stop()
      tray?.destroy()
      await store?.close()
      lock?.releaseSync()
    },
    exit: (code) => app.exit(code),
    log: (message, error) => console.error(message, error),
    dataDir: () => dataDir
  })
  // Whatever way the process ends, a lock it still holds is removed (a kill -9 leaves it: it is then stale).
  process.on('exit', () => lock?.releaseSync())
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) ensureWindow()
  })
  // With a tray and reminders on, closing the window keeps Afterword in the tray so reminders still arrive; the
  // tray menu has Quit. Without a tray (some Linux desktops) or with notifications off, closing quits as usual.
  app.on('window-all-closed', () => {
    const keepInTray = tray !== null && store?.get().settings.notifications === true
    if (process.platform !== 'darwin' && !keepInTray) app.quit()
  })
  // Flush the store before quitting: everything the user saved is on disk when the app goes away.
  let flushed = false
  app.on('before-quit', (event) => {
    reminders?.stop()
    tray?.destroy()
    tray = null
    if (flushed || !store) return
    event.preventDefault()
    void store
      .close()
      .catch((error: unknown) => console.error('Flushing the journal failed:', error))
      .then(() => lock?.release())
      .catch((error: unknown) => console.error('Releasing the journal folder failed:', error))
      .finally(() => {
        flushed = true
        app.quit()
      })
  })
}
