/**
 * One way to start the app in every e2e test: `launchApp({ dataDir })`.
 * - Where an Electron binary is installed, it launches the real app with Playwright's `_electron`.
 * - Otherwise (this machine and CI: Electron's binary cannot be downloaded here) it serves the built renderer in
 *   Chromium and runs the real built preload in the page, bridged through `page.exposeBinding` to the real IPC
 *   router, handlers and journal store, with the store in `dataDir`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { randomUUID } from 'node:crypto'
import {
  _electron,
  chromium,
  type Browser,
  type BrowserContext,
  type ElectronApplication,
  type Page
} from '@playwright/test'
import { createHandlers } from '../electron/main/handlers'
import { createRouter } from '../electron/main/ipc/router'
import { createTrustedSenderCheck } from '../electron/main/security/trusted-sender'
import { openJournalStore, type JournalStore } from '../electron/main/store'
import { backgroundSpeller } from '../electron/main/etiquette/speller-source'
import { scriptedDialogs, testSecrets } from '../test/main/handlers/testing'
import { serveStatic, type StaticServer } from './support/static-server'
import { EMIT_FUNCTION, INVOKE_BINDING, preloadInitScript } from './support/preload-shim'
import { createReminderEngine } from '../electron/main/reminders/engine'
import { changesReminders } from '../electron/main/queries/changes'
import { viewsOf } from '../electron/main/queries/views'
import { nodeTimers, type ReminderScheduler } from '../electron/main/reminders/scheduler'
import type { NotificationModel } from '../electron/main/reminders/notification-model'
import type { EventPayload } from '../shared/ipc/contract'
import { systemLocale, timeZoneOf } from '../electron/main/time-zone'
import { setWordingLocale } from '../shared/followup/wording'

export const ROOT = resolve(__dirname, '..')
export type Runtime = 'electron' | 'chromium'

export interface LaunchOptions {
  dataDir: string
  /** The app's clock; defaults to the real time. (Electron gets it as an offset fixed at launch.) */
  now?: () => Date
  /** Sees every message that crosses the bridge with its size in bytes (Chromium runtime only; for bench:ui). */
  onIpc?: (message: { kind: 'invoke' | 'event'; channel: string; bytes: number }) => void
}

/** Notifications main would have shown (Chromium runtime: main's reminder engine on the harness clock). */
export type ShownNotification = NotificationModel

export interface LaunchedApp {
  runtime: Runtime
  page: Page
  dataDir: string
  /** URLs the app asked the OS to open (Chromium runtime only; Electron opens them for real). */
  openedExternally: string[]
  /** OS notifications shown since launch (Chromium runtime only: recorded instead of shown). */
  notifications: ShownNotification[]
  /** Answers the next save or open dialog with this path (in Electron by stubbing its `dialog` module). */
  dialogs: { answerSave(path: string): Promise<void>; answerOpen(path: string): Promise<void> }
  close(): Promise<void>
}

function electronBinaryPresent(): boolean {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return false
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary)
}

export function detectRuntime(): Runtime {
  const forced = process.env['AFTERWORD_E2E_RUNTIME']
  if (forced === 'electron' || forced === 'chromium') return forced
  return electronBinaryPresent() ? 'electron' : 'chromium'
}

let announced = false
function announce(runtime: Runtime, detail: string): void {
  if (announced) return
  announced = true
  console.log(`[e2e] runtime: ${runtime} (${detail})`)
}

export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  return detectRuntime() === 'electron' ? launchElectron(options) : launchChromium(options)
}

async function launchElectron({ dataDir, now }: LaunchOptions): Promise<LaunchedApp> {
  announce('electron', "Playwright's _electron with the installed Electron binary")
  // The test clock reaches the app as a fixed offset from the real time (see electron/main/clock.ts).
  const clock = now ? { AFTERWORD_CLOCK_OFFSET_MS: String(now().getTime() - Date.now()) } : {}
  const app: ElectronApplication = await _electron.launch({
    args: [ROOT],
    env: { ...process.env, AFTERWORD_DATA_DIR: dataDir, ...clock } as Record<string, string>
  })
  const page = await app.firstWindow()
  const dialogs = {
    answerSave: (path: string) =>
      app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog
      }, path),
    answerOpen: (path: string) =>
      app.evaluate(({ dialog }, filePath) => {
        dialog.showOpenDialog = (async () => ({
          canceled: false,
          filePaths: [filePath]
        })) as typeof dialog.showOpenDialog
      }, path)
  }
  return {
    runtime: 'electron',
    page,
    dataDir,
    openedExternally: [],
    notifications: [],
    dialogs,
    close: () => app.close()
  }
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

/**
 * The window's localStorage (the last place, the skipped welcome) outlives a relaunch, as Electron keeps it in the
 * user-data dir. Each launch serves the page on a new port (a new origin), so it is stored without its origin and
 * given to the next launch's origin.
 */
