import { expandGluedCount, lookupShorthand, SHORTHAND, SLASHED_SHORTHAND } from '../../language/shorthand'
import { CASUAL_VOCABULARY } from '../checks/tone'
import { overlaps } from '../doc'
import { matchCase } from '../text/fold'
import { scanParagraphs, type ParagraphScan } from '../paragraph-scan'
import { defineRule } from './define'

/**
 * Shorthand the table reads one way only ("abt", "ppl", "mgr", "wk"). Ambiguous forms ("exp", "re", "info") are
 * also ordinary words, and filler ("lol") is tone.casual's; "vs" and "dept" are accepted in careful writing.
 */
const ACCEPTED = new Set(['vs', 'dept', 'depts', 'approx', 'tbd', 'eod', 'eow', 'info', 'asap'])
/** Slang ("gonna", "kinda") is tone.casual's to report; "thru" is note-taking shorthand (the contract lists it). */
const isSlang = (word: string): boolean => CASUAL_VOCABULARY.has(word) && word !== 'thru'
const CLEAR_WORDS = Object.keys(SHORTHAND).filter((word) => {
  const entry = SHORTHAND[word]
  return (
    entry &&
    !entry.ambiguous &&
    !entry.filler &&
    entry.expansion !== '' &&
    !ACCEPTED.has(word) &&
    !isSlang(word)
  )
})
const CLEAR = new Set(CLEAR_WORDS)
/**
 * Runs of word characters with what may join them ("on-call", "w/o", "e.g."): a run is shorthand only as a whole,
 * less a full stop at its end ("mgr." is "mgr"). A set lookup per run is cheaper than one alternation of the table.
 */
const RUN = /[\p{L}\p{N}'\u2019@/.-]+/gu
/** The slash and dot forms a careful writer does not use ("w/", "b/c", "v. good"); "e.g.", "i.e.", "etc." they do. */
const SLASHED = SLASHED_SHORTHAND.filter(([, expansion]) =>
  ['without', 'with ', 'because', 'between', 'very'].includes(expansion)
)
/** "q re", "q abt": a question about. */
const Q_RE = /(?<![\p{L}\p{N}])qs? (?:re|abt|about)(?![\p{L}\p{N}])/giu
/** A count glued to a unit: "1wk", "3mo", "2yrs" (not "3D", "5G", "4K": capitals are product names). */
const GLUED = /(?<![\p{L}\p{N}.])\d+(?:\.\d+)?[a-z]{1,4}(?![\p{L}\p{N}])/gu
/** Symbols used as words: "->", "→", "=", "~30%", "(!)", and "+" or "&" between lower-case words. */
const SYMBOLS =
  /\s(?:->|=>|-->|→|=)\s|(?<=\s)~(?=\d)|\(!\)|(?<=\p{Ll})\s\+\s(?=\p{Ll})|(?<=\p{Ll})\s&\s(?=\p{Ll})/gu
const MAY_HAVE_SYMBOL = /->|=|→|~|\(!\)| [+&] /
const SYMBOL_FIX: Record<string, string | undefined> = {
  '~': 'about ',
  '(!)': '',
  ' + ': ' and ',
  ' & ': ' and '
}

function scan(text: string, re: RegExp, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) visit(m)
}

function message(written: string, fix: string | undefined): string {
  const spelled = fix ? ` write “${fix.trim()}”` : ' write it out in full'
  return `“${written.trim()}” is note-taking shorthand; in a message to an interviewer${spelled}.`
}

/** Every piece of shorthand in one paragraph (what the context excuses is set aside afterwards). */
const scanBody: ParagraphScan = (body, folded, report) => {
  const flag = (start: number, end: number, fix: string | undefined): void => {
    report('body', start, end, message(body.slice(start, end), fix), fix)
  }
  scan(folded, RUN, (m) => {
    let word = m[0]
    while (word.endsWith('.')) word = word.slice(0, -1)
    if (!CLEAR.has(word)) return
    const written = body.slice(m.index, m.index + word.length)
    if (written.length > 1 && written === written.toUpperCase()) return // an acronym
    const expansion = lookupShorthand(word)?.expansion
    flag(m.index, m.index + word.length, expansion ? matchCase(written, expansion) : undefined)
  })
  // Each scan below runs only when the one character its pattern needs is there (most paragraphs have none).
  const slash = body.includes('/')
  const vee = folded.includes('v.')
  for (const [re, expansion] of SLASHED) {
    if (expansion === 'very' ? vee : slash)
      scan(body, re, (m) => flag(m.index, m.index + m[0].length, expansion))
  }
  if (/\bqs? /.test(folded)) scan(folded, Q_RE, (m) => flag(m.index, m.index + m[0].length, 'question about'))
  if (/\d[a-z]/.test(body))
    scan(body, GLUED, (m) => {
      const spelled = expandGluedCount(m[0])
      if (spelled) flag(m.index, m.index + m[0].length, spelled)
    })
  if (!MAY_HAVE_SYMBOL.test(body)) return
  scan(body, SYMBOLS, (m) => {
    const key = m[0] in SYMBOL_FIX ? m[0] : m[0].trim()
    flag(m.index, m.index + m[0].length, SYMBOL_FIX[key])
  })
}

export default defineRule({
  id: 'style.shorthand',
  severity: 'warning',
  title: 'Note-taking shorthand',
  description:
    'note-taking shorthand left in the message: abbreviations (abt, w/, ppl, prev, mgr, yr, wk, intv, q re, thru, v.), arrows and symbols used as words (->, =, ~, +, &), counts glued to units (1wk, 3mo), “(!)”. A fix spells it out where one reading is clear',
  fixes: ['replace'],
  check({ doc, report }) {
    const known = doc.model.knownWords
    // The signature block ("Sr. Mgr, Ops") and links are not prose; names and the role are the user's own words.
    for (const h of scanParagraphs(doc, scanBody, doc.signoffStart)) {
      if (overlaps(doc.links, h.start, h.end) || known.has(doc.bodyFolded.slice(h.start, h.end))) continue
      report('body', h.start, h.end, h.message, h.fix)
    }
  }
})
