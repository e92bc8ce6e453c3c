/**
 * Turns one raw bullet note into a clean fragment plus what kind of fragment it is, so the phrasing module can set
 * it in a fitting sentence. Nothing is added that the note did not say: clean-up only removes noise (bullets,
 * emoji, "!!", placeholders), expands shorthand and speaks to the interviewer in the second person.
 */
import { fixCase, lowerFirstWord } from './casing'
import { classify, QUESTION_START, withArticle, type CleanNote } from './classify'
import { unreadableEquals } from './fragments'

export type { CleanNote } from './classify'
import { toSecondPerson } from './pronouns'
import { asQuotedQuestion, toIndirectQuestion } from './questions'
import { rewriteArrow, rewriteEquals, rewriteNumbers } from './symbol-phrases'
import { expandShorthand, expandSlashedShorthand, removeEmoji, replaceSymbols } from './shorthand'
import { finishPhrase } from './finish-phrase'
import { tidyList } from './grammar'
import { dropRepeatedWords, tidySpacing, wordsOf } from './text'

/** Longest fragment, in words, set into a sentence; longer notes are cut at a clause boundary. */
export const MAX_NOTE_WORDS = 18

const BULLET = /^\s*(?:->|=>|-->|[-*•·+–—~→⇒]+|\d{1,2}[.)]|[a-z][.)](?=\s)|\[[ xX]?\])\s*/u

/** A bracketed generic slot word ("[topic]", "<Name>", "{{company}}") carries nothing from the interview. */
const SLOT_WORD =
  /(?:\{\{|\[|<)\s*(?:name|first name|topic|company|role|title|date|time|day|x+|tbd|todo|something|thing|insert[^\]>}]*)\s*(?:\}\}|\]|>)/gi

export interface CleanOptions {
  /** Names that must not appear in a draft (other companies in the journal): a note naming one is dropped. */
  avoid?: readonly string[]
}

/** Cleans one raw note, or returns null when nothing usable is left (only symbols, or it names another company). */
export function cleanNote(raw: string, options: CleanOptions = {}): CleanNote | null {
  const lines = raw
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => stripBullets(line))
    .filter((line) => /\p{L}/u.test(line))
  if (lines.length === 0) return null
  const joined = removeEmoji(joinLines(lines))
  if (mentionsAny(joined, options.avoid ?? []) || TO_DO.test(joined)) return null

  const qa = splitQuestionAnswer(joined)
  if (qa) {
    const question = cleanFragment(qa.question)
    if (!/\p{L}/u.test(question)) return null
    // "Q: career ladder?" is a topic the candidate asked about, not a sentence to quote.
    if (!QUESTION_START.test(question)) return { kind: 'asked', text: withArticle(lowerFirstWord(question)) }
    const answer = qa.answer === null ? '' : shorten(cleanFragment(qa.answer), 14)
    return {
      kind: 'question',
      quoted: asQuotedQuestion(question),
      indirect: toIndirectQuestion(question),
      answer: /\p{L}|\d/u.test(answer) ? answer : null
    }
  }
  // "talked abt comp = bands public": no sentence can be made of it, so only what was talked about is kept.
  const unreadable = unreadableEquals(joined)
  if (unreadable !== null) {
    const topic = classify(shorten(cleanFragment(unreadable), MAX_NOTE_WORDS))
    if (topic?.kind === 'topic' || topic?.kind === 'remark') return { kind: 'remark', text: topic.text }
  }
  return classify(shorten(cleanFragment(joined), MAX_NOTE_WORDS))
}

