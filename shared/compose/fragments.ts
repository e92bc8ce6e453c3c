/**
 * Note shapes with no verb of their own that still have a natural reading: a feeling ("super proud of their NPS"),
 * a change ("churn down from 9% to 6%"), an ongoing move ("agency moving off mainframe"), a state since a date
 * ("Magnet hospital since 2019") or a way of working ("grant-funded thru 2026"). Where no sentence can be made
 * without guessing, the note becomes a `remark`: a noun phrase for the safe "what you said about ..." frames.
 * Only the note's words are used, with function words (how, is, the, a, being) added.
 */
import type { CleanNote } from './note-kinds'
import { articledClause, isClause } from './clauses'
import { isBareNumber, startsWithVerb } from './equals'
import { ING_NOUNS, isPlural, withArticle } from './grammar'

const FEELING =
  /^(?:(?:very|really|so|quite|extremely|incredibly)\s+)?(proud|excited|passionate|happy|thrilled|worried|concerned|nervous|keen|serious|focused|obsessed|frustrated|optimistic|enthusiastic|careful|strict|flexible|picky)\s+(of|about|on|with|by|to|over|around)\s+(.+)$/i

/** A short noun phrase: up to four words, no punctuation. */
const NOUN_PHRASE = "((?:(?:your|the|our)\\s+)?(?:[\\p{L}\\d&/'’-]+\\s+){0,3}?[\\p{L}\\d&/'’-]+)"

const CHANGE = new RegExp(
  `^${NOUN_PHRASE}\\s+(up|down)\\s+((?:from|by|about|more than|over|under|nearly|almost)\\s+)?(?=[~≈$\\d]|\\p{L}+fold\\b)(.+)$`,
  'u'
)
const SINCE = new RegExp(`^${NOUN_PHRASE}\\s+since\\s+(.+)$`, 'u')
const ONGOING = new RegExp(
  `^${NOUN_PHRASE}\\s+(\\p{Ll}{3,}ing)\\s+((?:to|from|off|into|away|toward|towards|up|down|out|on|at|in|for|with|a|an|the|your|our|its|\\d+)\\b.*)$`,
  'u'
)

/** "cool thing abt culture = no mtgs Wed": a subject that needs "the". */
const THING_ABOUT = /^\p{Ll}+ (?:thing|part) about /u
/** "stakeholders mostly in marketing", "team mostly remote": a subject and where it is, with "is" left out. */
const SPREAD = new RegExp(
  `^${NOUN_PHRASE}\\s+((?:mostly|largely|mainly|all|partly|fully|entirely|primarily)\\s+(?:in|on|at|from|across|remote|hybrid|onsite|on-site|distributed|based)\\b.*)$`,
  'u'
)
const DEGREE = /^(?:mostly|fully|partly|partially|largely|mainly|entirely|primarily)$/i

/** A way of working or being funded: "remote-first", "grant-funded", "hybrid". */
export const SETUP_ADJECTIVE =
  /^(?:remote|hybrid|in-person|onsite|on-site|async|asynchronous|distributed|unionized|unionised|profitable|bootstrapped|[\p{L}]+-(?:first|funded|based|only|driven|owned|friendly|heavy|led|backed))$/iu

/** Heads that name an organisation, which "is" what the note says: "Magnet hospital" -> "being a Magnet hospital". */
const ORGANISATIONS = new Set(
  (
    'hospital clinic school district firm agency company startup nonprofit non-profit charity practice shop store ' +
    'lab bank pharmacy warehouse organization employer university college facility center centre'
  ).split(' ')
)

/** Words that cannot be part of a bare noun phrase subject. */
const NOT_IN_SUBJECT =
  /(?:^|\s)(?:in|on|at|for|with|of|to|from|by|and|or|but|very|really|since|not|no|is|are|was|were|has|have)(?:\s|$)/i

