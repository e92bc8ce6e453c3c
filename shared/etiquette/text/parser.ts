/**
 * parse-english, made cheaper in two ways that leave its output unchanged (parser.test.ts compares the trees with
 * the library's on generated text):
 * - a faster first pass. The library's lexer (ParseLatin#tokenize) runs up to three Unicode regexes on every
 *   character; here each UTF-16 unit is classified once, by asking the library's own lexer, and kept in a table;
 * - no pass that cannot change the text at hand. Each of parse-english's transforms walks the whole paragraph; a
 *   few only act on one character ("&", "/", an apostrophe, two line breaks in one gap), so a paragraph without
 *   it skips them.
 * Everything else (word merges, sentence splits: "Dr. Lee" stays one sentence) is parse-english's own code.
 */
import { ParseEnglish } from 'parse-english'

/** nlcst types as parse-english itself declares them. */
type SentenceContent = ReturnType<ParseEnglish['tokenize']>[number]
type Paragraph = ReturnType<ParseEnglish['tokenizeParagraph']>

type NodeType = SentenceContent['type']
type Point = { line: number; column: number; offset: number }

const TYPES: readonly NodeType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
const WORD = 3 // index in TYPES, plus one: 0 in the table means "not classified yet"
const WHITE_SPACE = 1
const libraryTokenize = ParseEnglish.prototype.tokenize

/** Node type per UTF-16 unit, filled on first sight (text uses a few dozen distinct units). */
const unitType = new Uint8Array(0x10000)

function classify(code: number): number {
  const node = libraryTokenize.call(ParseEnglish.prototype, String.fromCharCode(code))[0]
  const index = node ? TYPES.indexOf(node.type) : -1
  return index < 0 ? TYPES.indexOf('SymbolNode') + 1 : index + 1
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

function node(type: number, value: string, start: Point, end: Point): SentenceContent {
  if (type !== WORD) return { type: TYPES[type - 1], value, position: { start, end } } as SentenceContent
  return {
    type: 'WordNode',
    children: [{ type: 'TextNode', value, position: { start, end } }],
    position: { start, end }
  }
}

/**
 * The same node list as ParseLatin#tokenize: runs of word characters or white space, runs of one repeated
 * punctuation or symbol character, positions with line, column and offset. One point object serves as the end of
 * a node and the start of the next: the library's plugins only ever replace points, never change one in place.
 */
export function fastTokenize(value: string | null | undefined): SentenceContent[] {
  const children: SentenceContent[] = []
  if (!value) return children
  let line = 1
  let column = 1
  let from = 0
  let start: Point = { line, column, offset: 0 }
  let previousType = 0
  let previous = -1
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    let type = unitType[code] as number
    if (type === 0) unitType[code] = type = classify(code)
    if (
      index > from &&
      !(
        previousType === type &&
        (type === WORD || type === WHITE_SPACE || code === previous || isSurrogate(code))
      )
    ) {
      const end: Point = { line, column, offset: index }
      children.push(node(previousType, value.slice(from, index), start, end))
      from = index
      start = end
    }
    if (code === 13 || (code === 10 && previous !== 13)) {
      line++
      column = 1
    } else if (code !== 10) {
      column++
    }
    previousType = type
    previous = code
  }
  if (previousType && from < value.length) {
    const end: Point = { line, column, offset: value.length }
    children.push(node(previousType, value.slice(from), start, end))
  }
  return children
}

/** parse-english, lexing with fastTokenize. */
export class FastParseEnglish extends ParseEnglish {
  override tokenize(value?: string | null): SentenceContent[] {
    return fastTokenize(value)
  }
}

/** Characters that let a transform act. Bit flags, one per trigger. */
const APOSTROPHE_OR_SLASH = 1
const AMPERSAND = 2
const HYPHEN = 4
const SLASH = 8
const FULL_STOP = 16
const TWO_LINE_BREAKS = 32
const ALL = 63

/**
 * What each transform needs, in the order parse-english 7 lists them (0: always runs). Sentence transforms:
 * English elisions ("'tis", "w/"), "&" into the next word, a final "-", inner-word symbols, "a/b", initialisms
 * ("U.S."), positions. Paragraph transforms: only the split at blank lines inside a paragraph is skipped.
 */
const SENTENCE_NEEDS = [APOSTROPHE_OR_SLASH, AMPERSAND, HYPHEN, 0, SLASH, FULL_STOP, 0]
const PARAGRAPH_NEEDS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, TWO_LINE_BREAKS, 0, 0]

/**
 * Skipping relies on that order, so check it through the transforms the lists share with the root's list
 * (white-space siblings, empty nodes, positions); with any other layout every transform runs.
 */
function layoutIsKnown(): boolean {
  const { tokenizeSentencePlugins: sentence, tokenizeParagraphPlugins: paragraph } = ParseEnglish.prototype
  const root = ParseEnglish.prototype.tokenizeRootPlugins
  return (
    sentence.length === SENTENCE_NEEDS.length &&
    paragraph.length === PARAGRAPH_NEEDS.length &&
    root.length === 4 &&
    paragraph[8] === root[0] &&
    paragraph[9] === root[1] &&
    paragraph[11] === root[2] &&
    paragraph[12] === root[3] &&
    sentence[6] === root[3]
  )
}
const CAN_SKIP = layoutIsKnown()
const parsers = new Map<number, FastParseEnglish>()

function parserFor(present: number): FastParseEnglish {
  const key = CAN_SKIP ? present : ALL
  let parser = parsers.get(key)
  if (!parser) {
    parser = new FastParseEnglish()
    const runs = (need: number): boolean => need === 0 || (need & key) !== 0
    parser.tokenizeSentencePlugins = parser.tokenizeSentencePlugins.filter((_, i) =>
      runs(SENTENCE_NEEDS[i] ?? 0)
    )
    parser.tokenizeParagraphPlugins = parser.tokenizeParagraphPlugins.filter((_, i) =>
      runs(PARAGRAPH_NEEDS[i] ?? 0)
    )
    parsers.set(key, parser)
  }
  return parser
}

function triggersIn(text: string): number {
  let present = 0
  let lineBreaks = 0
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x27: // '
      case 0x2019: // ’
        present |= APOSTROPHE_OR_SLASH
        break
      case 0x2f: // /
        present |= APOSTROPHE_OR_SLASH | SLASH
        break
      case 0x26: // &
        present |= AMPERSAND
        break
      case 0x2d: // -
        present |= HYPHEN
        break
      case 0x2e: // .
        present |= FULL_STOP
        break
      case 0x0a: // \n
      case 0x0d: // \r
        if (++lineBreaks >= 2) present |= TWO_LINE_BREAKS
        break
    }
  }
  return present
}

/** parse-english's tokenizeParagraph(text), without the passes that cannot act on it. */
export function parseParagraph(text: string): Paragraph {
  return parserFor(triggersIn(text)).tokenizeParagraph(text)
}
