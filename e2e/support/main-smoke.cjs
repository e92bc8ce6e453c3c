/* global Request */
// Loads the BUILT main process (out/main/index.js) under plain Node with a stand-in for the 'electron' module, lets
// it start, then reports what it did: the window's web preferences, the IPC channels it registered, what its
// security hooks answer, and what two IPC calls (one from the app's page, one from a foreign frame) return.
// Electron itself cannot run on the CI machines; this proves the wiring in index.ts, window.ts and harden.ts.
const Module = require('node:module')
const { join, resolve } = require('node:path')

const root = resolve(__dirname, '../..')
const userData = process.argv[2]
const report = {
  windows: [],
  channels: [],
  appEvents: [],
  singleInstance: false,
  notifications: [],
  powerEvents: [],
  errorDialogs: []
}
const appListeners = {}
const handlers = {}
let permissionHandler
let permissionCheck
let headersHandler
let protocolHandler

class BrowserWindow {
  constructor(options) {
    report.windows.push(options)
    this.mainFrame = { url: 'app://afterword/index.html' }
    this.webContents = { id: 1, send: () => undefined, mainFrame: this.mainFrame }
  }
  once() {}
  on() {}
  show() {}
  loadFile(file) {
    report.loadedFile = file
    return Promise.resolve()
  }
  loadURL(url) {
    report.loadedUrl = url
    return Promise.resolve()
  }
  static getAllWindows() {
    return []
  }
}

class Tray {
  constructor(image) {
    report.tray = { image: image.path, tooltip: '', menu: [] }
  }
  on() {}
  setToolTip(text) {
    report.tray.tooltip = text
  }
  setContextMenu(menu) {
    report.tray.menu = menu.map((item) => item.label ?? '---')
  }
  destroy() {
    report.tray.destroyed = true
  }
}

class Notification {
  static isSupported() {
    return true
  }
  constructor(options) {
    this.options = options
  }
  on() {}
  show() {
    report.notifications.push(this.options)
  }
}

const nativeImage = {
  createFromPath: (path) => ({ path, resize: () => ({ path }) })
}

const electron = {
  protocol: {
    registerSchemesAsPrivileged: (schemes) => (report.privilegedSchemes = schemes),
    handle: (scheme, fn) => {
      report.protocolHandled = scheme
      protocolHandler = fn
    }
  },
  // The protocol handler's answer: which file it would fetch.
  net: { fetch: async (url) => ({ fetched: url }) },
  Tray,
  Notification,
  nativeImage,
  Menu: { buildFromTemplate: (template) => template },
  powerMonitor: { on: (event) => report.powerEvents.push(event) },
  app: {
    // SMOKE_PACKAGED=1 plays the shipped app, where dev-only switches must be ignored.
    isPackaged: process.env.SMOKE_PACKAGED === '1',
    requestSingleInstanceLock: () => ((report.singleInstance = true), true),
    on: (event, fn) => {
      report.appEvents.push(event)
      appListeners[event] = fn
    },
    whenReady: () => Promise.resolve(),
    getPath: (name) => join(userData, name === 'userData' ? '' : name),
    getVersion: () => '0.0.0-smoke',
    quit: () => void (report.quitCalls = (report.quitCalls ?? 0) + 1),
    // A failed start ends here: report what the user was shown, then exit as Electron would.
    exit: (code) => {
      report.exitCode = code
      process.stdout.write(JSON.stringify(report))
      process.exit(code)
    }
  },
  BrowserWindow,
  ipcMain: {
    handle: (channel, fn) => {
      report.channels.push(channel)
      handlers[channel] = fn
    }
  },
  shell: { openExternal: async () => undefined },
  dialog: {
    showErrorBox: (title, message) => report.errorDialogs.push({ title, message }),
    // The file "chosen" for import (SMOKE_IMPORT_FILE): read by the built import worker.
    showOpenDialog: async () => ({ canceled: false, filePaths: [process.env.SMOKE_IMPORT_FILE] })
  },
  safeStorage: {
    isEncryptionAvailable: () => false,
    getSelectedStorageBackend: () => 'basic_text',
    encryptString: () => Buffer.alloc(0),
    decryptString: () => ''
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn) => (permissionHandler = fn),
      setPermissionCheckHandler: (fn) => (permissionCheck = fn),
      webRequest: { onHeadersReceived: (fn) => (headersHandler = fn) }
    }
  }
}

const originalLoad = Module._load
Module._load = function load(request, ...rest) {
  if (request === 'electron') return electron
  return originalLoad.call(this, request, ...rest)
}

/** A later start on the same data dir (the clock moved by AFTERWORD_CLOCK_OFFSET_MS): what does it notify? */
async function restart() {
  require(join(root, 'out/main/index.js'))
  for (let i = 0; i < 200 && report.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10))
  await new Promise((r) => setTimeout(r, 300))
  await appListeners['before-quit']?.({ preventDefault: () => undefined })
  await new Promise((r) => setTimeout(r, 100))
  process.stdout.write(JSON.stringify({ notifications: report.notifications, tray: report.tray }))
}

