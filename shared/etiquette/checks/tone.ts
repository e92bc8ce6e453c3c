/**
 * tone.casual (slang, text-speak, emoji, "!!") and tone.pushy (demanding or desperate phrasing). Lists are data,
 * compiled into one regex each at module load; the subject is checked as well as the body.
 */
import type { Doc } from '../doc'
import { scanParagraphs, type ParagraphScan } from '../paragraph-scan'
import type { Field, Report } from '../rules/define'
import { escapeRegExp, fold, matchCase } from '../text/fold'

/** Casual word -> formal replacement ('' when no single replacement is clear). Matched case-insensitively. */
const CASUAL_WORDS: Record<string, string> = {
  hey: 'Hi',
  heya: 'Hi',
  heyy: 'Hi',
  heyyy: 'Hi',
  hiya: 'Hi',
  howdy: 'Hi',
  yo: 'Hi',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'have to',
  kinda: 'somewhat',
  sorta: 'somewhat',
  gimme: 'give me',
  lemme: 'let me',
  dunno: '',
  lol: '',
  lmao: '',
  rofl: '',
  omg: '',
  btw: 'by the way',
  thx: 'thanks',
  thanx: 'thanks',
  thnx: 'thanks',
  thnks: 'thanks',
  tysm: 'thank you so much',
  tyvm: 'thank you very much',
  lmk: 'let me know',
  hmu: '',
  ngl: '',
  smh: '',
  ikr: '',
  gr8: 'great',
  stoked: 'excited',
  psyched: 'excited',
  yay: '',
  woohoo: '',
  pls: 'please',
  plz: 'please',
  yeah: 'yes',
  yep: 'yes',
  yup: 'yes',
  nope: 'no',
  awesome: 'great',
  guys: '',
  dude: '',
  bro: '',
  idk: '',
  tbh: '',
  imo: 'in my view',
  imho: 'in my view',
  cuz: 'because',
  coz: 'because',
  tho: 'though',
  thru: 'through',
  haha: '',
  hahaha: '',
  hehe: '',
  xoxo: '',
  ttyl: '',
  cya: '',
  gotcha: '',
  "ain't": '',
  "y'all": ''
}
/** Text-speak that is only slang in lower case ("U" or "Ty" may be a letter or a name). */
const CASUAL_LOWERCASE: Record<string, string> = { u: 'you', ur: '', ty: 'thank you', np: '', ya: 'you' }
/** Intensifier phrases: "super excited", "so cool". */
const CASUAL_PHRASES =
  /\bsuper(?= (?:excited|happy|interested|cool|fun|helpful|glad|keen|grateful|impressed|nice)\b)|\b(?:super|so|really|pretty|very) cool\b/g

