import { describe, expect, it } from 'vitest'
import { tokenize } from './tokens'

const texts = (body: string): string[] => tokenize(body).map((t) => body.slice(t.start, t.end))

describe('tokenize', () => {
  it('gives word tokens with sentence and line starts; "Ms." and "Dr." do not end a sentence', () => {
    const body = 'Hi Jane,\n\nI met Ms. Alvarez and Dr. Lee. They were kind.\n\nBest,\nAlex'
    const tokens = tokenize(body)
    expect(tokens.map((t) => t.text)).toEqual([
      'Hi',
      'Jane',
      'I',
      'met',
      'Ms.',
      'Alvarez',
      'and',
      'Dr.',
      'Lee',
      'They',
      'were',
      'kind',
      'Best',
      'Alex'
    ])
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['Hi', 'I', 'They', 'Best'])
    expect(tokens.filter((t) => t.lineStart).map((t) => t.text)).toEqual(['Hi', 'I', 'Best', 'Alex'])
  })

  it('keeps offsets right when a cached paragraph moves (an edit above it) or appears twice', () => {
    const tail = 'The on-call rotation is shared by two teams.'
    const first = `Hi Jane,\n\n${tail}`
    const moved = `Hello again, Jane,\n\nThanks.\n\n${tail}\n\n${tail}`
    expect(texts(first)).toEqual(tokenize(first).map((t) => t.text))
    const before = tokenize(first)
    const after = tokenize(moved)
    expect(texts(moved)).toEqual(after.map((t) => t.text))
    expect(after.slice(-16).map((t) => t.text)).toEqual(
      [...before.slice(-8), ...before.slice(-8)].map((t) => t.text)
    )
    // The first draft's tokens are unchanged by the second check.
    expect(texts(first)).toEqual(before.map((t) => t.text))
    expect(tokenize(first)).toEqual(before)
  })
})
