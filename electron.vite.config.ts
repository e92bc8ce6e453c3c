import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const alias = { '@shared': resolve(__dirname, 'shared') }
// ESM-only packages are bundled into the CommonJS main build; the rest stay require()d from node_modules.
const esmOnly = ['lowdb', 'steno', 'parse-english', 'dictionary-en', 'nspell', 'date-fns']

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      externalizeDeps: { exclude: esmOnly },
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    resolve: { alias },
    plugins: [react()],
    build: {
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } }
    }
  }
})
