/**
 * Word tokens with offsets, from parse-english (a real tokenizer: "Dr. Lee" and "Ms. Alvarez" do not end a
 * sentence there, where Intl.Segmenter splits them). Paragraphs are parsed one at a time and cached by their
 * text, so while the user types only the paragraph being edited is parsed again.
 */
import { parseParagraph as parseEnglish } from './parser'

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

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g
/**
 * Paragraphs kept, least recently used dropped first: enough for the draft being typed and a few others. Kept
 * small on purpose: a paste or a new draft replaces every entry, and each entry a check inserts lives on into the
 * next garbage collection, whose pause grows with what survives.
 */
const CACHE_LIMIT = 64
/** Paragraph text -> its tokens, with offsets into the body they were last seen in (at `base`). */
const paragraphCache = new Map<string, { base: number; tokens: readonly Token[] }>()

/** Characters that may come before the first word of a line: indentation, bullets, quotes. */
function isLineLead(code: number): boolean {
  return (
    code === 0x20 || // space
    code === 0x09 || // tab
    code === 0x2d || // -
    code === 0x2013 || // en dash
    code === 0x2014 || // em dash
    code === 0x2022 || // bullet
    code === 0x2a || // *
    code === 0x3e || // >
    code === 0x22 || // "
    code === 0x27 || // '
    code === 0x28 // (
  )
}

function isLineStart(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && isLineLead(text.charCodeAt(i))) i--
  return i < 0 || text.charCodeAt(i) === 0x0a
}

/** Tokens of one paragraph, offsets shifted by `base` (where the paragraph starts in the body). */
function parseParagraph(text: string, base: number): Token[] {
  const tree = parseEnglish(text)
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
        start: start + base,
        end: end + base,
        sentenceStart: first,
        lineStart: isLineStart(text, start)
      })
      first = false
    }
  }
  return tokens
}

function paragraphTokens(body: string, from: number, to: number): readonly Token[] {
  const text = body.slice(from, to)
  const hit = paragraphCache.get(text)
  if (hit) {
    paragraphCache.delete(text) // re-inserted below as the most recently used
    paragraphCache.set(text, hit)
    if (hit.base !== from) {
      const shift = from - hit.base
      hit.tokens = hit.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }))
      hit.base = from
    }
    return hit.tokens
  }
  const tokens = parseParagraph(text, from)
  if (paragraphCache.size >= CACHE_LIMIT) {
    const oldest = paragraphCache.keys().next()
    if (!oldest.done) paragraphCache.delete(oldest.value)
  }
  paragraphCache.set(text, { base: from, tokens })
  return tokens
}

/** All word tokens of `text`, offsets into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const add = (from: number, to: number): void => {
    if (to > from) for (const t of paragraphTokens(text, from, to)) out.push(t)
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
