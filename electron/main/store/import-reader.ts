/**
 * Runs the import worker for one file and resolves with the validated journal. The worker is the built
 * out/main/import-worker.js beside the main bundle, or (under tests, from source) import-worker.ts through tsx.
 * A file that cannot be imported rejects with ImportError (plain words); the worker ends after each file.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Journal } from '../../../shared/model/journal'
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type ImportStage } from './import-parse'
import { ImportError } from './transfer'

type WorkerMessage =
  | { type: 'stage'; stage: ImportStage }
  | { type: 'done'; journal: Journal }
  | { type: 'error'; importError: boolean; message: string }

function startWorker(workerData: unknown): Worker {
  const built = join(__dirname, 'import-worker.js')
  if (existsSync(built)) return new Worker(built, { workerData })
  const source = join(__dirname, 'import-worker.ts')
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)})`, { eval: true, workerData })
}

export function readImportInWorker(
  path: string,
  options: { limits?: ImportLimits; onStage?: (stage: ImportStage) => void } = {}
): Promise<Journal> {
  const worker = startWorker({ path, limits: options.limits ?? DEFAULT_IMPORT_LIMITS })
  return new Promise<Journal>((resolve, reject) => {
    let settled = false
    const settle = (run: () => void) => {
      if (settled) return
      settled = true
      run()
      void worker.terminate()
    }
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'stage') options.onStage?.(message.stage)
      else if (message.type === 'done') settle(() => resolve(message.journal))
      else
        settle(() =>
          reject(message.importError ? new ImportError(message.message) : new Error(message.message))
        )
    })
    worker.on('error', (error) => settle(() => reject(error)))
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`The import stopped unexpectedly (worker exit code ${code}).`)))
    )
  })
}
