import fc from 'fast-check'
import { ParseEnglish } from 'parse-english'
import { describe, expect, it } from 'vitest'
import { FastParseEnglish, fastTokenize, parseParagraph } from './parser'

const library = new ParseEnglish()
const fast = new FastParseEnglish()

/** Characters that exercise every lexer branch: runs, repeats, CR/LF, surrogate pairs, accents, symbols. */
const PIECES = [
  'Dr.',
  ' Lee',
  'Ms. Alvarez',
  'e.g.',
  "don't",
  'on-call',
  'and/or',
  '!!',
  '?!',
  '...',
  '\u2026',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '  ',
  '\t',
  '\u00A0',
  'Jos\u00E9',
  'na\u0131ve',
  '\uD83D\uDE00',
  '\uD83D\uDE00\uD83D\uDE00',
  '\uD83D',
  '$5',
  '3.5',
  '#1',
  '@acme',
  'jane.doe@acme.example',
  'https://x.dev/a?b=c',
  '(see below)',
  '\u201Cquoted\u201D',
  '\u2014',
  'I',
  'w/',
  "'tis",
  "o'",
  'R&D',
  '& co',
  'well-',
  '\n \n',
  '\r\r',
  'thank you.',
  ' The',
  'U.S.',
  'A',
  ',',
  ';',
  '\u00AD',
  '_x_'
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''))

describe('parse-english, faster', () => {
  it('lexes like parse-english, node for node and position for position', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })),
        (s) => {
          expect(fastTokenize(s)).toEqual(library.tokenize(s))
        }
      ),
      { numRuns: 600 }
    )
  })

  it('builds the same paragraph tree (sentence splits and word merges)', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(fast.tokenizeParagraph(s)).toEqual(library.tokenizeParagraph(s))
      }),
      { numRuns: 600 }
    )
  })

  it('skips only passes that cannot act: same tree with or without "&", "/", apostrophes, blank lines', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 40 })), (s) => {
        expect(parseParagraph(s)).toEqual(library.tokenizeParagraph(s))
      }),
      { numRuns: 1500 }
    )
  })

  it('keeps "Ms. Alvarez" and "Dr. Lee" inside one sentence', () => {
    const tree = fast.tokenizeParagraph('I met Ms. Alvarez and Dr. Lee. They were kind.')
    expect(tree.children.filter((n) => n.type === 'SentenceNode')).toHaveLength(2)
  })

  it('returns no nodes for empty input', () => {
    expect(fastTokenize('')).toEqual([])
    expect(fastTokenize(undefined)).toEqual([])
  })
})
