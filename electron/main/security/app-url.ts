/**
 * The app's own pages are served from a privileged custom scheme, `app://afterword/…`, instead of file://. With
 * file:// every file on the disk shares the page's origin; with app:// the CSP's 'self' and the IPC sender check
 * mean exactly the files of the built renderer. This is the pure part: which file a request maps to.
 */
import { isAbsolute, join, relative, sep } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'afterword'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** Whether `raw` is a URL of the app's own pages. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    // Chromium lowercases the host of a standard scheme; Node's URL does not for custom schemes.
    return url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST
  } catch {
    return false
  }
}

/**
 * The file under `root` that an app:// request names, or null: another host, a path that escapes the root (also
 * when percent-encoded), or one that cannot be decoded.
 */
export function appFileFor(root: string, raw: string): string | null {
  if (!isAppUrl(raw)) return null
  let path: string
  try {
    path = decodeURIComponent(new URL(raw).pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const file = join(root, path === '/' ? 'index.html' : path)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null
  return file
}
