/**
 * Word tokens with offsets, from parse-english (a real tokenizer: "Dr. Lee" and "Ms. Alvarez" do not end a
 * sentence there, where Intl.Segmenter splits them). Paragraphs are parsed one at a time and cached by their
 * text, so while the user types only the paragraph being edited is parsed again.
 */
import { ParseEnglish } from 'parse-english'

export interface Token {
  /** The word as written, e.g. "on-call", "don't", "Dr." */
  text: string
  start: number
  end: number
  /** First word of a sentence (parse-english's sentence split). */
  sentenceStart: boolean
  /** First word on its line (signature lines, list items). */
  lineStart: boolean
}

const parser = new ParseEnglish()
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g
const LINE_LEAD = /[ \t\-\u2013\u2014\u2022*>"'(]/
const CACHE_LIMIT = 400
const paragraphCache = new Map<string, readonly Token[]>()

function isLineStart(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && LINE_LEAD.test(text.charAt(i))) i--
  return i < 0 || text.charAt(i) === '\n'
}

function parseParagraph(text: string): readonly Token[] {
  const tree = parser.tokenizeParagraph(text)
  const tokens: Token[] = []
  for (const sentence of tree.children) {
    if (sentence.type !== 'SentenceNode') continue
    let first = true
    for (const node of sentence.children) {
      if (node.type !== 'WordNode' || !node.position) continue
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? start
      tokens.push({
        text: text.slice(start, end),
        start,
        end,
        sentenceStart: first,
        lineStart: isLineStart(text, start)
      })
      first = false
    }
  }
  return tokens
}

function paragraphTokens(text: string): readonly Token[] {
  const hit = paragraphCache.get(text)
  if (hit) return hit
  const tokens = parseParagraph(text)
  if (paragraphCache.size >= CACHE_LIMIT) {
    const oldest = paragraphCache.keys().next()
    if (!oldest.done) paragraphCache.delete(oldest.value)
  }
  paragraphCache.set(text, tokens)
  return tokens
}

/** All word tokens of `text`, offsets into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const add = (from: number, to: number): void => {
    if (to <= from) return
    for (const t of paragraphTokens(text.slice(from, to))) {
      out.push(from === 0 ? t : { ...t, start: t.start + from, end: t.end + from })
    }
  }
  let from = 0
  PARAGRAPH_BREAK.lastIndex = 0
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    add(from, m.index)
    from = m.index + m[0].length
  }
  add(from, text.length)
  return out
}