async function main() {
  if (process.argv[3] === 'restart') return restart()
  require(join(root, 'out/main/index.js'))
  for (let i = 0; i < 200 && report.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10))

  let permission
  permissionHandler({}, 'media', (allowed) => (permission = allowed))
  report.permissionGranted = permission
  report.permissionCheck = permissionCheck({}, 'notifications')
  headersHandler(
    { responseHeaders: {} },
    (result) => (report.csp = result.responseHeaders['Content-Security-Policy'])
  )

  // A web contents as Electron creates it: does navigation away get blocked, and are new windows denied?
  const contentsEvents = {}
  let windowOpen
  appListeners['web-contents-created'](
    {},
    {
      on: (event, fn) => (contentsEvents[event] = fn),
      setWindowOpenHandler: (fn) => (windowOpen = fn)
    }
  )
  const navigate = (url) => {
    let prevented = false
    contentsEvents['will-navigate']({ preventDefault: () => (prevented = true) }, url)
    return prevented
  }
  report.navigationBlocked = {
    external: navigate('https://evil.example/'),
    appPage: navigate('app://afterword/index.html'),
    filePage: navigate(`file://${join(root, 'out/renderer/index.html')}`)
  }
  // What app:// serves: a file of the built renderer, and a 404 for a path that escapes it.
  const served = await protocolHandler(new Request('app://afterword/assets/x.js'))
  const escaped = await protocolHandler(new Request('app://afterword/%2e%2e%2f%2e%2e%2fpackage.json'))
  report.appProtocol = { served: served.fetched, escapedStatus: escaped.status }
  report.newWindow = windowOpen({ url: 'https://evil.example/' }).action
  let webviewPrevented = false
  contentsEvents['will-attach-webview']({ preventDefault: () => (webviewPrevented = true) })
  report.webviewBlocked = webviewPrevented

  const win = report.windows.length ? { webContents: { id: 1 } } : null
  const fromApp = { sender: { id: 1, mainFrame: null }, senderFrame: null }
  fromApp.sender.mainFrame = fromApp.senderFrame = { url: 'app://afterword/index.html' }
  // The same built page opened from file:// is not the app any more.
  const fromFile = {
    sender: { id: 1, mainFrame: null },
    senderFrame: { url: `file://${join(root, 'out/renderer/index.html')}` }
  }
  fromFile.sender.mainFrame = fromFile.senderFrame
  const foreign = { sender: { id: 1, mainFrame: null }, senderFrame: { url: 'https://evil.example/' } }
  foreign.sender.mainFrame = foreign.senderFrame
  const otherContents = {
    sender: { id: 2, mainFrame: fromApp.senderFrame },
    senderFrame: fromApp.senderFrame
  }
  report.hadWindow = win !== null
  report.fromApp = await handlers['applications:create'](fromApp, { company: 'Acme', role: 'Engineer' })
  report.fromForeignFrame = await handlers['journal:get'](foreign, {})
  report.fromFilePage = await handlers['journal:get'](fromFile, {})
  report.fromOtherContents = await handlers['journal:get'](otherContents, {})
  report.invalid = await handlers['applications:create'](fromApp, { company: '' })
  // An interview that ended two hours ago with one person met, no notes: a capture prompt and a thank-you are due
  // now, so the reminder scheduler must notify and the tray must list it. (The app's clock: the real time moved by
  // AFTERWORD_CLOCK_OFFSET_MS, as the spec sets it.)
  const hour = 3600 * 1000
  const now = Date.now() + Number(process.env.AFTERWORD_CLOCK_OFFSET_MS || 0)
  const interview = await handlers['interviews:create'](fromApp, {
    applicationId: report.fromApp.value.id,
    startAt: new Date(now - 3 * hour).toISOString(),
    endAt: new Date(now - 2 * hour).toISOString(),
    type: 'peer'
  })
  await handlers['people:add'](fromApp, { interviewId: interview.value.id, person: { name: 'Jane Doe' } })
  // A second interview, tonight at 21:00 to 22:00 (the spec's clock is at noon UTC, TZ=UTC), with Raj and a note.
  const tonight = await handlers['interviews:create'](fromApp, {
    applicationId: report.fromApp.value.id,
    startAt: new Date(now + 9 * hour).toISOString(),
    endAt: new Date(now + 10 * hour).toISOString(),
    type: 'hiring-manager'
  })
  const raj = await handlers['people:add'](fromApp, {
    interviewId: tonight.value.id,
    person: { name: 'Raj Patel' }
  })
  await handlers['notes:add'](fromApp, {
    interviewId: tonight.value.id,
    personId: raj.value.person.id,
    text: 'Friday demos'
  })
  await new Promise((r) => setTimeout(r, 50))
  report.info = await handlers['app:info'](fromApp, {})
  if (process.env.SMOKE_IMPORT_FILE) report.importChoice = await handlers['data:chooseImport'](fromApp, {})
  report.keyRefused = await handlers['llm:setKey'](fromApp, { key: 'sk-smoke-123' })
  // The bundled invite parser (ical.js) and the Windows zone table (windows-iana) work in the built main.
  report.invite = await handlers['calendar:preview'](fromApp, {
    text: [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:smoke@example.org',
      'DTSTART;TZID=W. Europe Standard Time:20260317T100000',
      'DTEND;TZID=W. Europe Standard Time:20260317T110000',
      'SUMMARY:Peer interview',
      'ORGANIZER;CN="Doe, Jane":MAILTO:Jane.Doe@Acme.com',
      'END:VEVENT',
      'END:VCALENDAR'
    ].join('\r\n')
  })
  // Closing the last window with the tray up and notifications on keeps the app running for its reminders.
  appListeners['window-all-closed']()
  report.quitOnClose = report.quitCalls ?? 0
  await handlers['settings:update'](fromApp, { patch: { notifications: false } })
  appListeners['window-all-closed']()
  report.quitOnCloseWithoutNotifications = (report.quitCalls ?? 0) - report.quitOnClose
  await handlers['settings:update'](fromApp, { patch: { notifications: true } })
  await appListeners['before-quit']?.({ preventDefault: () => undefined })
  await new Promise((r) => setTimeout(r, 100))
  process.stdout.write(JSON.stringify(report))
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error))
  process.exit(1)
})
