import { beforeAll, describe, expect, it } from 'vitest'
import { loadSpeller } from '../../electron/main/etiquette/speller'
import { suggestSpelling, type Speller } from './index'

let speller: Speller
beforeAll(async () => {
  speller = await loadSpeller()
})

describe('suggestSpelling', () => {
  it('suggests the intended word, keeping the capital', () => {
    expect(suggestSpelling(speller, 'enjoyd')).toContain('enjoyed')
    expect(suggestSpelling(speller, 'Thnak')[0]).toBe('Thank')
    expect(suggestSpelling(speller, 'alot')).toContain('a lot')
  })
  it('returns nothing for correct words, CamelCase, acronyms and words with digits', () => {
    for (const word of ['thank', 'VoiceOver', 'ASAP', 'k8s', ''])
      expect(suggestSpelling(speller, word)).toEqual([])
  })
  it('skips the slow two-edit search for unknown proper nouns and caches the answer', () => {
    let suggestCalls = 0
    const counting: Speller = {
      correct: (w) => speller.correct(w),
      suggest: (w) => (suggestCalls++, speller.suggest(w))
    }
    expect(suggestSpelling(counting, 'Brightlinez')).toEqual([])
    expect(suggestSpelling(counting, 'wrtie')).toContain('write')
    expect(suggestSpelling(counting, 'wrtie')).toContain('write')
    expect(suggestCalls).toBe(1)
  })
})
