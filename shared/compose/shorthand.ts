/**
 * Note shorthand and symbols, turned into plain words. Notes are typed fast during or right after an interview;
 * a draft must read as prose and must not trip the checker's tone, placeholder or spelling rules, so every
 * expansion here produces ordinary dictionary words.
 */
import { expandGluedCount, lookupShorthand, SLASHED_SHORTHAND } from '../language/shorthand'

/** Emoji, pictographs and emoticons: never carried into a draft (tone.casual flags them). */
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f|\u20e3/gu
const EMOTICON = /(?<!\S)(?:[:;=8xX]-?[)(DPpOo3/\\|\]]+|<3+|\^_*\^|:'\()(?!\S)/g

/** Weekday abbreviations that are not English words ("wed", "sat" and "sun" are). */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  mon: 'Monday',
  tues: 'Tuesday',
  thur: 'Thursday',
  thurs: 'Thursday',
  weds: 'Wednesday'
}

/** Words that make "pt" a patient rather than a point. */
const CLINICAL =
  /\b(?:nurs\w*|patients?|clinic\w*|hospital|icu|ward|crash\w*|safety|census|charting|pediatrics|outpatient|inpatient|peds|outpt|inpt|bedside|triage|ratio)\b/i

/** Symbols used as words in notes, most specific first. */
const SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  // "the story behind the #s", "the #1 skill", "#3 in the region".
  [/(?<![\p{L}\p{N}])#s(?![\p{L}\p{N}])/gu, 'numbers'],
  [/(?<![\p{L}\p{N}])#1(?![\p{L}\p{N}])/gu, 'top'],
  [/(?<![\p{L}\p{N}])#\s?(?=\d)/gu, 'number '],
  [/\s*(?:->|=>|-->|→|⇒)\s*/g, ' to '],
  [/\s*(?:<-|←)\s*/g, ' from '],
  [/\s*(?:==?|:=)\s*/g, ' is '],
  [/\s*!=\s*/g, ' is not '],
  [/(?<![\p{L}\p{N}])~\s*(?=[$\d])/gu, 'about '],
  [/(?<![\p{L}\p{N}])(?:<=|≤)\s*(?=[$\d])/gu, 'up to '],
  [/(?<![\p{L}\p{N}])<\s*(?=[$\d])/gu, 'under '],
  [/(?<![\p{L}\p{N}])(?:>=?|≥)\s*(?=\d)/gu, 'over '],
  [/\s+(?:&|\+)\s+|(?<=\p{L}{2})&(?=\p{L}{2})/gu, ' and '],
  [/\s+@\s+/g, ' at '],
  // "cost/mile", "revenue/head": a rate.
  [
    /(?<=\p{L}{2})\/(?=(?:mile|hour|hr|day|week|wk|month|mo|year|yr|unit|order|head|person|shift|visit|call|ticket|case|patient|student|user|seat|load|stop)s?\b)/gu,
    ' per '
  ],
  // "lean/six sigma", "QA/QC": two things named together ("A/B", "and/or" and "24/7" stay).
  [/(?<=\p{L}{2})(?<!\band|\b\p{Lu}{2,4})\/(?!or\b|\p{Lu}{2,4}\b)(?=\p{L}{2})/gu, ' and '],
  [/(?<=\d)\s*\+(?!\S)/g, ' or more'],
  [/(?<=\d)\s*x\s+(?=faster|slower|more|less|bigger|smaller)/gi, ' times '],
  [/\s+w\s+(?=\S)/gi, ' with ']
]

export function expandSlashedShorthand(text: string): string {
  let out = text.replace(
    /(?<![\p{L}\p{N}])(\d+(?:\.\d+)?[a-z]+)(?![\p{L}\p{N}])/giu,
    (token: string) => expandGluedCount(token) ?? token
  )
  for (const [pattern, replacement] of SLASHED_SHORTHAND) out = out.replace(pattern, replacement)
  return out
}

export function removeEmoji(text: string): string {
  return text.replace(EMOJI, ' ').replace(EMOTICON, ' ')
}

export function replaceSymbols(text: string): string {
  let out = text
  for (const [pattern, replacement] of SYMBOLS) out = out.replace(pattern, replacement)
  return out
}

/**
 * Expands whole-word shorthand. A lone "eng" after a number means people ("3 eng"), elsewhere the discipline
 * ("eng team"); "dev"/"devs" likewise.
 */
export function expandShorthand(text: string): string {
  const expanded = text.replace(
    /(?<![\p{L}\p{N}'’/])([\p{L}\p{N}]+)(?![\p{L}\p{N}'’/])/gu,
    (word, _w, offset: number) => {
      const lower = word.toLowerCase()
      const before = text.slice(0, offset)
      const afterNumber = /\d%?\s*(?:\p{L}+\s+)?$/u.test(before)
      if (afterNumber && (lower === 'eng' || lower === 'dev')) return 'engineers'
      if (afterNumber && lower === 'min') return 'minutes'
      if (afterNumber && lower === 'subs') return 'subscribers'
      // "6 mo", "2 hr": a unit after a count other than 1 is plural.
      if (afterNumber && (lower === 'mo' || lower === 'hr'))
        return `${lower === 'mo' ? 'month' : 'hour'}${/(?:^|[^\d.])1\s*$/.test(before) ? '' : 's'}`
      if (lower === 'peds' && /^\s+\p{L}/u.test(text.slice(offset + word.length))) return 'pediatric'
      // "monthly close = 5 bus days": business days.
      if (lower === 'bus' && /^\s+days?\b/i.test(text.slice(offset + word.length))) return 'business'
      // "pt" is a patient in a clinical note ("pt safety", "60 pts/day" on a ward), a point elsewhere.
      if ((lower === 'pt' || lower === 'pts') && CLINICAL.test(text))
        return lower === 'pt' ? 'patient' : 'patients'
      if (
        lower === 'dev' &&
        /^\s+(?:team|teams|work|process|cycle)\b/i.test(text.slice(offset + word.length))
      )
        return 'development'
      // Upper-case two-letter forms are usually acronyms (a "UR" product, "R" the language), not shorthand.
      // An upper-case form of an ambiguous entry ("HR", "PT", "OPS") is an acronym too.
      // Weekday abbreviations are spelled out in notes; the checker leaves "Tues 3pm" alone in a draft.
      const day = WEEKDAY_ABBREVIATIONS[lower]
      if (day !== undefined) return day
      const entry = lookupShorthand(lower)
      if (word.length <= 3 && word === word.toUpperCase() && word !== lower && entry?.ambiguous) return word
      // "re:" opens a topic label, read later by the note classifier.
      if (lower === 're' && /^\s*:/.test(text.slice(offset + word.length))) return word
      // Extra words the composer drops although they are not shorthand: they read as casual in a letter.
      if (lower === 'awesome') return 'great'
      if (lower === 'guys') return 'people'
      return entry?.expansion ?? word
    }
  )
  // "hands on" at the end of a note is one adjective, not a dangling "on".
  const compounds = expanded
    .replace(/\bhands on\b/giu, 'hands-on')
    .replace(/\bdata driven\b/giu, 'data-driven')
  // Intensifiers that read as casual ("super excited", "so cool").
  const toned = compounds
    .replace(/\b(?:super|so|really|pretty|very) cool\s*/giu, '')
    .replace(/\bsuper(?= \p{L})/giu, 'very')
  // "because perf" reads as a slip; a single word after "because" at the end is a noun: "because of performance".
  return toned.replace(/\bbecause (\p{L}+)$/u, (match, word: string) =>
    /^(?:it|they|we|you|he|she|I)$/i.test(word) ? match : `because of ${word}`
  )
}
