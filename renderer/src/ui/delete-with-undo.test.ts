import { afterEach, describe, expect, it, vi } from 'vitest'
import { deleteWithUndo } from './delete-with-undo'
import { useToasts } from './toast-store'

const removed = [{ collection: 'people' as const, record: { id: 'p-1', name: 'Jane Doe' } }]

function fakeApi(restore: () => Promise<unknown>) {
  const calls: unknown[] = []
  const api = {
    journal: {
      restore: vi.fn(async (request: unknown) => {
        calls.push(request)
        return restore()
      })
    }
  }
  return { api: api as never, calls }
}

const messages = () => useToasts.getState().toasts.map((t) => [t.message, t.tone, t.action?.label])

afterEach(() => {
  for (const t of useToasts.getState().toasts) useToasts.getState().dismiss(t.id)
})

describe('delete with undo', () => {
  it('deletes, offers Undo, and on Undo restores exactly the removed records', async () => {
    const { api, calls } = fakeApi(async () => ({ ok: true, value: { restored: 1 } }))
    const done = await deleteWithUndo(api, 'Jane Doe', async () => ({
      ok: true,
      value: { deleted: 1, removed }
    }))
    expect(done).toBe(true)
    expect(messages()).toEqual([['Deleted Jane Doe', 'info', 'Undo']])
    await useToasts.getState().toasts[0]?.action?.run()
    expect(calls).toEqual([{ removed }])
    expect(messages()).toContainEqual(['Restored Jane Doe', 'info', undefined])
  })

  it('says so in an error toast when the delete fails, and offers no Undo', async () => {
    const { api } = fakeApi(async () => ({ ok: true, value: { restored: 0 } }))
    const done = await deleteWithUndo(api, 'the note', async () => ({
      ok: false,
      error: { code: 'not-found', message: 'No note with id n-1.' }
    }))
    expect(done).toBe(false)
    expect(messages()).toEqual([['Could not delete the note: No note with id n-1.', 'error', undefined]])
  })

  it('shows main’s plain message when the undo is refused', async () => {
    const message = 'This cannot be undone: the interview it belonged to has been deleted since.'
    const { api } = fakeApi(async () => ({ ok: false, error: { code: 'conflict', message } }))
    await deleteWithUndo(api, 'the note', async () => ({ ok: true, value: { deleted: 1, removed } }))
    await useToasts.getState().toasts[0]?.action?.run()
    expect(messages()).toContainEqual([message, 'error', undefined])
  })
})
