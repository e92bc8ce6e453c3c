/**
 * What kind of fragment a clean note is (a topic, a clause, something the interviewer said, a question asked), so
 * the phrasing module can set it in a sentence that fits. Lead-ins such as "talked abt" or "she mentioned" are
 * taken off here; articles are added only where a bare noun phrase would read as a slip.
 */
import { lowerFirstWord } from './casing'
import { plainVerb } from './pronouns'
import { asQuotedQuestion } from './questions'
import { readFragment } from './fragments'
import { isPlural, topicPhrase, withArticle } from './grammar'
import { articledClause, isClause } from './clauses'
import type { CleanNote } from './note-kinds'
import { readPersonal } from './personal'

export type { CleanNote } from './note-kinds'

export { withArticle } from './grammar'

/** Verbs that open a note with the interviewer (or their team) as the implied subject: "loves Thursday critiques". */
const VERB_FIRST = new Set(
  (
    'is are has uses runs ships deploys does plans wants needs works hires builds owns leads manages maintains ' +
    'supports prefers loves likes enjoys hates thinks believes feels knows cares values teaches coaches mentors ' +
    'writes reviews spends travels lives oversees splits sees expects recommends focuses serves reports presents ' +
    'sells covers handles processes dispatches releases ' +
    'joined worked started moved came spent founded switched grew used ran led managed built taught studied ' +
    'rewrote redesigned rebuilt launched shipped reduced introduced created hired doubled'
  ).split(' ')
)
const PLAIN_FIRST =
  /^(?:dispatch|release|ship|deploy|serve|run|manage|support|cover|handle|process|see|sell|train|hire|onboard|publish|close)\s+(?:about\s+|around\s+|over\s+|nearly\s+|more than\s+)?(?:\d|every\b|each\b|twice\b|once\b|weekly\b|daily\b|monthly\b|quarterly\b)/

/** A plain verb opening advice ("read", "spend", "learn", "shadow", "get"): checked by a small set plus -e/-en forms. */
function startsWithPlainVerb(text: string): boolean {
  const first = (/^[a-z]+/i.exec(text)?.[0] ?? '').toLowerCase()
  return /^(?:read|spend|learn|shadow|get|talk|meet|ask|try|focus|start|look|keep|build|practice|practise|join|visit|study|review|take|use|write|watch|listen|prepare|bring|think|be|go|make|know|reach|find|follow|come|check|sit|ride|work|pick)$/.test(
    first
  )
}

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
  // A bare "mentioned ..." has the interviewer as its subject ("shared" alone is too often an adjective).
  [/^(?:mentioned|said|explained|told me)(?:\s+that)?\s+/i, 'mentioned'],
  [/^(?:I\s+)?(?:learned|heard|found out)(?:\s+that)?\s+/i, 'fact'],
  [/^(?:I\s+)?(?:really\s+)?(?:love|like|liked|loved|enjoyed)\s+(?:that|how)\s+/i, 'fact'],
  [
    /^(?:I\s+)?(?:really\s+)?(?:love|liked|loved|enjoyed)\s+(?:hearing\s+about\s+|learning\s+about\s+)?/i,
    'topic'
  ]
]

/** "advice: read the Basel summaries first": advice the interviewer gave, as what the candidate should do. */
const ADVICE =
  /^(?:(?:your|his|her|their)\s+)?(?:advice|tip|suggestion|recommendation)\s*[:,-]\s*(?:to\s+)?(.+)$/i

