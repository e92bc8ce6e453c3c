/**
 * Proofreading: spelling (only speller.correct() on this path, results cached per speller), repeated words and
 * unfilled template slots. Names and words from the context, e-mail addresses, URLs, acronyms, ALL-CAPS, words
 * with digits, CamelCase names and contractions are never misspellings.
 */
import type { ContextModel } from '../context-model'
import { overlaps, type Doc } from '../doc'
import type { Field, Report, RuleContext } from '../rules/define'
import type { Speller } from '../speller-api'
import { fold, WORD } from '../text/fold'
import type { Token } from '../text/tokens'
import { isKnownWord } from '../text/vocabulary'
import { looksLikeTypo } from '../suggest'
import { CASUAL_VOCABULARY } from './tone'

const CORRECT_CACHE_LIMIT = 20000
const correctCache = new WeakMap<Speller, Map<string, boolean>>()

/** US dictionary, but British spellings are not mistakes: "organisation", "colour", "travelled", "centre". */
const BRITISH_TO_US: Array<[RegExp, string]> = [
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s|ed|ing|ite|ites|ful|able)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/mme(s)?$/, 'm$1'],
  [/^(?=\p{L}{7,}$)(\p{L}*?)ae/u, '$1e'], // paediatric, anaesthetic, haematology (long words only: "raed" stays a typo)
  [/^oe(?=\p{L}{5,}$)/u, 'e'], // oestrogen, oesophagus
  [/dgement(s)?$/, 'dgment$1'], // judgement, acknowledgement
  [/^practis(e|es|ed|ing)$/, 'practic$1'], // the British verb
  [/([^l])l(ment|ments)$/, '$1ll$2'], // enrolment, fulfilment, instalment
  [/^(ag|rout|whing)eing$/, '$1ing'] // ageing, routeing, whingeing (not "useing" or "writeing")
]

function isCorrect(speller: Speller, word: string): boolean {
  let cache = correctCache.get(speller)
  if (!cache) correctCache.set(speller, (cache = new Map()))
  const hit = cache.get(word)
  if (hit !== undefined) return hit
  const lower = word.toLowerCase()
  let ok = speller.correct(word) || (lower !== word && speller.correct(lower))
  if (!ok) ok = BRITISH_TO_US.some(([re, to]) => re.test(lower) && speller.correct(lower.replace(re, to)))
  if (!ok) ok = isRegularInflection(speller, lower)
  if (!ok && /[^\u0020-\u007E\s]/.test(lower)) ok = true // accented words the US dictionary lacks are names or loanwords
  if (cache.size >= CORRECT_CACHE_LIMIT) cache.clear()
  cache.set(word, ok)
  return ok
}

/** A consonant-vowel-consonant ending doubles before -ing/-ed ("running"), so "runing" stays a typo. */
const DOUBLES_BEFORE_SUFFIX = /[^aeiou][aeiou][^aeiouwxy]$/

/**
 * Regular -ing/-ed forms the dictionary lacks although it has the word: "triaging" (triage), "dashboarding"
 * (dashboard). The usual typos stay typos; the base needs four letters, so "rune" does not excuse "runing".
 */
function isRegularInflection(speller: Speller, lower: string): boolean {
  const m = /^(\p{L}{4,}?)(?:ing|ed)$/u.exec(lower)
  const base = m?.[1]
  // "agreing" (a lost e), "runing"/"occured" (an undoubled consonant), "comming" (a doubled one).
  if (!base || base.endsWith('e') || DOUBLES_BEFORE_SUFFIX.test(base) || /([^aeiou])\1$/.test(base))
    return false
  return speller.correct(`${base}e`) || speller.correct(base)
}

const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u
/** An acronym's plural: "KPIs", "MCUs", "IEPs". */
const ACRONYM_PLURAL = /^\p{Lu}[\p{Lu}\p{N}]+s$/u
/** Prefixes written with a hyphen ("pre-sales", "de-escalation", "co-teach"): the word after them is checked. */
const HYPHEN_PREFIXES = new Set(
  'pre post de re co non anti multi bi tri semi sub mid self ex inter intra micro macro over under cross e x ultra meta pro neo mis'.split(
    ' '
  )
)
const CAMEL = /\p{Ll}\p{Lu}/u
const CAPITALISED = /^\p{Lu}/u

/** A piece of a token that is not a known word; where it sits decides whether it is reported. */
interface UnknownPart {
  part: string
  offset: number
  capitalised: boolean
}
type TokenVerdicts = Map<string, readonly UnknownPart[]>
const NONE: readonly UnknownPart[] = []
/** Per speller and context: token text -> its unknown parts. Typing re-checks the same words, so this is hot. */
const verdictCache = new WeakMap<Speller, WeakMap<ContextModel, TokenVerdicts>>()

