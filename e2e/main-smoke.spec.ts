/**
 * The built main process, started under Node with a stand-in for Electron (the CI machines cannot run Electron):
 * it registers a handler for every channel, opens a window with the secure preferences of the checklist, blocks
 * navigation, new windows, webviews and permissions, accepts IPC only from its own page, and stores the journal
 * in AFTERWORD_DATA_DIR.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { CHANNELS } from '../shared/ipc/channels'
import { ROOT } from './harness'
import { tempDataDir } from './support/temp'

interface SmokeReport {
  windows: Array<{ webPreferences: Record<string, unknown> }>
  channels: string[]
  singleInstance: boolean
  appEvents: string[]
  loadedFile?: string
  permissionGranted: boolean
  permissionCheck: boolean
  csp: string[]
  navigationBlocked: { external: boolean; appPage: boolean }
  newWindow: string
  webviewBlocked: boolean
  fromApp: { ok: boolean }
  fromForeignFrame: { ok: boolean; error?: { code: string } }
  fromOtherContents: { ok: boolean; error?: { code: string } }
  invalid: { ok: boolean; error?: { code: string; message: string } }
  info: { ok: boolean; value?: { dataDir: string; runtime: string } }
  keyRefused: { ok: boolean; error?: { code: string; message: string } }
  invite: { ok: boolean; value?: { event: Record<string, unknown> } }
  notifications: Array<{ title: string; body: string }>
  tray?: { image: string; tooltip: string; menu: string[]; destroyed?: boolean }
  powerEvents: string[]
  quitOnClose: number
  quitOnCloseWithoutNotifications: number
}

const HOUR = 3600_000
/** Tomorrow 12:00 UTC: the app's clock in the runs below (TZ=UTC), so quiet hours (21:00 to 08:00) are known. */
const NOON = (() => {
  const d = new Date()
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, 12)
})()

/** Runs the built main once on the data dir, its clock at `at`; 'restart' only starts, waits and quits. */
function runMain(userData: string, dataDir: string, at: number, mode: 'full' | 'restart' = 'full'): unknown {
  const args = [
    join(ROOT, 'e2e/support/main-smoke.cjs'),
    userData,
    ...(mode === 'restart' ? ['restart'] : [])
  ]
  const output = execFileSync(process.execPath, args, {
    env: {
      ...process.env,
      AFTERWORD_DATA_DIR: dataDir,
      ELECTRON_RENDERER_URL: '',
      AFTERWORD_CLOCK_OFFSET_MS: String(at - Date.now()),
      TZ: 'UTC'
    },
    encoding: 'utf8',
    timeout: 30_000
  })
  return JSON.parse(output)
}

interface RestartReport {
  notifications: Array<{ title: string; body: string }>
  tray: { menu: string[] }
}

test('the built main process wires security, IPC and the store as the checklist says', () => {
  const userData = tempDataDir('main-smoke')
  const dataDir = join(userData, 'journal-here')
  const report = runMain(userData, dataDir, NOON) as SmokeReport

  expect(report.singleInstance).toBe(true)
  expect(report.windows).toHaveLength(1)
  expect(report.windows[0]?.webPreferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true
  })
  expect(String(report.windows[0]?.webPreferences['preload'])).toMatch(/out\/preload\/index\.js$/)
  expect(report.loadedFile).toMatch(/out\/renderer\/index\.html$/)
  expect([...report.channels].sort()).toEqual([...CHANNELS].sort())

  expect(report.permissionGranted).toBe(false)
  expect(report.permissionCheck).toBe(false)
  expect(report.csp.join(';')).toContain("script-src 'self'")
  expect(report.navigationBlocked).toEqual({ external: true, appPage: false })
  expect(report.newWindow).toBe('deny')
  expect(report.webviewBlocked).toBe(true)
  expect(report.appEvents).toEqual(
    expect.arrayContaining(['before-quit', 'second-instance', 'web-contents-created'])
  )

  expect(report.fromApp.ok).toBe(true)
  expect(report.fromForeignFrame.error?.code).toBe('forbidden-sender')
  expect(report.fromOtherContents.error?.code).toBe('forbidden-sender')
  expect(report.invalid.error?.code).toBe('invalid-request')
  expect(report.info.value).toMatchObject({ dataDir, runtime: 'electron' })
  // Without a real keychain (the stand-in reports none), the key is refused rather than stored in plain text.
  expect(report.keyRefused.error?.code).toBe('secrets')
  expect(report.invite.value?.event).toMatchObject({
    start: '2026-03-17T09:00:00Z',
    timeZone: 'Europe/Berlin',
    organizer: { name: 'Jane Doe', email: 'jane.doe@acme.com' }
  })
  expect(existsSync(join(userData, 'secrets.json'))).toBe(false)
  expect(readdirSync(dataDir)).toContain('journal.json')

  // Reminders: the capture prompt and the thank-you due for Jane reached OS notifications and the tray menu; the
  // tray is removed at quit.
  expect(report.notifications.map((n) => n.title)).toEqual([
    'How did the peer interview at Acme go?',
    'Thank-you due: Jane Doe'
  ])
  expect(report.tray?.image).toMatch(/icon.*\.png$/)
  expect(report.tray?.menu.join('|')).toMatch(/Jane Doe/)
  expect(report.tray?.destroyed).toBe(true)
  expect(report.powerEvents).toContain('resume')
  // Closing the window keeps Afterword in the tray for its reminders, unless notifications are off.
  expect(report.quitOnClose).toBe(0)
  expect(report.quitOnCloseWithoutNotifications).toBe(1)
})

test('a restart does not notify again, and quiet hours hold a notification back until they end', () => {
  const userData = tempDataDir('main-smoke-restart')
  const dataDir = join(userData, 'journal-here')
  const first = runMain(userData, dataDir, NOON) as SmokeReport
  expect(first.notifications).toHaveLength(2)

  // Five minutes later, a restart: Jane is still due (the tray says so) but nothing is shown again.
  const restarted = runMain(userData, dataDir, NOON + HOUR / 12, 'restart') as RestartReport
  expect(restarted.notifications).toEqual([])
  expect(restarted.tray.menu.join('|')).toMatch(/Thank Jane Doe/)

  // 23:30: Raj's interview ended at 22:00, his thank-you is due, but it is quiet: listed in the tray, not shown.
  const night = runMain(userData, dataDir, NOON + 11.5 * HOUR, 'restart') as RestartReport
  expect(night.notifications).toEqual([])
  expect(night.tray.menu.join('|')).toMatch(/Thank Raj Patel/)

  // 08:05 the next morning: quiet hours are over, Raj is notified, once; Jane is not notified again.
  const morning = runMain(userData, dataDir, NOON + 20 * HOUR + HOUR / 12, 'restart') as RestartReport
  expect(morning.notifications.map((n) => n.title)).toEqual(['Thank-you due: Raj Patel'])
  const again = runMain(userData, dataDir, NOON + 20 * HOUR + HOUR / 6, 'restart') as RestartReport
  expect(again.notifications).toEqual([])
})
