import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './electron/main/security/csp'

/** Puts the strict CSP into the built index.html (not in dev, where Vite's HMR needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'afterword-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
      )
  }
}

// ESM-only packages are bundled into the CommonJS main build; the rest stay require()d from node_modules.
const esmOnly = ['lowdb', 'steno', 'parse-english', 'ical.js']

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: esmOnly },
      // The import worker is its own entry: main starts it as out/main/import-worker.js (store/import-reader.ts).
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'import-worker': resolve(__dirname, 'electron/main/store/import-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      // electron-vite leaves bundles unminified; the renderer is parsed on every window open, so minify it.
      minify: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } }
    }
  }
})