/** A to-do for the candidate ("TODO: ask about salary", "remember to send portfolio") is not from the talk. */
const TO_DO = /^\s*(?:todo|to do|fixme|remember to|need to|don't forget|follow up|ask|send|email)\b/i

/** The lines of a multi-line note as one list: "a, b and c". */
function joinLines(lines: readonly string[]): string {
  if (lines.length <= 2) return lines.join(' and ')
  return `${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`
}

function stripBullets(line: string): string {
  let out = line
  for (let previous = ''; previous !== out;) {
    previous = out
    out = out.replace(BULLET, '')
  }
  return out.trim()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function mentionsAny(text: string, names: readonly string[]): boolean {
  return names.some(
    (name) =>
      name.trim() !== '' &&
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.trim())}(?![\\p{L}\\p{N}])`, 'iu').test(text)
  )
}

/** "Q: how do they deploy? A: canary", "how do they deploy? canary", "Q: is it remote?" */
function splitQuestionAnswer(text: string): { question: string; answer: string | null } | null {
  const labelled = /^\s*Q\s*[:.)-]\s*(.+?)\s*(?:\?+\s*[,;/|-]?\s*|[,;/|-]\s*)A\s*[:.)-]\s*(.+)$/isu.exec(text)
  if (labelled) return { question: labelled[1] ?? '', answer: labelled[2] ?? '' }
  const onlyLabelled = /^\s*Q\s*[:.)-]\s*(.+)$/isu.exec(text)
  if (onlyLabelled) {
    const [question, answer] = splitAtQuestionMark(onlyLabelled[1] ?? '')
    return { question, answer }
  }
  if (
    /^\s*(?:how|what|why|when|where|which|who|do|does|did|is|are|can|will|would|should)\b[^?]*\?/i.test(text)
  ) {
    const [question, answer] = splitAtQuestionMark(text)
    return { question, answer }
  }
  return null
}

function splitAtQuestionMark(text: string): [string, string | null] {
  const at = text.indexOf('?')
  if (at < 0) return [text, null]
  const answer = text
    .slice(at + 1)
    .replace(/^[\s?,;:/|-]+/, '')
    .replace(/^A\s*[:.)-]\s*/i, '')
  return [text.slice(0, at), answer.trim() === '' ? null : answer]
}

/** The clean-up every fragment gets: symbols and shorthand to words, no noise, second person, tidy spacing. */
export function cleanFragment(text: string): string {
  let out = expandSlashedShorthand(removeEmoji(text))
  // Arrows, "=", "40+" and rates need the words around them, so they are read before symbols become words.
  out = rewriteEquals(rewriteNumbers(rewriteArrow(out)))
  out = replaceSymbols(out)
  // Template slots ("[Name]", "{{company}}", "<topic>") lose their brackets: the word inside is the note.
  out = out
    .replace(SLOT_WORD, ' ')
    .replace(/\{\{\s*([^}]*?)\s*\}\}/g, '$1')
    .replace(/\[([^\]]*)\]/g, '$1')
    .replace(/<([^<>]*)>/g, '$1')
    .replace(/(?<![\p{L}\p{N}])[#@](?=\p{L})/gu, '')
  out = out
    .replace(/(?:\.{2,}|…)/g, ', ')
    .replace(/[!¡]+/g, ' ')
    .replace(/\?+/g, ' ')
    .replace(/[*_`^|\\{}<>[\]]+/g, ' ')
    .replace(/(?<!\p{L})-{1,2}(?!\p{L})/gu, ', ')
  out = removeUnbalanced(out)
  out = expandShorthand(out)
  out = fixCase(out)
  out = toSecondPerson(out)
  out = tidyList(dropRepeatedWords(tidySpacing(out))).replace(/^[\s,.;:/-]+|[\s,.;:/-]+$/g, '')
  // A fragment must not end on a word that needs more after it ("about", "with the").
  for (let previous = ''; previous !== out;) {
    previous = out
    // "the skill she looks for": a verb's own preposition ends the phrase well.
    if (PHRASAL_END.test(out)) break
    out = out.replace(DANGLING_END, '').replace(/[\s,.;:/-]+$/g, '')
  }
  // "wants someone who": a relative clause cut off before it says anything leaves nothing worth saying.
  if (DANGLING_RELATIVE.test(out)) return ''
  return finishPhrase(out.replace(/\s+(?:because|since|so|if|when|where|which|that)$/i, ''))
}

const DANGLING_RELATIVE =
  /\b(?:someone|somebody|something|anyone|anything|people|person)\s+(?:who|that|which|to)$/i
const PHRASAL_END =
  /\b(?:look|looks|looking|looked|ask|asks|asked|hope|hopes|care|cares|wait|waits|rely|relies|count|counts|plan|plans|work|works|hire|hires|hiring|screen|screens|test|tests|optimize|optimizes)\s+(?:for|on|about|with)$/i
const DANGLING_END = /\s+(?:about|with|to|for|on|of|in|at|from|by|the|a|an|and|or|but|your|our|my)$/i

/** Drops parentheses and quotes that do not pair up, so a cut or messy note cannot leave one open. */
function removeUnbalanced(text: string): string {
  let out = text
  const opens = (out.match(/\(/g) ?? []).length
  const closes = (out.match(/\)/g) ?? []).length
  if (opens !== closes) out = out.replace(/[()]/g, ' ')
  if ((out.match(/"/g) ?? []).length % 2 === 1) out = out.replace(/"/g, '')
  return out.replace(/\(\s*\)/g, ' ')
}

/**
 * Shortens a fragment to at most maxWords words, cutting at the last clause boundary (comma, semicolon, "and",
 * "but", "which", "because") that keeps at least a third of it, else after a whole word that is not a dangling
 * function word.
 */
export function shorten(text: string, maxWords: number): string {
  if (wordsOf(text).length <= maxWords) return text
  const tokens = text.split(/\s+/)
  const head = tokens.slice(0, maxWords)
  for (let i = head.length - 1; i >= Math.ceil(maxWords / 3); i--) {
    const token = head[i] ?? ''
    if (/[,;:]$/.test(token)) return finish(head.slice(0, i + 1).join(' '))
    if (/^(?:and|but|which|because|so|while|although|though|where|when)$/i.test(token))
      return finish(head.slice(0, i).join(' '))
  }
  let end = head.length
  while (
    end > 1 &&
    /^(?:the|a|an|and|or|but|of|to|in|on|at|for|with|from|by|your|our|my|is|are|that)$/i.test(
      head[end - 1] ?? ''
    )
  )
    end--
  return finish(head.slice(0, end).join(' '))
}

function finish(text: string): string {
  return removeUnbalanced(text)
    .replace(/[\s,;:/-]+$/g, '')
    .trim()
}
