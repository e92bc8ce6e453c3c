/**
 * The import worker (a worker_threads thread): parses and validates one journal file off the main thread, posting
 * `{type:'stage'}` as each stage starts, then `{type:'done', journal}` or `{type:'error', message}` (plain words).
 * Input (workerData): `{ path, limits }`. Bundled as out/main/import-worker.js (see electron.vite.config.ts).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { parseImportFile, type ImportLimits } from './import-parse'
import { ImportError } from './transfer'

const { path, limits } = workerData as { path: string; limits: ImportLimits }
const post = (message: unknown) => parentPort?.postMessage(message)

parseImportFile(path, limits, (stage) => post({ type: 'stage', stage }))
  .then((journal) => post({ type: 'done', journal }))
  .catch((error: unknown) =>
    post({
      type: 'error',
      importError: error instanceof ImportError,
      message: error instanceof Error ? error.message : String(error)
    })
  )
