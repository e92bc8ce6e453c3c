/**
 * The built main process, started under Node with a stand-in for Electron (the CI machines cannot run Electron):
 * it registers a handler for every channel, opens a window with the secure preferences of the checklist, blocks
 * navigation, new windows, webviews and permissions, accepts IPC only from its own page, and stores the journal
 * in AFTERWORD_DATA_DIR.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
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
  privilegedSchemes: unknown
  appProtocol: { served: string; escapedStatus: number }
  fromFilePage: { ok: boolean; error?: { code: string } }
  permissionGranted: boolean
  permissionCheck: boolean
  csp: string[]
  navigationBlocked: { external: boolean; appPage: boolean; filePage: boolean }
  newWindow: string
  webviewBlocked: boolean
  fromApp: { ok: boolean; value?: { createdAt: string } }
  loadedUrl?: string
  errorDialogs: Array<{ title: string; message: string }>
  exitCode?: number
  fromForeignFrame: { ok: boolean; error?: { code: string } }
  fromOtherContents: { ok: boolean; error?: { code: string } }
  invalid: { ok: boolean; error?: { code: string; message: string } }
  info: { ok: boolean; value?: { dataDir: string; runtime: string } }
  importChoice?: { ok: boolean; value?: { fileName: string; merge: { totals: { added: number } } } }
  keyRefused: { ok: boolean; error?: { code: string; message: string } }
  notifications: Array<{ title: string; body: string }>
  tray?: { image: string; tooltip: string; menu: string[]; destroyed?: boolean }
  powerEvents: string[]
  quitOnClose: number
  quitOnCloseWithoutNotifications: number
  invite: { ok: boolean; value?: { event: Record<string, unknown> } }
}

interface RestartReport {
  notifications: Array<{ title: string; body: string }>
  tray: { menu: string[] }
}

const HOUR = 3600_000
/** Tomorrow 12:00 UTC: the app's clock in the runs below (TZ=UTC), so quiet hours (21:00 to 08:00) are known. */
const NOON = (() => {
  const d = new Date()
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, 12)
})()