function verdictsFor(speller: Speller, model: ContextModel): TokenVerdicts {
  let byModel = verdictCache.get(speller)
  if (!byModel) verdictCache.set(speller, (byModel = new WeakMap()))
  let verdicts = byModel.get(model)
  if (!verdicts) byModel.set(model, (verdicts = new Map()))
  if (verdicts.size >= CORRECT_CACHE_LIMIT) verdicts.clear()
  return verdicts
}

function unknownParts(token: string, speller: Speller, model: ContextModel): readonly UnknownPart[] {
  let out: UnknownPart[] | undefined
  forEachPart(token, 0, (part, offset) => {
    const f = fold(part)
    if (part.length < 2 || ALL_CAPS.test(part) || ACRONYM_PLURAL.test(part) || CAMEL.test(part)) return
    if (model.knownWords.has(f) || CASUAL_VOCABULARY.has(f) || isKnownWord(f) || isCorrect(speller, part))
      return
    // A note is not a dictionary, but its jargon is the user's own: only a typo-shaped word stays a misspelling.
    if (model.noteWords.has(f) && !looksLikeTypo(speller, f)) return
    ;(out ??= []).push({ part, offset, capitalised: CAPITALISED.test(part) })
  })
  return out ?? NONE
}

/** spelling: reports words the dictionary, the context's names and the personal dictionary do not know. */
export function checkSpelling({ doc, env, report, offerWord }: RuleContext): void {
  {
    const speller = env.speller
    if (!speller) return // without a dictionary the rule cannot know
    const verdicts = verdictsFor(speller, doc.model)
    const lookup = (token: string): readonly UnknownPart[] => {
      let parts = verdicts.get(token)
      if (!parts) verdicts.set(token, (parts = unknownParts(token, speller, doc.model)))
      return parts
    }
    let properNouns: Set<string> | undefined
    const isProperNoun = (word: string): boolean => {
      // A capitalised word used mid-sentence anywhere is a proper noun, also where it starts a sentence.
      properNouns ??= new Set(
        doc.tokens
          .filter((t) => !t.sentenceStart && !t.lineStart && CAPITALISED.test(t.text))
          .map((t) => t.text)
      )
      return properNouns.has(word)
    }
    const greetingEnd = doc.firstLine?.end ?? 0
    const tokens = doc.tokens
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token
      const parts = lookup(t.text)
      if (parts.length === 0 || overlaps(doc.links, t.start, t.end)) continue
      const atStart = t.sentenceStart || t.lineStart
      const inFrame = t.start < greetingEnd || t.start >= doc.signoffStart
      for (const { part, offset, capitalised } of parts) {
        if (capitalised && (!atStart || inFrame || isProperNoun(part))) continue
        if (!capitalised && isNameParticle(tokens, i)) continue
        misspelled(report, offerWord, 'body', part, t.start + offset)
      }
    }
    // In a subject, Title Case is normal: only lower-case words are checked.
    WORD.lastIndex = 0
    for (let m = WORD.exec(doc.subject); m; m = WORD.exec(doc.subject)) {
      for (const { part, offset, capitalised } of lookup(m[0])) {
        if (!capitalised) misspelled(report, offerWord, 'subject', part, m.index + offset)
      }
    }
  }
}

/** Lower-case particles inside names: "Universidad de Chile", "Pieter van der Berg", "Leonardo da Vinci". */
const NAME_PARTICLE =
  /^(?:de|da|di|du|del|della|degli|dei|van|von|der|den|ter|ten|le|la|al|el|bin|bint|ibn|dos|das|do|y|zu|af)$/

/** A particle followed (through more particles) by a capitalised word on the same line is part of a name. */
function isNameParticle(tokens: readonly Token[], index: number): boolean {
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (i > index && t.lineStart) return false
    if (NAME_PARTICLE.test(t.text)) continue
    return i > index && CAPITALISED.test(t.text)
  }
  return false
}

function misspelled(
  report: Report,
  offerWord: (word: string) => void,
  field: Field,
  word: string,
  start: number
): void {
  report(
    field,
    start,
    start + word.length,
    `“${word}” is not in the dictionary; check the spelling before you send (or add it to your dictionary if it is right).`
  )
  offerWord(word)
}

