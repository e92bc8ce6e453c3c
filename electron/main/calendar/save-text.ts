/** Writes a text file where the user chose in the OS save dialog; a cancelled dialog writes nothing. */
import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError } from '../../../shared/ipc/result'
import type { FileFilter, HandlerDeps } from '../handlers/deps'
import { fileReason } from '../storage-errors'

export async function saveText(
  deps: Pick<HandlerDeps, 'dialogs'>,
  file: { title: string; defaultName: string; filter: FileFilter; text: string }
): Promise<{ path: string | null }> {
  const path = await deps.dialogs.chooseSavePath({
    title: file.title,
    defaultName: file.defaultName,
    filters: [file.filter]
  })
  if (!path) return { path: null }
  try {
    await writeFile(path, file.text, 'utf8')
  } catch (error) {
    throw new AppError('storage', `${basename(path)} could not be written (${fileReason(error)}).`)
  }
  return { path }
}
