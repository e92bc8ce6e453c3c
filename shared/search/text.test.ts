import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  fold,
  foldWithOffsets,
  matchRanges,
  queryWords,
  SNIPPET_MAX,
  snippetAround,
  splitByMatches
} from './text'

describe('fold', () => {
  it('ignores case and accents, also for letters NFD does not split', () => {
    expect(fold('José Müller-Łukasiewicz')).toBe('jose muller-lukasiewicz')
    expect(fold('Søren Æsir STRASSE Straße')).toBe('soren aesir strasse strasse')
    expect(fold('İstanbul')).toBe('istanbul')
    // A decomposed accent (e + combining acute) folds like the composed one.
    expect(fold('Jose\u0301')).toBe(fold('José'))
  })

  it('folding character by character gives the same text as folding the whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(foldWithOffsets(text).folded).toBe(fold(text))
      })
    )
  })
})

describe('queryWords', () => {
  it('splits on whitespace, folds and drops repeats', () => {
    expect(queryWords('  José  jose\tBILLING ')).toEqual(['jose', 'billing'])
    expect(queryWords('   ')).toEqual([])
  })
})

describe('matchRanges and splitByMatches', () => {
  it('marks every occurrence in the original text, accents kept, overlaps merged', () => {
    const text = 'José met Jo at Jostle'
    expect(matchRanges(text, ['jo'])).toEqual([
      { start: 0, end: 2 },
      { start: 9, end: 11 },
      { start: 15, end: 17 }
    ])
    expect(matchRanges(text, ['jose', 'se'])).toEqual([{ start: 0, end: 4 }])
    expect(splitByMatches('Straße 5', ['strasse'])).toEqual([
      { text: 'Straße', match: true },
      { text: ' 5', match: false }
    ])
    expect(splitByMatches('plain', [])).toEqual([{ text: 'plain', match: false }])
  })
})

describe('snippetAround', () => {
  const long =
    'We talked for a long while about the team, the hiring plan for next year, and then she said they are ' +
    'migrating billing to event sourcing before the end of the quarter, which sounded hard.'

  it('keeps a short note whole, with the hit marked', () => {
    const s = snippetAround('Migrating   billing\nnow', ['billing'])
    expect(s.text).toBe('Migrating billing now')
    expect(s.text.slice(s.hit.start, s.hit.end)).toBe('billing')
  })

  it('cuts a long note around the hit, with ellipses, within the limit', () => {
    const s = snippetAround(long, ['event'])
    expect(s.text.length).toBeLessThanOrEqual(SNIPPET_MAX)
    expect(s.text.startsWith('…')).toBe(true)
    expect(s.text.endsWith('…')).toBe(true)
    expect(s.text).toContain('migrating billing to event sourcing')
    expect(s.text.slice(s.hit.start, s.hit.end)).toBe('event')
  })

  it('never exceeds the limit and always shows the hit (or its start) for any text and word', () => {
    const words = fc.constantFrom('a', 'event', 'é', 'zz', 'billing')
    const text = fc.array(fc.constantFrom('a', 'event', 'Évent', 'billing', 'x'.repeat(30), ' ', '\n'), {
      maxLength: 60
    })
    fc.assert(
      fc.property(text, words, (parts, word) => {
        const note = parts.join(' ')
        const s = snippetAround(note, [fold(word)])
        expect(s.text.length).toBeLessThanOrEqual(SNIPPET_MAX)
        if (fold(note).includes(fold(word))) {
          expect(fold(s.text.slice(s.hit.start, s.hit.end))).toBe(fold(word))
        }
      })
    )
  })
})
