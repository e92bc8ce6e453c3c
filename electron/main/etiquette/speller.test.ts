import { describe, expect, it } from 'vitest'
import { loadSpeller } from './speller'

describe('loadSpeller', () => {
  it('loads nspell with the English dictionary once and shares it', async () => {
    const first = loadSpeller()
    expect(loadSpeller()).toBe(first)
    const speller = await first
    expect(speller.correct('interview')).toBe(true)
    expect(speller.correct('intervew')).toBe(false)
    expect(speller.suggest('intervew')).toContain('interview')
  })
})