export function classify(text: string): CleanNote | null {
  if (!/\p{L}/u.test(text)) return null
  // "asked me to walk through a variance analysis", "loved my story": between the two people, thanked for as such.
  const personal = readPersonal(text)
  if (personal) return personal
  // "big on patient safety": what the interviewer cares about, as a clause about them.
  const caresAbout =
    /^(?:(?:she|he|they|you)(?:'s|’s|'re|’re| is| are)?\s+)?(?:very |really )?(?:big on|keen on|passionate about|obsessed with)\s+(.+)$/i.exec(
      text
    )
  if (caresAbout) return { kind: 'fact', text: `you care a lot about ${caresAbout[1] ?? ''}` }
  // "principal big on growth mindset": someone else who cares about it.
  const theyCare =
    /^((?:the |your )?\p{Ll}+(?: \p{Ll}+)?) (?:is )?(?:very |really )?(?:big on|keen on|passionate about)\s+(.+)$/u.exec(
      text
    )
  if (theyCare && !/^(?:you|I|we|they)$/.test(theyCare[1] ?? ''))
    return {
      kind: 'fact',
      text: `${withSubjectArticleOf(theyCare[1] ?? '')} cares a lot about ${theyCare[2] ?? ''}`
    }
  const advice = ADVICE.exec(text)
  if (advice && startsWithPlainVerb(advice[1] ?? ''))
    return { kind: 'mentioned', text: `I should ${lowerFirstWord(advice[1] ?? '')}` }
  const subordinate = SUBORDINATE.exec(text)
  if (subordinate) return fromSubordinate((subordinate[1] ?? '').toLowerCase(), subordinate[2] ?? '')
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
    // "liked my portfolio" is the interviewer liking the candidate's work, not a topic.
    if (kind === 'topic' && /^(?:liked|loved|enjoyed)\s+my\s/i.test(text))
      return { kind: 'fact', text: `you ${lowerFirstWord(text)}` }
    if (kind === 'topic') return { kind, text: topicPhrase(rest) }
    // "she mentioned your portfolio": without a verb it is a topic, not a clause.
    if (kind === 'mentioned' && !isClause(rest)) return { kind: 'topic', text: topicPhrase(rest) }
    return { kind, text: articledClause(rest) }
  }
  const text1 = lowerFirstWord(text)
  const firstWord = (/^[\p{L}'’]+/u.exec(text1)?.[0] ?? '').toLowerCase()
  // "dispatch ~120 drivers", "release every 2 wks": a plain verb before an amount or a frequency is what they do.
  if (PLAIN_FIRST.test(text1)) return { kind: 'fact', text: `you ${text1}` }
  // "charting in Epic, went live 2022": what happened to the thing, as a relative clause.
  const happened = /^([^,]+), ((?:went|was|became|started|launched|grew|opened|came)\s.+)$/u.exec(text1)
  if (happened && !isClause(happened[1] ?? ''))
    return { kind: 'topic', text: `${topicPhrase(happened[1] ?? '')}, which ${happened[2] ?? ''}` }
  if (VERB_FIRST.has(firstWord) && text1.length > firstWord.length) {
    // A note with no subject ("uses Rust everywhere") is about the interviewer's team: "you use Rust everywhere".
    const object = text1
      .slice(firstWord.length)
      // "reports to CFO, presents to board": a second verb shares the subject.
      .replace(/, (\p{Ll}+s)\b/u, (match, verb: string) =>
        VERB_FIRST.has(verb) ? ` and ${plainVerb(verb)}` : match
      )
      .replace(/^(\s+)(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\p{Ll}+s\b)/u, '$1the ')
    return { kind: 'fact', text: `you ${plainVerb(firstWord)}${object}` }
  }
  // "lots of cross-team work": an amount, not a clause about "work".
  const amount = /^(?:lots of|a lot of|tons of|plenty of|loads of)\s+(.+)$/i.exec(text1)
  if (amount) {
    const rest = amount[1] ?? ''
    const head =
      rest
        .split(/\s+(?:with|in|on|at|for|across|between)\s/)[0]
        ?.split(' ')
        .pop() ?? ''
    return { kind: 'topic', text: `the ${isPlural(head) ? 'number' : 'amount'} of ${rest}` }
  }
  // "Epic EHR, switched from Cerner": a move added to a topic, not a clause with a subject.
  if (/^[^,]+, (?:migrating|moving|switching|switched|moved|migrated) (?:from|to|off)\b/i.test(text1))
    return { kind: 'topic', text: topicPhrase(text1) }
  // "ISO 9001 + IATF 16949 certified": a state of the employer.
  if (
    /^[^,]+ (?:certified|accredited|licensed|unionized|unionised|registered)$/i.test(text1) &&
    !isClause(text1)
  )
    return { kind: 'fact', text: `you are ${text1}` }
  const labelled = labelledTopic(text1)
  if (labelled) return labelled
  const shaped = readFragment(text1)
  if (shaped) return shaped
  if (isClause(text1)) return { kind: 'fact', text: articledClause(text1) }
  return { kind: 'topic', text: topicPhrase(text1) }
}

/**
 * "mentorship: every new hire paired with a senior": a label and what was said about it. Not a clause ("I found it
 * helpful to know that mentorship: …" is not English) but a topic with its detail after a colon, set at the end of
 * a sentence ("I also enjoyed our talk about mentorship: every new hire paired with a senior.").
 */
function labelledTopic(text: string): CleanNote | null {
  const labelled = /^(\p{L}[\p{L}\p{N}\s'’&/-]{2,38}):\s+(\S.*\p{L}.*)$/u.exec(text)
  const label = labelled?.[1]?.trim()
  if (!labelled || !label || isClause(label) || label.split(/\s+/).length > 4) return null
  const detail = labelled[2] ?? ''
  return { kind: 'topic', text: `${topicPhrase(label)}: ${isClause(detail) ? detail : topicPhrase(detail)}` }
}

/** "principal" -> "the principal": a bare role as a subject takes its article. */
function withSubjectArticleOf(subject: string): string {
  return /^(?:the|your|a|an)\s/.test(subject) ? subject : `the ${subject}`
}

/** A note that is only a reason, a condition or a time ("b/c they lost 2 ppl", "if budget gets approved"). */
const SUBORDINATE =
  /^(because of|because|since|due to|as|so|if|whether|once|when|after|before|until|unless|although|though|for|about|regarding)\s+(.+)$/i

/**
 * A reason stands on its own ("because you lost 2 people" -> "you lost 2 people"); a condition or a time has no
 * main clause, so it becomes a remark ("what you said about whether the budget gets approved"); a topic after
 * "since", "after" or "for" becomes a remark about that topic. What cannot be read safely is dropped.
 */
function fromSubordinate(word: string, rest: string): CleanNote | null {
  if (!/\p{L}{3}/u.test(rest) || /^(?:until|unless|although|though)$/.test(word)) return null
  const clause = isClause(rest)
  if (/^(?:if|whether|once|when)$/.test(word)) {
    if (!clause) return null
    return {
      kind: 'remark',
      text: `${word === 'if' || word === 'whether' ? 'whether' : 'when'} ${articledClause(rest)}`
    }
  }
  const inner = classify(rest)
  if (inner === null || inner.kind === 'question') return inner
  if (inner.kind === 'fact' || inner.kind === 'mentioned')
    return /^(?:because|as|so)$/.test(word) ? inner : null
  return { kind: 'remark', text: inner.text }
}
