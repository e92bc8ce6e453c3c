import { describe, expect, it } from 'vitest'
import { bulletLines, noteChanges } from './bullets'

describe('bullet notes in one field', () => {
  it('reads one note per non-empty line, without the bullet a user types', () => {
    expect(bulletLines('- pairs on billing\n\n• k8s move \n*  on-call rota\nplain')).toEqual([
      'pairs on billing',
      'k8s move',
      'on-call rota',
      'plain'
    ])
  })

  it('turns saved notes into the typed lines with the fewest changes, line i being note i', () => {
    expect(noteChanges([], ['a'])).toEqual([{ type: 'add', index: 0, text: 'a' }])
    expect(noteChanges(['a', 'b'], ['a', 'b!', 'c'])).toEqual([
      { type: 'update', index: 1, text: 'b!' },
      { type: 'add', index: 2, text: 'c' }
    ])
    expect(noteChanges(['a', 'b', 'c'], ['a'])).toEqual([
      { type: 'delete', index: 2 },
      { type: 'delete', index: 1 }
    ])
    expect(noteChanges(['a'], ['a'])).toEqual([])
  })
})
