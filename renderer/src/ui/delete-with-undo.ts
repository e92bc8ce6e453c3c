/**
 * The "Deleted Jane Doe · Undo" pattern in one call, for every delete in the UI: run the delete channel, show a
 * toast with Undo, and on Undo send the removed records back through `journal:restore`. A failure (of the delete
 * or of the undo) becomes an error toast in main's plain words. The api is passed in so tests can give a fake.
 */
import type { Api } from '../../../shared/ipc/create-api'
import type { RemovedRecord } from '../../../shared/ipc/contract'
import type { Result } from '../../../shared/ipc/result'
import { useToasts } from './toast-store'

type DeleteAnswer = Result<{ deleted: number; removed: RemovedRecord[] }>

/**
 * `label` names what was deleted as the user knows it ("Jane Doe", "the note", "Acme Payments"). Resolves to true
 * when the delete happened (whatever the user then does with Undo).
 */
export async function deleteWithUndo(
  api: Pick<Api, 'journal'>,
  label: string,
  remove: () => Promise<DeleteAnswer>
): Promise<boolean> {
  const toasts = useToasts.getState()
  const answer = await remove()
  if (!answer.ok) {
    toasts.show(`Could not delete ${label}: ${answer.error.message}`, { tone: 'error' })
    return false
  }
  const { removed } = answer.value
  toasts.show(`Deleted ${label}`, {
    action: {
      label: 'Undo',
      run: async () => {
        const restored = await api.journal.restore({ removed })
        if (restored.ok) toasts.show(`Restored ${label}`)
        else toasts.show(restored.error.message, { tone: 'error' })
      }
    }
  })
  return true
}
