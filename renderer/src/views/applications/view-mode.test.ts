import { describe, expect, it } from 'vitest'
import { loadMode, MODE_STORAGE_KEY } from './view-mode'

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === MODE_STORAGE_KEY ? value : null)
})

describe('the remembered board/list choice', () => {
  it('reads back what was stored, and falls back to the board for anything else', () => {
    expect(loadMode(storage('list'))).toBe('list')
    expect(loadMode(storage('board'))).toBe('board')
    expect(loadMode(storage(null))).toBe('board')
    expect(loadMode(storage('{"mode":"list"}'))).toBe('board')
    expect(loadMode(undefined)).toBe('board')
  })

  it('opens on the board when storage cannot be read', () => {
    const broken = {
      getItem: () => {
        throw new Error('storage switched off')
      }
    }
    expect(loadMode(broken)).toBe('board')
  })
})
