/**
 * Builds a draft body paragraph by paragraph while recording which stretches came from which note, so the
 * editor can show the source of each sentence (`sources` in the output).
 */
import type { ComposedDraft } from '../etiquette/contract'
import { dropRepeatedWords } from './text'

export type Source = ComposedDraft['sources'][number]

export interface Sentence {
  text: string
  /** Index into context.notes, when the sentence came from a note. */
  note?: number
}

/** Paragraphs of sentences, joined by blank lines, plus the offsets of every note sentence. */
export function assembleBody(paragraphs: ReadonlyArray<ReadonlyArray<Sentence>>): {
  body: string
  sources: Source[]
} {
  let body = ''
  const sources: Source[] = []
  for (const paragraph of paragraphs) {
    const sentences = paragraph.filter((sentence) => sentence.text.trim() !== '')
    if (sentences.length === 0) continue
    if (body !== '') body += '\n\n'
    sentences.forEach((sentence, i) => {
      if (i > 0) body += ' '
      const text = dropRepeatedWords(sentence.text.replace(/[ \t]+/g, ' ').trim())
      if (sentence.note !== undefined)
        sources.push({ start: body.length, end: body.length + text.length, note: sentence.note })
      body += text
    })
  }
  return { body, sources }
}

/** The closing lines: the sign-off, then the candidate's name when there is one. */
export function signOffParagraph(signOff: string, name: string | null): Sentence[] {
  return [{ text: name === null ? signOff : `${signOff},\n${name}` }]
}
