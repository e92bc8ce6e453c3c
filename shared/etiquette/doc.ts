/**
 * One draft under check: the input plus lazily computed views of the body (folded text, tokens, lines, the
 * greeting and the sign-off), so each rule pays only for what it reads and disabled rules cost nothing.
 */
import type { CheckContext, CheckDraft, CheckInput } from './contract'
import { contextModel, type ContextModel } from './context-model'
import { fold, words } from './text/fold'
import { tokenize, type Token } from './text/tokens'

export interface Line {
  text: string
  start: number
  end: number
}

export interface Range {
  start: number
  end: number
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
const URL =
  /(?:https?:\/\/|www\.)[^\s<>()"]+|(?<![@\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|dev|ai|co|app|me|edu|gov|uk|de|fr|ca|us|eu|tech|info|xyz|example|page|site)(?:\/[^\s<>()"]*)?(?![\p{L}\p{N}])/giu
const SALUTATION =
  /^\s*(?:hi|hello|hey|hiya|howdy|yo|dear|greetings|(?:good\s+)?(?:morning|afternoon|evening)|good\s+day|to\s+whom)\b/i
/**
 * A bare name or title as the whole first line: "Jane," / "Dr. Doe,". One to three capitalised words separated by
 * white space; the words and the spaces never overlap, so a long line of capitals is matched in linear time (a
 * `(?:word\s*){1,3}` form splits such a line every possible way: cubic).
 */
const NAME_LINE =
  /^\s*[\p{Lu}][\p{L}.'\u2019-]*(?:\s+[\p{Lu}][\p{L}.'\u2019-]*){0,2}\s*(?:[,:!]|\s[-\u2013\u2014])\s*$/u
const SIGNOFF =
  /^\s*(?:best|regards|kind(?:est)?\s+regards|warm(?:est)?\s+(?:regards|wishes)|with\s+(?:best\s+)?(?:regards|gratitude|appreciation|thanks)|sincerely|yours|respectfully|cordially|cheers|warmly|gratefully|all\s+the\s+best|many\s+thanks|thanks|thank\s+you|take\s+care|talk\s+soon|speak\s+soon|looking\s+forward)\b/i

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g

export class Doc {
  readonly draft: CheckDraft
  readonly ctx: CheckContext
  readonly model: ContextModel
  readonly body: string
  readonly subject: string
  private memo: {
    bodyFolded?: string
    foldedWords?: string[]
    tokens?: Token[]
    lines?: Line[]
    paragraphs?: Range[]
    links?: Range[]
    signoff?: number
  } = {}

  constructor(input: CheckInput) {
    this.draft = input.draft
    this.ctx = input.context
    this.model = contextModel(input.context)
    this.body = input.draft.body ?? ''
    this.subject = input.draft.subject ?? ''
  }

  /** The body folded (lower case, no accents, straight apostrophes), same offsets as the body. */
  get bodyFolded(): string {
    return (this.memo.bodyFolded ??= fold(this.body))
  }

  /** Words of the folded body (the regex words of text/fold, not the parser's tokens), shared by several rules. */
  get foldedWords(): string[] {
    return (this.memo.foldedWords ??= words(this.bodyFolded))
  }

  get tokens(): Token[] {
    return (this.memo.tokens ??= tokenize(this.body))
  }

  get lines(): Line[] {
    if (!this.memo.lines) {
      const lines: Line[] = []
      let start = 0
      for (const text of this.body.split('\n')) {
        lines.push({ text, start, end: start + text.length })
        start += text.length + 1
      }
      this.memo.lines = lines
    }
    return this.memo.lines
  }

  /** Paragraphs of the body (split at blank lines), as ranges; the text between them is blank. */
  get paragraphs(): Range[] {
    if (!this.memo.paragraphs) {
      const out: Range[] = []
      let from = 0
      PARAGRAPH_BREAK.lastIndex = 0
      for (let m = PARAGRAPH_BREAK.exec(this.body); m; m = PARAGRAPH_BREAK.exec(this.body)) {
        if (m.index > from) out.push({ start: from, end: m.index })
        from = m.index + m[0].length
      }
      if (from < this.body.length) out.push({ start: from, end: this.body.length })
      this.memo.paragraphs = out
    }
    return this.memo.paragraphs
  }

  /** E-mail addresses and URLs in the body: not words, never misspellings or names. */
  get links(): Range[] {
    return (this.memo.links ??= linkRanges(this.body))
  }

  /** The first non-empty line, where a greeting belongs. */
  get firstLine(): Line | undefined {
    return this.lines.find((l) => l.text.trim() !== '')
  }

  get hasGreeting(): boolean {
    const line = this.firstLine
    return !!line && (SALUTATION.test(line.text) || NAME_LINE.test(line.text))
  }

  /** Offset where the sign-off (and signature) starts, or the body length when there is none. */
  get signoffStart(): number {
    if (this.memo.signoff === undefined)
      this.memo.signoff = findSignoff(this.lines, this.firstLine, this.body.length)
    return this.memo.signoff
  }

  get hasSignoff(): boolean {
    return this.signoffStart < this.body.length
  }
}

/**
 * Substrings every match of EMAIL or URL contains (an "@"; a scheme, "www." or a dot before a letter), same
 * flags as URL. The two scans try a match at every position, so most notes, which have neither, skip them.
 */
const MAY_HAVE_EMAIL = /@/
const MAY_HAVE_URL = /https?:\/\/|www\.|\.\p{L}/iu

export function linkRanges(text: string): Range[] {
  const ranges: Range[] = []
  for (const [re, prefilter] of [
    [EMAIL, MAY_HAVE_EMAIL],
    [URL, MAY_HAVE_URL]
  ] as const) {
    if (!prefilter.test(text)) continue
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text))
      ranges.push({ start: m.index, end: m.index + m[0].length })
  }
  return ranges
}

export function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  for (const r of ranges) if (start < r.end && end > r.start) return true
  return false
}

/**
 * A sign-off is a short line among the last few that starts with a closing phrase ("Best regards,", "Thanks
 * again,") or ends with a comma before the signature ("With appreciation,"), or a dash signature ("— Alex").
 */
function findSignoff(lines: readonly Line[], first: Line | undefined, bodyLength: number): number {
  const filled = lines.filter((l) => l.text.trim() !== '' && l !== first)
  const tail = filled.slice(-5)
  for (let i = 0; i < tail.length; i++) {
    const line = tail[i] as Line
    const text = line.text.trim()
    if (text.length > 60) continue
    const isLast = i === tail.length - 1
    if (
      SIGNOFF.test(text) ||
      /^[-\u2013\u2014]\s*\p{L}/u.test(text) ||
      (!isLast && /,\s*$/.test(text) && !/[.?!]/.test(text))
    ) {
      return line.start
    }
  }
  return bodyLength
}
