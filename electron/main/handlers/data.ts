/**
 * Handlers for the user's data as files: full JSON export, CSV export for spreadsheets, and import (replace or
 * merge) after a preview. The renderer never names a path: main asks the OS dialog, and an import is confirmed
 * with a token for the file main already read, so a page cannot make main read or write arbitrary files.
 */
import { randomBytes } from 'node:crypto'
import { basename } from 'node:path'
import { AppError } from '../../../shared/ipc/result'
import { fileReason } from '../storage-errors'
import { writeFileDurable } from '../store/durable-fs'
import type { Journal } from '../../../shared/model/journal'
import { readImportInWorker } from '../store/import-reader'
import { exportCsv, exportJson, ImportError, importJson, previewImport } from '../store/transfer'
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'
import { announceReset } from '../queries/changes'

type DataHandlers = Pick<Handlers, 'data:exportJson' | 'data:exportCsv' | 'data:chooseImport' | 'data:import'>

const JSON_FILTER = { name: 'Afterword journal', extensions: ['json'] }

export function createDataHandlers(deps: HandlerDeps): DataHandlers {
  /** The one file read for import and waiting for the user's yes (a new choice replaces it). */
  let pending: { token: string; incoming: Journal } | null = null
  const day = () => deps.now().toISOString().slice(0, 10)

  async function save(title: string, defaultName: string, extension: string, content: string) {
    const path = await deps.dialogs.chooseSavePath({
      title,
      defaultName,
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }]
    })
    if (!path) return { path: null }
    try {
      // Temp file, fsync, rename: a failed export (full disk) leaves any earlier file at that path untouched.
      await writeFileDurable(path, content)
    } catch (error) {
      throw new AppError(
        'storage',
        `${basename(path)} could not be written (${fileReason(error)}). Any earlier file of that name was left as it was.`
      )
    }
    return { path }
  }

  /**
   * Reads, parses and validates the chosen file once, in a worker thread (a 150 MB file must not freeze the app),
   * within the size and record caps; the renderer hears each stage as `data:importProgress`.
   */
  async function readChosen(path: string): Promise<Journal> {
    try {
      return await readImportInWorker(path, {
        onStage: (stage) => deps.emit('data:importProgress', { stage })
      })
    } catch (error) {
      if (error instanceof ImportError) throw new AppError('import', error.message)
      throw error
    }
  }

  return {
    'data:exportJson': () =>
      save('Export journal', `afterword-journal-${day()}.json`, 'json', exportJson(deps.store.get())),

    'data:exportCsv': ({ what }) =>
      save(
        `Export ${what} as CSV`,
        `afterword-${what}-${day()}.csv`,
        'csv',
        exportCsv(deps.store.get(), what)
      ),

    'data:chooseImport': async () => {
      // A new choice retires the previous preview, even when it is cancelled or fails: the token the renderer
      // still holds belongs to a preview the user has moved away from.
      pending = null
      const path = await deps.dialogs.chooseOpenPath({ title: 'Import a journal', filters: [JSON_FILTER] })
      if (!path) return { token: null, fileName: '', replace: null, merge: null }
      const incoming = await readChosen(path)
      const replace = previewImport(deps.store.get(), incoming, 'replace')
      const merge = previewImport(deps.store.get(), incoming, 'merge')
      pending = { token: randomBytes(16).toString('hex'), incoming }
      return { token: pending.token, fileName: basename(path), replace, merge }
    },

    'data:import': async ({ token, mode }) => {
      if (!pending || pending.token !== token) {
        throw new AppError('import', 'Choose the file to import again: this preview is no longer current.')
      }
      const { incoming } = pending
      pending = null
      try {
        const preview = await importJson(deps.store, incoming, mode)
        announceReset(deps, 'data:import')
        return preview
      } catch (error) {
        if (error instanceof ImportError) throw new AppError('import', error.message)
        throw error
      }
    }
  }
}
