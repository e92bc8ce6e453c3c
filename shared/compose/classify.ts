/**
 * What kind of fragment a clean note is (a topic, a clause, something the interviewer said, a question asked), so
 * the phrasing module can set it in a sentence that fits. Lead-ins such as "talked abt" or "she mentioned" are
 * taken off here; articles are added only where a bare noun phrase would read as a slip.
 */
import { lowerFirstWord } from './casing'
import { plainVerb } from './pronouns'
import { asQuotedQuestion } from './questions'

export type CleanNote =
  /** A noun phrase: "your k8s migration", "Friday demos". */
  | { kind: 'topic'; text: string }
  /** A clause with its own verb: "your team is 6 people, mostly remote". */
  | { kind: 'fact'; text: string }
  /** Something the interviewer said: "you are hiring two more engineers" (from "she mentioned ..."). */
  | { kind: 'mentioned'; text: string }
  /** A topic the candidate asked about: "the on-call rotation" (from "asked abt on-call"). */
  | { kind: 'asked'; text: string }
  /** A question, with its indirect form when one is safe ("how you deploy"), and the answer if noted. */
  | { kind: 'question'; quoted: string; indirect: string | null; answer: string | null }

const VERB_FIRST = new Set(
  'is are has uses runs ships deploys does plans wants needs works hires builds owns leads manages maintains supports prefers'.split(
    ' '
  )
)
const FACT_VERB =
  /(?:^|\s)(?:is|are|was|were|has|have|had|will|can|could|uses?|used|runs?|ships?|deploys?|does|do|did|plans?|wants?|needs?|works?|hires?|builds?|owns?|leads?|manages?|prefers?|moved|switched|started|launched|takes|took|gets|got|grew|spends|spent|handles|covers|includes|became|joined|left|said)(?=\s|$|,)|(?:'re|'s|'ve|’re|’s|’ve)(?=\s)/i
const DETERMINER =
  /^(?:the|a|an|your|our|my|this|that|these|those|some|any|each|every|both|all|how|what|why|when|where|whether|which|who)\b/i
const MASS_NOUN = new Set(
  'work data code software infrastructure feedback testing research security growth hiring onboarding mentorship documentation tooling time information culture support design'.split(
    ' '
  )
)

/** Words in -ing that are nouns ("engineering manager is Tom"), not the start of a gerund phrase. */
const ING_NOUNS = new Set(
  'nothing something everything anything engineering onboarding pairing testing hiring marketing training planning pricing billing funding staffing tooling building meeting ceiling morning evening offering housing clothing'.split(
    ' '
  )
)

export const QUESTION_START =
  /^(?:how|what|why|when|where|which|who|whom|whose|do|does|did|is|are|was|were|can|could|will|would|should|have|has)\b/i

const LEAD_INS: ReadonlyArray<[RegExp, 'topic' | 'fact' | 'mentioned' | 'asked' | 'question-asked']> = [
  [
    /^(?:(?:we|I|you)\s+)?(?:talked|spoke|chatted|discussed|covered|went over|touched on|talked through|dove into|dug into|discussion|deep dive|conversation)(?:\s+(?:a lot|briefly|mostly|at length))?(?:\s+(?:about|on|of|re|around|through|into))?\s+/i,
    'topic'
  ],
  [/^(?:interesting|cool|nice|great|fun|important|key|note|notes|re|topic)\s*:\s*/i, 'topic'],
  [/^(?:I\s+)?asked(?:\s+you)?\s+(?:about|re|on)\s+/i, 'asked'],
  [/^(?:I\s+)?asked(?:\s+you)?\s+(?=(?:how|what|why|when|where|which|who|whether|if)\b)/i, 'question-asked'],
  [/^you\s+(?:mentioned|said|explained|noted|described|shared|told me)(?:\s+that)?\s+/i, 'mentioned'],
  [/^(?:I\s+)?(?:learned|heard|found out)(?:\s+that)?\s+/i, 'fact'],
  [/^(?:I\s+)?(?:really\s+)?(?:love|like|liked|loved|enjoyed)\s+(?:that|how)\s+/i, 'fact'],
  [
    /^(?:I\s+)?(?:really\s+)?(?:love|liked|loved|enjoyed)\s+(?:hearing\s+about\s+|learning\s+about\s+)?/i,
    'topic'
  ]
]

export function classify(text: string): CleanNote | null {
  if (!/\p{L}/u.test(text)) return null
  for (const [pattern, kind] of LEAD_INS) {
    const match = pattern.exec(text)
    if (!match) continue
    const rest = lowerFirstWord(text.slice(match[0].length).trim())
    if (!/\p{L}/u.test(rest)) break
    if (kind === 'question-asked') {
      const indirect = rest.replace(/^if\b/i, 'whether')
      return { kind: 'question', quoted: asQuotedQuestion(rest), indirect, answer: null }
    }
    // An answer noted after an arrow or dash ("asked abt promo -> informal") is left out of the topic.
    if (kind === 'asked')
      return { kind, text: withArticle(rest.split(/\s+(?:to|is)\s+|:\s|,\s|\s-\s/)[0] ?? rest) }
    if (kind === 'topic') return { kind, text: withArticle(rest) }
    // "she mentioned your portfolio": without a verb it is a topic, not a clause.
    if (kind === 'mentioned' && !isClause(rest)) return { kind: 'topic', text: withArticle(rest) }
    return { kind, text: rest }
  }
  const text1 = lowerFirstWord(text)
  const firstWord = (/^[\p{L}'’]+/u.exec(text1)?.[0] ?? '').toLowerCase()
  if (/^\p{L}+ing$/u.test(firstWord) && !ING_NOUNS.has(firstWord)) return { kind: 'topic', text: text1 } // a gerund phrase: "migrating billing to event sourcing"
  if (VERB_FIRST.has(firstWord)) {
    // A note with no subject ("uses Rust everywhere") is about the interviewer's team: "you use Rust everywhere".
    return { kind: 'fact', text: `you ${plainVerb(firstWord)}${text1.slice(firstWord.length)}` }
  }
  if (isClause(text1)) return { kind: 'fact', text: withSubjectArticle(text1) }
  return { kind: 'topic', text: withArticle(text1) }
}

/** Whether a fragment has a subject and a verb of its own ("your team is 6 people", "you're moving"). */
function isClause(text: string): boolean {
  const firstWord = /^[\p{L}'’]+/u.exec(text)?.[0] ?? ''
  return /^(?:you|we|I)(?:['’]\p{L}+)?\s/u.test(text) || FACT_VERB.test(text.slice(firstWord.length))
}

/** "team is split across 3 time zones" -> "the team is ...": a bare singular subject before "is"/"was". */
function withSubjectArticle(clause: string): string {
  const match = /^(\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?)\s(?:is|was)\s/u.exec(clause)
  if (
    !match ||
    DETERMINER.test(clause) ||
    /^(?:you|we|I|it|there|here|over|under|about|up|everyone|everything|nobody|each)\b/.test(clause)
  )
    return clause
  return `the ${clause}`
}

/** "shared on-call rotation" -> "the shared on-call rotation"; plural, mass and named things stay bare. */
export function withArticle(topic: string): string {
  const words = topic.split(/\s+/)
  const first = words[0] ?? ''
  const head = (words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '')
  if (words.length < 2 || DETERMINER.test(topic) || /^\p{Lu}|^\d/u.test(first) || /ing$/i.test(first))
    return topic
  if (/[^su]s$/.test(head) || /ing$/.test(head) || MASS_NOUN.has(head) || /[,\d]/.test(topic)) return topic
  return `the ${topic}`
}