test('the built main process wires security, IPC and the store as the checklist says', () => {
  const userData = tempDataDir('main-smoke')
  const dataDir = join(userData, 'journal-here')
  // A journal file to import: the built main reads it in its import worker (out/main/import-worker.js).
  const importFile = join(userData, 'to-import.json')
  const stamp = '2026-01-01T00:00:00.000Z'
  const imported = {
    id: 'imported',
    company: 'Globex',
    role: 'SRE',
    status: 'applied',
    createdAt: stamp,
    updatedAt: stamp
  }
  writeFileSync(importFile, JSON.stringify({ schemaVersion: 1, applications: { imported } }))
  const output = execFileSync(process.execPath, [join(ROOT, 'e2e/support/main-smoke.cjs'), userData], {
    env: {
      ...process.env,
      AFTERWORD_DATA_DIR: dataDir,
      ELECTRON_RENDERER_URL: '',
      SMOKE_IMPORT_FILE: importFile,
      AFTERWORD_CLOCK_OFFSET_MS: String(NOON - Date.now()),
      TZ: 'UTC'
    },
    encoding: 'utf8',
    timeout: 30_000
  })
  const report = JSON.parse(output) as SmokeReport

  expect(report.singleInstance).toBe(true)
  expect(report.windows).toHaveLength(1)
  expect(report.windows[0]?.webPreferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true
  })
  expect(String(report.windows[0]?.webPreferences['preload'])).toMatch(/out\/preload\/index\.js$/)
  // The renderer comes from the privileged app:// scheme, never from file://.
  expect(report.loadedUrl).toBe('app://afterword/index.html')
  expect(report.loadedFile).toBeUndefined()
  expect(report.privilegedSchemes).toEqual([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
  expect(report.appProtocol.served).toBe(`file://${join(ROOT, 'out/renderer/assets/x.js')}`)
  expect(report.appProtocol.escapedStatus).toBe(404)
  expect(report.fromFilePage.error?.code).toBe('forbidden-sender')
  expect([...report.channels].sort()).toEqual([...CHANNELS].sort())

  expect(report.permissionGranted).toBe(false)
  expect(report.permissionCheck).toBe(false)
  expect(report.csp.join(';')).toContain("script-src 'self'")
  expect(report.navigationBlocked).toEqual({ external: true, appPage: false, filePage: true })
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
  expect(report.importChoice).toMatchObject({
    ok: true,
    value: { fileName: 'to-import.json', merge: { totals: { added: 1 } } }
  })
  // Without a real keychain (the stand-in reports none), the key is refused rather than stored in plain text.
  expect(report.keyRefused.error?.code).toBe('secrets')
  expect(existsSync(join(userData, 'secrets.json'))).toBe(false)
  expect(readdirSync(dataDir)).toContain('journal.json')

  // The built main parses a calendar invite (Windows zone name mapped to IANA).
  expect(report.invite.value?.event).toMatchObject({
    start: '2026-03-17T09:00:00Z',
    timeZone: 'Europe/Berlin',
    organizer: { name: 'Jane Doe', email: 'jane.doe@acme.com' }
  })
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

/** Runs the built main with the stand-in electron; returns its report and exit code (it may fail on purpose). */
function runMain(
  userData: string,
  env: Record<string, string>
): { report: SmokeReport; status: number | null } {
  const run = spawnSync(process.execPath, [join(ROOT, 'e2e/support/main-smoke.cjs'), userData], {
    env: { ...process.env, ELECTRON_RENDERER_URL: '', AFTERWORD_CLOCK_OFFSET_MS: '', ...env },
    encoding: 'utf8',
    timeout: 30_000
  })
  if (!run.stdout.startsWith('{')) throw new Error(`main did not report: ${run.stderr}`)
  return { report: JSON.parse(run.stdout) as SmokeReport, status: run.status }
}

/** Runs the built main on the data dir, its clock at `at`; 'restart' only starts, waits and quits. */
function runMainAt(
  userData: string,
  dataDir: string,
  at: number,
  mode: 'full' | 'restart' = 'full'
): unknown {
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

test('a restart does not notify again, and quiet hours hold a notification back until they end', () => {
  const userData = tempDataDir('main-smoke-restart')
  const dataDir = join(userData, 'journal-here')
  const first = runMainAt(userData, dataDir, NOON) as SmokeReport
  expect(first.notifications).toHaveLength(2)

  // Five minutes later, a restart: Jane is still due (the tray says so) but nothing is shown again.
  const restarted = runMainAt(userData, dataDir, NOON + HOUR / 12, 'restart') as RestartReport
  expect(restarted.notifications).toEqual([])
  expect(restarted.tray.menu.join('|')).toMatch(/Thank Jane Doe/)

  // 23:30: Raj's interview ended at 22:00, his thank-you is due, but it is quiet: listed in the tray, not shown.
  const night = runMainAt(userData, dataDir, NOON + 11.5 * HOUR, 'restart') as RestartReport
  expect(night.notifications).toEqual([])
  expect(night.tray.menu.join('|')).toMatch(/Thank Raj Patel/)

  // 08:05 the next morning: quiet hours are over, Raj is notified, once; Jane is not notified again.
  const morning = runMainAt(userData, dataDir, NOON + 20 * HOUR + HOUR / 12, 'restart') as RestartReport
  expect(morning.notifications.map((n) => n.title)).toEqual(['Thank-you due: Raj Patel'])
  const again = runMainAt(userData, dataDir, NOON + 20 * HOUR + HOUR / 6, 'restart') as RestartReport
  expect(again.notifications).toEqual([])
})

const TEN_DAYS_MS = 10 * 24 * 3600 * 1000
const DEV_SWITCHES = {
  ELECTRON_RENDERER_URL: 'https://evil.example/',
  AFTERWORD_CLOCK_OFFSET_MS: String(TEN_DAYS_MS)
}

test('the shipped app ignores the dev switches (renderer URL, clock offset); development honours them', () => {
  const started = Date.now()
  const shipped = runMain(tempDataDir('main-packaged'), { ...DEV_SWITCHES, SMOKE_PACKAGED: '1' }).report
  expect(shipped.loadedUrl).toBe('app://afterword/index.html')
  expect(shipped.fromForeignFrame.error?.code).toBe('forbidden-sender')
  const createdAt = Date.parse(shipped.fromApp.value?.createdAt ?? '')
  expect(createdAt).toBeGreaterThanOrEqual(started - 1000)
  expect(createdAt).toBeLessThan(started + TEN_DAYS_MS / 2)

  const dev = runMain(tempDataDir('main-dev'), DEV_SWITCHES).report
  expect(dev.loadedUrl).toBe('https://evil.example/')
  expect(Date.parse(dev.fromApp.value?.createdAt ?? '')).toBeGreaterThan(started + TEN_DAYS_MS / 2)
})

test('a journal from a newer Afterword: a dialog in plain words, exit 1, the lock released, the file untouched', () => {
  const userData = tempDataDir('main-newer')
  const dataDir = join(userData, 'journal')
  mkdirSync(dataDir, { recursive: true })
  const newer = JSON.stringify({ schemaVersion: 99, settings: {} })
  writeFileSync(join(dataDir, 'journal.json'), newer)
  const { report, status } = runMain(userData, { AFTERWORD_DATA_DIR: dataDir })
  expect(status).toBe(1)
  expect(report.windows).toHaveLength(0)
  expect(report.errorDialogs).toEqual([
    {
      title: 'This journal needs a newer Afterword',
      message:
        'This journal was written by a newer Afterword (file format 99). Update the app to open it; your data is untouched.'
    }
  ])
  expect(readFileSync(join(dataDir, 'journal.json'), 'utf8')).toBe(newer)
  expect(existsSync(join(dataDir, 'afterword.lock'))).toBe(false)
})

test('a data folder another Afterword is writing to is refused with a clear message; its lock is left alone', () => {
  const userData = tempDataDir('main-locked')
  const dataDir = join(userData, 'journal')
  mkdirSync(dataDir, { recursive: true })
  // This test's own process stands in for the other, running Afterword.
  const held = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    startedAt: '2026-03-03T09:00:00.000Z',
    token: 'x'
  })
  writeFileSync(join(dataDir, 'afterword.lock'), held)
  const { report, status } = runMain(userData, { AFTERWORD_DATA_DIR: dataDir })
  expect(status).toBe(1)
  expect(report.errorDialogs[0]?.title).toBe('The journal is already open')
  expect(report.errorDialogs[0]?.message).toContain(
    `already in use by another Afterword (process ${process.pid}`
  )
  expect(readFileSync(join(dataDir, 'afterword.lock'), 'utf8')).toBe(held)
  expect(readdirSync(dataDir)).toEqual(['afterword.lock'])
})

test('the shipped package lists as runtime dependencies exactly what the built main loads, and sets the fuses', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>
  }
  const loaded = new Set<string>()
  const scan = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) scan(path)
      else if (entry.name.endsWith('.js')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/require(?:\.resolve)?\("([^"]+)"\)/g)) {
          const name = match[1]!
          if (name.startsWith('node:') || name.startsWith('.') || name === 'electron') continue
          if (!name.includes('/') && ['path', 'fs', 'os', 'crypto', 'url', 'worker_threads'].includes(name))
            continue
          loaded.add(name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!)
        }
      }
    }
  }
  scan(join(ROOT, 'out/main'))
  expect([...loaded].sort()).toEqual(Object.keys(pkg.dependencies).sort())

  const builder = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')
  for (const fuse of [
    'runAsNode: false',
    'enableNodeOptionsEnvironmentVariable: false',
    'enableNodeCliInspectArguments: false',
    'enableCookieEncryption: true',
    'enableEmbeddedAsarIntegrityValidation: true',
    'onlyLoadAppFromAsar: true',
    'grantFileProtocolExtraPrivileges: false'
  ])
    expect(builder).toMatch(new RegExp(`^\\s+${fuse}$`, 'm'))
})
