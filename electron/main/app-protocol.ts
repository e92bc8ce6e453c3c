/**
 * Serving the renderer from `app://afterword/` (see security/app-url.ts for why not file://). electron-vite builds
 * the renderer with relative asset paths (base './'), so the same build loads from app:// in the app, from the dev
 * server in development and from the e2e harness's http server in tests.
 */
import { pathToFileURL } from 'node:url'
import { net, protocol } from 'electron'
import { APP_SCHEME, appFileFor } from './security/app-url'

/** Must run before the app is ready: app:// is standard (it has an origin, so 'self' works) and secure. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** app://afterword/<path> answers with that file of the built renderer, and nothing outside it. */
export function serveAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = appFileFor(root, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    return net.fetch(pathToFileURL(file).toString())
  })
}