export function readFragment(text: string): CleanNote | null {
  // "migrating the claims system to event sourcing which took 2 years": past work, not "how you are migrating".
  const done = /^(\p{Ll}{3,}ing\s.+?),?\s+which\s+(.+)$/u.exec(text)
  if (done && !ING_NOUNS.has((/^\p{Ll}+/u.exec(text)?.[0] ?? '').toLowerCase()))
    return { kind: 'remark', text: `${done[1] ?? ''}, which ${done[2] ?? ''}` }
  const thing = THING_ABOUT.exec(text)
  if (thing && isClause(text)) return { kind: 'fact', text: `the ${text}` }
  const spread = SPREAD.exec(text)
  if (spread && isSubject(spread[1] ?? '')) {
    const [, subject = '', rest = ''] = spread
    const be = isPlural(subject.split(' ').pop() ?? '') ? 'are' : 'is'
    return { kind: 'fact', text: articledClause(`${subject} ${be} ${rest}`) }
  }
  const feeling = FEELING.exec(text)
  if (feeling) {
    const [, adjective = '', preposition = '', rest = ''] = feeling
    return { kind: 'topic', text: `how ${adjective.toLowerCase()} you are ${preposition} ${rest}` }
  }
  const change = CHANGE.exec(text)
  if (change && isSubject(change[1] ?? '')) {
    const [, subject = '', direction = '', lead = '', rest = ''] = change
    const verb = isPlural(subject.split(' ').pop() ?? '') ? 'are' : 'is'
    return { kind: 'fact', text: articledClause(`${subject} ${verb} ${direction} ${lead}${rest}`) }
  }
  const since = SINCE.exec(text)
  if (since && isSubject(since[1] ?? ''))
    return { kind: 'remark', text: `${state(since[1] ?? '')} since ${since[2] ?? ''}` }
  const ongoing = ONGOING.exec(text)
  // Before a later -ing verb, a leading -ing word is an adjective ("rolling forecast moving to monthly").
  const subjectOk = (phrase: string): boolean =>
    isSubject(phrase) || (/^\p{Ll}+ing \p{Ll}+$/u.test(phrase) && !isClause(phrase))
  if (ongoing && subjectOk(ongoing[1] ?? '') && !ING_NOUNS.has((ongoing[2] ?? '').toLowerCase())) {
    const [, subject = '', verb = '', rest = ''] = ongoing
    const be = isPlural(subject.split(' ').pop() ?? '') ? 'are' : 'is'
    return { kind: 'topic', text: `how ${articledClause(`${subject} ${be} ${verb} ${rest}`)}` }
  }
  const [first = '', second = ''] = text.split(/\s+/)
  const adjective = DEGREE.test(first) ? second : first
  if (SETUP_ADJECTIVE.test(adjective) && !/[,;]/.test(text) && !isClause(text))
    return { kind: 'remark', text: `being ${text}` }
  return null
}

/** A subject made only of nouns and adjectives, not starting with a gerund ("migrating ..." is handled elsewhere). */
function isSubject(phrase: string): boolean {
  return (
    !NOT_IN_SUBJECT.test(phrase) &&
    !/^\p{Ll}+ing\b/u.test(phrase) &&
    !isClause(phrase) &&
    // "you're looking for someone": a pronoun with its verb is a clause, not a subject before "-ing".
    !/^(?:you|we|I|they|he|she|it)(?:['’]\p{L}+)?$/iu.test(phrase)
  )
}

/** What the interviewer's organisation has been: "being a Magnet hospital", "being remote", "the 4-day week". */
function state(phrase: string): string {
  if (SETUP_ADJECTIVE.test(phrase)) return `being ${phrase}`
  const head = (phrase.split(' ').pop() ?? '').toLowerCase()
  if (ORGANISATIONS.has(head) && !/^(?:your|the|our)\s/i.test(phrase)) {
    return `being ${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`
  }
  return withArticle(phrase)
}

const TOPIC_LEAD_IN =
  /^(?:talked|spoke|chatted|discussed|covered|went over|touched on|dove into|dug into)(?:\s+(?:a lot|briefly|mostly))?(?:\s+(?:about|abt|on|re|around|through|into))?\s+(.+)$/i

/**
 * For a note whose "=" cannot be read as a sentence ("talked abt comp = bands public", "excited abt new DC = big
 * upgrade"), the thing talked about, for a remark; null when the "=" reads well (see equals.ts).
 */
export function unreadableEquals(note: string): string | null {
  const at = note.search(/(?<![<>!=:])=(?![=>])/)
  if (at < 0) return null
  const left = note.slice(0, at).trim()
  const right = note.slice(at + 1)
  if (isBareNumber(right) || startsWithVerb(right)) return null
  const topic = TOPIC_LEAD_IN.exec(left)?.[1] ?? FEELING.exec(left.replace(/^super\s+/i, ''))?.[3]
  return topic === undefined || !/\p{L}/u.test(topic) ? null : topic
}