/** Calls `visit` for each checkable piece of a token: hyphen parts, possessives stripped, contractions skipped. */
function forEachPart(text: string, offset: number, visit: (part: string, start: number) => void): void {
  const word = text.replace(/\.+$/, '').replace(/['\u2019][sS]$/, '')
  if (/[\d_.@/]/.test(word) || /['\u2019]/.test(word)) return
  let at = 0
  const parts = word.split('-')
  parts.forEach((part, i) => {
    const isPrefix = i < parts.length - 1 && HYPHEN_PREFIXES.has(part.toLowerCase())
    if (part && !isPrefix) visit(part, offset + at)
    at += part.length + 1
  })
}

const ALLOWED_REPEATS = new Set(['that', 'had'])

/** repeated-word: the same word twice in a row. */
export function checkRepeatedWords(doc: Doc, report: Report): void {
  {
    const tokens = doc.tokens
    for (let i = 1; i < tokens.length; i++) {
      const prev = tokens[i - 1]
      const cur = tokens[i]
      if (!prev || !cur) continue
      if (prev.text.length !== cur.text.length) continue
      const a = prev.text.toLowerCase()
      if (a !== cur.text.toLowerCase() || !/\p{L}/u.test(a) || ALLOWED_REPEATS.has(a)) continue
      const between = doc.body.slice(prev.end, cur.start)
      if (!/^\s+$/.test(between) || /\n\s*\n/.test(between) || overlaps(doc.links, prev.start, cur.end))
        continue
      // In a signature, a name on one line and the full name on the next ("Sam\nSam Lee") is not a slip.
      if (between.includes('\n') && prev.start >= doc.signoffStart) continue
      report('body', prev.start, cur.end, `“${prev.text}” appears twice in a row.`, prev.text)
    }
  }
}

const PLACEHOLDER =
  /\[[^[\]\n]*\p{L}[^[\]\n]*\](?!\()|\{\{[^{}\n]{0,40}\}\}|\{[\p{L}_][\p{L}\p{N} _.-]{0,30}\}|<[\p{L}][\p{L}\p{N} _.-]{0,30}>|(?<![\p{L}\p{N}])(?:X{3,}|TODO|FIXME|TKTK)(?![\p{L}\p{N}])|_{3,}|\b[Ll]orem ipsum\b/gu
/**
 * Other template styles: "(Your Name)", "(insert company)", "(Company Name)". A parenthesis is a slot only when it
 * opens with a slot word or ends with "name", so prose asides stay prose.
 */
const PAREN_SLOT =
  /\((?:(?:insert|your|their|recipient'?s?|interviewer'?s?|candidate'?s?|company)(?:\s[^()\n]{0,25})?|[^()\n]{0,25}\bname)\)/giu
/** "%FIRST_NAME%", "INSERT COMPANY" (capitals only: "insert" in prose is a verb). */
const CAPS_SLOT = /%[A-Za-z_]{2,30}%|(?<![\p{L}\p{N}])INSERT(?:[ _][A-Z]+){0,3}(?![\p{L}\p{N}])/gu
const HTML_TAG = /^<\/?(?:br|p|b|i|u|em|strong|div|span|a|ul|ol|li|hr)>$/i

function slotFix(doc: Doc, slot: string, field: Field, start: number): string | undefined {
  const inner = fold(slot)
    .replace(/[^a-z ]/g, ' ')
    .trim()
  const candidate = doc.ctx.candidate?.name
  if (/\b(?:your|my|sender|signature)\b/.test(inner)) return candidate || undefined
  if (/\b(?:company|organi[sz]ation|employer|firm)\b/.test(inner)) return doc.ctx.company
  if (/\b(?:role|position|job|title)\b/.test(inner)) return doc.ctx.role
  if (/\b(?:interviewer|recipient|their|first name|contact)\b/.test(inner))
    return doc.model.interviewer.parts[0]
  if (inner === 'name' && field === 'body') {
    if (start < (doc.firstLine?.end ?? 0)) return doc.model.interviewer.parts[0]
    if (start >= doc.signoffStart) return candidate || undefined
  }
  return undefined
}

/** A line of underscores is a separator in a signature, not a blank to fill. */
function isRuleLine(text: string, start: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const nl = text.indexOf('\n', start + length)
  const line = text.slice(lineStart, nl < 0 ? text.length : nl)
  return /^[\s_-]*$/.test(line)
}

function scanPlaceholders(doc: Doc, text: string, field: Field, report: Report): void {
  scanSlots(doc, text, field, PLACEHOLDER, report)
  if (text.includes('(')) scanSlots(doc, text, field, PAREN_SLOT, report)
  if (text.includes('%') || text.includes('INSERT')) scanSlots(doc, text, field, CAPS_SLOT, report)
}

function scanSlots(doc: Doc, text: string, field: Field, pattern: RegExp, report: Report): void {
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const slot = m[0]
    if (HTML_TAG.test(slot)) continue
    if (slot.startsWith('___') && isRuleLine(text, m.index, slot.length)) continue
    report(
      field,
      m.index,
      m.index + slot.length,
      `“${slot}” is an unfilled template slot; replace it before you send the note.`,
      slotFix(doc, slot, field, m.index)
    )
  }
}

/** placeholder: unfilled template slots in the address, the subject and the body. */
export function checkPlaceholders(doc: Doc, report: Report): void {
  if (doc.draft.to) scanPlaceholders(doc, doc.draft.to, 'to', report)
  if (doc.subject) scanPlaceholders(doc, doc.subject, 'subject', report)
  scanPlaceholders(doc, doc.body, 'body', report)
}
