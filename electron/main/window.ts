/** The app's one window, with the secure web preferences of the Electron checklist. */
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { APP_ENTRY_URL } from './security/app-url'

/** `devUrl`: the dev server's page (development only; main passes nothing when packaged). */
export function createMainWindow(devUrl?: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Afterword',
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => window.show())
  if (devUrl) void window.loadURL(devUrl)
  else void window.loadURL(APP_ENTRY_URL) // served from out/renderer by app-protocol.ts
  return window
}

/** The folder of the built renderer, which app:// serves. */
export function rendererRoot(): string {
  return join(__dirname, '../renderer')
}