const WORD_BOUNDARY_BEFORE = String.raw`(?<![\p{L}\p{N}'\u2019.-])`
const WORD_BOUNDARY_AFTER = String.raw`(?![\p{L}\p{N}'\u2019-])`
function wordList(words: string[], flags: string): RegExp {
  const alternation = words
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace("'", "['\u2019]"))
    .join('|')
  return new RegExp(`${WORD_BOUNDARY_BEFORE}(?:${alternation})${WORD_BOUNDARY_AFTER}`, flags)
}
const CASUAL_WORD_RE = wordList(Object.keys(CASUAL_WORDS), 'gu') // run on folded text: no case-insensitive flag
const CASUAL_LOWER_RE = wordList(Object.keys(CASUAL_LOWERCASE), 'gu')
/** Emoji; ©, ®, ™, ℹ and arrows are Extended_Pictographic too but are ordinary typography in a signature. */
const EMOJI =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\p{EMod}|\u200D\p{Extended_Pictographic})*/gu
const TYPOGRAPHIC = /^[\u00A9\u00AE\u2122\u2139\u2190-\u21FF]/u
const EMOTICON = /(?<![\p{L}\p{N}])(?:[:;=]['-]?[)(DPp]|<3|xD|XD|\^_\^)(?![\p{L}\p{N}])/gu
const EXCLAMATIONS = /!{2,}/g

const PUSHY = new RegExp(
  [
    String.raw`\basap\b`,
    String.raw`\ba\.s\.a\.p\.?`,
    String.raw`\bas soon as possible\b`,
    String.raw`\bi(?:'ll| will| would|'d| do| really)? (?:need|require) (?:an?|your|some|a final) (?:answer|response|reply|decision|update)\b`,
    // A deadline set for them: "your decision by Friday at the latest" (not "I can start in June at the latest").
    String.raw`\b(?:decision|answer|response|reply|hear back|hear from you|let me know)\b(?:(?!\b(?:i|i'm|i'd|i'll|start|begin|join|relocate|move)\b)[^.!?]){0,40}\bat the latest\b`,
    String.raw`\bi (?:need|have) to (?:know|hear back|hear from you)(?: by)?\b`,
    String.raw`\bwhy (?:haven't|have not|hasn't|has not|didn't|did not) (?:i|you|anyone|anybody|someone|no one)(?: (?:heard|received|gotten|got|been|replied|responded|answered|called|written))?\b`,
    String.raw`\bwhy (?:is|has) (?:it|this) (?:taking|taken) so long\b`,
    String.raw`\bstill (?:waiting|haven't heard|have not heard|no (?:answer|reply|response|word))\b`,
    String.raw`\b(?:i've|i have) been waiting\b`,
    String.raw`\bplease,? (?:just )?hire me\b`,
    String.raw`\bi (?:really |desperately )?need this job\b`,
    String.raw`\bdesperate(?:ly)?\b`,
    String.raw`\b(?:i'm|i am) begging\b|\bi beg you\b`,
    String.raw`\bplease,? please\b`,
    String.raw`\b(?:respond|reply|answer|get back to me) (?:immediately|right away|at once|today|by (?:tomorrow|tonight|end of))\b`,
    String.raw`\bi (?:expect|demand) (?:an?|your|to hear)\b`,
    String.raw`\byou (?:must|need to) (?:respond|reply|answer|get back|let me know|decide)\b`,
    String.raw`\bno later than\b`,
    String.raw`\bdid you (?:even )?(?:read|get|see) my (?:last |previous )?(?:e-?mail|message|note)\b`,
    // Indian-English office idiom for "reply as soon as possible".
    String.raw`\bkindly (?:revert|respond|reply|expedite|update me)\b`,
    // "revert at the earliest" is pushy; "I could start in June at the earliest" is not.
    String.raw`\b(?:revert|respond|reply|update me|get back to me|let me know|inform me)\b[^.!?]{0,30}\bat the earliest\b(?! convenience)`,
    String.raw`\bi (?:truly |really |definitely |clearly )?deserve (?:this|the|that|an?)\b`,
    String.raw`\b(?:i've|i have) been (?:more than |very |extremely |incredibly )?patient\b`,
    String.raw`\bi(?:'d| would)? expect (?:a (?:decision|response|reply|answer)|to hear back)\b`,
    String.raw`\bi need you to\b`,
    String.raw`\bi (?:really |desperately |badly )?need (?:this|the) (?:role|position|offer)\b`,
    String.raw`\byou (?:should|must|need to|have to) hire me\b`,
    String.raw`\byou won't regret hiring me\b|\byou(?:'ll| will)? not regret hiring me\b`,
    String.raw`\b(?:won't|will not|will never|can't|cannot) find (?:a |anyone |someone )?better\b`,
    String.raw`\bis there a reason (?:i|you|no one|nobody)\b`,
    String.raw`\b(?:decision|response|reply|answer|update|offer)\b[^.!?]{0,40}\bby now\b`,
    String.raw`\b(?:this is my|for the) (?:third|fourth|fifth|sixth|\d+(?:rd|th)) (?:time|e-?mail|message|attempt|follow-up)\b`,
    String.raw`\b(?:respond|reply|answer|get back to me|decide) (?:by|before|within) (?:today|tomorrow|tonight|end of|the end of|eod|cob|close of|monday|tuesday|wednesday|thursday|friday|this|\d)`,
    String.raw`\burgent(?:ly)? (?:need|require|request|response|reply|update|answer|decision)\b`,
    String.raw`\b(?:respond|reply|get back to me|update me) urgently\b`,
    // Threats to chase by phone: "I'll call you Monday if I don't hear back", "If I don't hear back, I will call".
    String.raw`\bi(?:'ll| will) (?:be )?(?:call|calling|phone|phoning|ring|ringing|stop by|drop by|come by|show up)\b(?=[^.!?]{0,60}\bif i (?:don't|do not|haven't|have not) (?:hear|get|receive))`,
    String.raw`\bif i (?:don't|do not|haven't|have not) (?:hear|get|receive)[^.!?]{0,60}\bi(?:'ll| will) (?:be )?(?:call|calling|phone|phoning|ring|stop by|drop by|come by|show up|escalate|contact (?:your|the) (?:manager|boss|hr|ceo))\b`,
    String.raw`\bi(?:'ll| will) (?:be )?(?:call|calling|phone|phoning|ring|ringing|stop by|drop by|come by) (?:your office|your desk|your manager)\b`,
    // A deadline put on them, however politely: "could you please let me know by Thursday" (not "I will send it by
    // Thursday": a subject "I" between the verb and the date makes it the writer's own promise).
    String.raw`\b(?:let me know|get back to me|reply|respond|confirm|update me|tell me|inform me|decide|give me (?:an?|your) (?:answer|decision|update))\b(?:(?!\b(?:i|i'll|i'm|i'd|i can)\b)[^.!?\n]){0,40}?\b(?:by|before|no later than) (?:(?:this|next|the end of(?: the| this| next)?) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|eod|eow|cob|end of (?:the |this )?(?:day|week|month)|the \d|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? ?\d|noon|midday|the weekend)`,
    String.raw`\b(?:appreciate|need|like|expect|want|hope for|hoping for)\b (?:a|an|your|any|to (?:have|get|receive|hear)(?: (?:a|an|your|back))?) ?(?:decision|answer|response|reply|update|verdict)?\b[^.!?\n]{0,20}\b(?:by|before|within|no later than) (?:the end of )?(?:this|today|tomorrow|monday|tuesday|wednesday|thursday|friday|eod|eow|cob|\d)`,
    String.raw`\b(?:appreciate|need|like|expect|want)\b (?:a|an|your) (?:decision|answer|response|reply|update|verdict) (?:this|today|tomorrow|by|before|within)\b`,
    // Presuming the outcome: "I look forward to your offer", "when can I start?".
    String.raw`\blook(?:ing)? forward to (?:your|the|an|receiving (?:your|the|an)|getting (?:your|the|an)|seeing (?:your|the|an)) (?:formal |written |official )?offer\b`,
    String.raw`\bwhen (?:can|do|should|shall|will|would) i (?:start|begin)\b|\bwhen i (?:can|could|should|would|will) (?:start|begin)\b`,
    String.raw`\b(?:discuss|confirm|agree on|set|arrange) (?:my|a|the) start date\b`,
    String.raw`\b(?:once|when|after) (?:you (?:hire|offer)|i(?:'m| am) hired|i (?:get|receive|sign) (?:the|my|your) offer)\b`
  ].join('|'),
  'g'
)
/** "as soon as possible" is fine when it is about the candidate: "I can start as soon as possible". */
const ABOUT_ME = /\b(?:start|begin|join|available|relocate|move)\b[^.!?]{0,20}$/i

type Scan = (text: string, folded: string, field: Field, report: Report) => void

const NON_ASCII = /[^\u0020-\u007E\s]/

export const scanCasual: Scan = (text, folded, field, report) => {
  const whyWord = (w: string): string => `“${w}” reads as casual for a note to an interviewer.`
  for (const [re, source] of [
    [CASUAL_WORD_RE, folded],
    [CASUAL_LOWER_RE, text]
  ] as const) {
    re.lastIndex = 0
    for (let m = re.exec(source); m; m = re.exec(source)) {
      const written = text.slice(m.index, m.index + m[0].length)
      const key = m[0].replace('\u2019', "'")
      const replacement = CASUAL_WORDS[key] ?? CASUAL_LOWERCASE[key] ?? ''
      const fix = replacement ? matchCase(written, replacement) : undefined
      report(field, m.index, m.index + m[0].length, whyWord(written), fix)
    }
  }
  CASUAL_PHRASES.lastIndex = 0
  for (let m = CASUAL_PHRASES.exec(folded); m; m = CASUAL_PHRASES.exec(folded)) {
    const written = text.slice(m.index, m.index + m[0].length)
    const fix = m[0] === 'super' ? matchCase(written, 'very') : undefined
    report(field, m.index, m.index + m[0].length, whyWord(written), fix)
  }
  const flag = (m: RegExpExecArray, message: string, fix?: string) =>
    report(field, m.index, m.index + m[0].length, message, fix)
  EMOJI.lastIndex = 0
  for (let m = NON_ASCII.test(text) ? EMOJI.exec(text) : null; m; m = EMOJI.exec(text)) {
    if (!TYPOGRAPHIC.test(m[0]))
      flag(m, 'Emoji read as casual in a note to an interviewer; let the words carry the warmth.')
  }
  EMOTICON.lastIndex = 0
  for (let m = EMOTICON.exec(text); m; m = EMOTICON.exec(text)) {
    flag(m, 'Emoticons read as casual in a note to an interviewer.')
  }
  EXCLAMATIONS.lastIndex = 0
  for (let m = EXCLAMATIONS.exec(text); m; m = EXCLAMATIONS.exec(text)) {
    flag(m, 'Repeated exclamation marks read as casual; one is plenty.', '!')
  }
}

/** Runs on the folded text (straight apostrophes, so "haven’t" matches too); reports the original words. */
export const scanPushy: Scan = (text, folded, field, report) => {
  PUSHY.lastIndex = 0
  for (let m = PUSHY.exec(folded); m; m = PUSHY.exec(folded)) {
    if (m[0].startsWith('as soon') && ABOUT_ME.test(folded.slice(Math.max(0, m.index - 40), m.index)))
      continue
    const phrase = text.slice(m.index, m.index + m[0].length)
    report(
      field,
      m.index,
      m.index + m[0].length,
      `“${phrase}” sounds demanding or desperate; interviewers respond better to a patient, polite check-in.`
    )
  }
}

const bodyScans = new Map<Scan, ParagraphScan>()

/** Runs a scan on the subject and on the body (paragraph by paragraph, cached while the user types). */
export function bothFields(doc: Doc, report: Report, scan: Scan): void {
  if (doc.subject) scan(doc.subject, fold(doc.subject), 'subject', report)
  let body = bodyScans.get(scan)
  if (!body) bodyScans.set(scan, (body = (text, folded, into) => scan(text, folded, 'body', into)))
  for (const h of scanParagraphs(doc, body)) report('body', h.start, h.end, h.message, h.fix)
}

/** Words the casual rule reports; the spelling rule leaves them to it. */
export const CASUAL_VOCABULARY: ReadonlySet<string> = new Set([
  ...Object.keys(CASUAL_WORDS),
  ...Object.keys(CASUAL_LOWERCASE)
])