type WindowState = Array<{ name: string; value: string }>
const windowStateFile = (dataDir: string) => join(dataDir, '..', `${basename(dataDir)}-window-state.json`)

function readWindowState(file: string, origin: string) {
  if (!existsSync(file)) return undefined
  const localStorage = JSON.parse(readFileSync(file, 'utf8')) as WindowState
  return { cookies: [], origins: [{ origin, localStorage }] }
}

async function saveWindowState(context: BrowserContext, file: string): Promise<void> {
  const state = await context.storageState().catch(() => null)
  const entries = state?.origins.flatMap((o) => o.localStorage) ?? []
  writeFileSync(file, JSON.stringify(entries))
}

/** The size of a message as it crosses the bridge (JSON; Electron's structured clone is of the same order). */
function sizeOf(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value))
}

async function launchChromium({
  dataDir,
  now = () => new Date(),
  onIpc
}: LaunchOptions): Promise<LaunchedApp> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
  announce(
    'chromium',
    `built renderer in ${executablePath}, real preload bridged to the real handlers and store`
  )
  const preloadFile = join(ROOT, 'out/preload/index.js')
  const rendererDir = join(ROOT, 'out/renderer')
  if (!existsSync(preloadFile) || !existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('The app is not built: run `npm run build` before the e2e tests.')
  }

  let server: StaticServer | undefined
  let browser: Browser | undefined
  let store: JournalStore | undefined
  let reminders: ReminderScheduler | undefined
  try {
    server = await serveStatic(rendererDir)
    store = await openJournalStore({ dir: dataDir, now })
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
    const windowState = windowStateFile(dataDir)
    const context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      storageState: readWindowState(windowState, server.origin)
    })
    const page = await context.newPage()
    const openedExternally: string[] = []
    const notifications: ShownNotification[] = []
    const dialogs = scriptedDialogs()
    const sendToPage = (event: string, payload: unknown) =>
      page
        .evaluate(
          ([fn, e, p]) => (window as unknown as Record<string, (e: string, p: unknown) => void>)[fn]?.(e, p),
          [EMIT_FUNCTION, event, payload] as const
        )
        .catch(() => undefined) // the page may be closing
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version
    const handlers = createHandlers({
      store,
      now,
      newId: randomUUID,
      emit: (event, payload) => {
        onIpc?.({ kind: 'event', channel: event, bytes: sizeOf(payload) })
        void sendToPage(event, payload)
        // As in main: a change that moved the due list or the settings re-plans the reminders.
        if (event === 'journal:changed' && changesReminders(payload as EventPayload<'journal:changed'>))
          reminders?.refresh()
      },
      openExternal: async (url) => {
        openedExternally.push(url)
      },
      dialogs,
      speller: backgroundSpeller(),
      // The key file sits beside the journal folder, as it does in the user-data dir.
      secrets: testSecrets(join(dataDir, '..', `${basename(dataDir)}-secrets`)),
      llm: { timeoutMs: 5000, maxRetries: 0 },
      app: { version, runtime: 'chromium-harness' }
    })
    const router = createRouter(handlers, {
      isTrustedSender: createTrustedSenderCheck({ origins: [server.origin] }),
      logError: (channel, error) => console.error(`[ipc] ${channel} failed:`, error)
    })
    await page.exposeBinding(INVOKE_BINDING, async (source, channel: string, payload: unknown) => {
      const answer = await router.invoke(channel, payload, { url: source.frame.url() })
      onIpc?.({ kind: 'invoke', channel, bytes: sizeOf(payload) + sizeOf(answer) })
      return answer
    })
    await page.addInitScript({ content: preloadInitScript(readFileSync(preloadFile, 'utf8')) })
    await page.goto(`${server.origin}/index.html`)
    // As main does at start: reminders write dates in the OS's locale, as the window does.
    setWordingLocale(systemLocale())
    // Main's reminder engine on the harness clock, its notifications recorded.
    const journalStore = store
    reminders = createReminderEngine({
      store: journalStore,
      now,
      plan: () => viewsOf(journalStore, now).plan(),
      timeZone: () => timeZoneOf(journalStore),
      timers: nodeTimers,
      show: (notification) => void notifications.push(notification),
      onUpdate: (_due, keys) => void sendToPage('reminders:due', { keys }),
      onError: (error) => console.error('[reminders]', error)
    })
    reminders.refresh()
    const openedReminders = reminders
    const openedStore = store
    const openedServer = server
    const openedBrowser = browser
    return {
      runtime: 'chromium',
      page,
      dataDir,
      openedExternally,
      notifications,
      dialogs: {
        answerSave: async (path: string) => void dialogs.savePaths.push(path),
        answerOpen: async (path: string) => void dialogs.openPaths.push(path)
      },
      async close() {
        openedReminders.stop()
        await saveWindowState(context, windowState)
        await openedBrowser.close()
        await openedStore.close()
        await openedServer.close()
      }
    }
  } catch (error) {
    reminders?.stop()
    await browser?.close()
    await store?.close()
    await server?.close()
    throw error
  }
}
