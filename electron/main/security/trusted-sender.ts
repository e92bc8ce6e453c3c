/**
 * Is an IPC message from the app's own page? Electron Fiddle's rule: accept IPC only from our own window's
 * content. The app's page is a file:// URL inside the app (or the dev server in development, or the harness's
 * local server in e2e tests); anything else (a navigated-away frame, an iframe, a remote page) is refused.
 */
import { APP_SCHEME, isAppUrl } from './app-url'

export function createTrustedSenderCheck(allowed: {
  fileRoot?: string
  origins?: readonly string[]
  /** Trust the app's own app://afterword pages (the packaged and built app). */
  appScheme?: boolean
}) {
  return (sender: { url: string }): boolean => {
    let url: URL
    try {
      url = new URL(sender.url)
    } catch {
      return false
    }
    if (url.protocol === `${APP_SCHEME}:`) return allowed.appScheme === true && isAppUrl(sender.url)
    if (url.protocol === 'file:') {
      if (!allowed.fileRoot) return false
      const root = new URL(allowed.fileRoot.endsWith('/') ? allowed.fileRoot : `${allowed.fileRoot}/`)
      return url.pathname.startsWith(root.pathname)
    }
    return (allowed.origins ?? []).includes(url.origin)
  }
}
