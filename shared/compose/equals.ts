/**
 * "=" in a note, read with the words around it. A bare number after it is a measure ("proud of their NPS = 72" ->
 * "NPS of 72"; "models in prod = 12" -> "the 12 models in prod"); a verb after it makes a relative clause ("new DC
 * = opens in May" -> "new DC, which opens in May"); a role and a count make a "with" ("store mgr = 45 ppl" -> "store
 * mgr role, with 45 ppl"); anything else is "is" or "are" with the article the predicate needs ("PBM negotiations = pain
 * point" -> "PBM negotiations are a pain point", "last mile = biggest cost driver" -> "... is the biggest ...").
 */
import { isPlural, MASS_NOUNS } from './grammar'

const BARE_NUMBER = /^([~≈]?\$?\d[\d.,]*%?)(?=[\s!?.]*(?:[,;]|$))/u
const EQUALS = /([\p{L}\p{N})'’]+)\s*(?<![<>!=:])=(?![=>])\s*/u
const POSSESSIVE = /^(?:the|their|his|her|our|your|my)\s+/i
/** Words that make the left of "=" something talked about, not a subject: "proud of their NPS = 72". */
const INNER = /\b(?:of|about|abt|on|with|for|at|re)\b/i
const ROLE_HEAD = /^(?:mgr|manager|director|lead|supervisor|head|owner|chief|DM|GM)$/
const VERB_START =
  /^(?:\p{Ll}{3,}ed|opens|closes|starts|ends|launches|runs|takes|needs|means|covers|includes|goes|went|came|grew|became|found|made|led|cut|took)\b/u
const SUPERLATIVE = /^(?:\p{Ll}+est|main|primary|only|top|new)$/u
const ROLE_NOUN =
  /^(?:manager|mgr|lead|director|owner|head|contact|recruiter|founder|supervisor|sponsor|mentor)$/i
const ADJECTIVE_END = /(?:al|ous|ive|ic|ful|less|able|ible|ent|ant|ary|ish|ed|ly)$/
const PREDICATE_BREAK =
  /^(?:after|before|in|on|at|for|since|with|by|from|during|per|across|next|last|this|every|each|now|today|daily|weekly|monthly|yearly|and|or|but)$/i

/** Whether the words after "=" start with a verb: "opens in May". */
export function startsWithVerb(text: string): boolean {
  return VERB_START.test(text.trim())
}

/** Whether the words after "=" are only a number: "72", "115%". */
export function isBareNumber(text: string): boolean {
  return BARE_NUMBER.test(text.trim())
}

export function rewriteEquals(text: string): string {
  let out = text
  for (let match = EQUALS.exec(out); match !== null; match = EQUALS.exec(out)) {
    const before = match[1] ?? ''
    const at = match.index
    const left = out.slice(0, at + before.length)
    const after = out.slice(at + match[0].length)
    const segment = left.slice(
      Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':')) + 1
    )
    const number = BARE_NUMBER.exec(after)
    const be = isPlural(before) ? 'are' : 'is'
    if (startsWithVerb(after)) out = `${left}, which ${after}`
    else if (number !== null)
      out = measure(left, segment, number[1] ?? '', after.slice((number[1] ?? '').length), be)
    else if (ROLE_HEAD.test(before) && /^\d/.test(after))
      out = `${left} role, with ${after.replace(/,\s*(?=\d)/g, ' and ')}`
    else out = `${left} ${be} ${withPredicateArticle(after)}`
  }
  return out
}

/** "models in prod = 12" -> "the 12 models in prod"; "NPS = 72" -> "NPS is 72"; "proud of NPS = 72" -> "NPS of 72". */
function measure(left: string, segment: string, number: string, rest: string, be: string): string {
  const head =
    left
      .split(/\s+(?:in|on|at|for|of|with|across|per)\s+/)[0]
      ?.split(/\s+/)
      .pop() ?? ''
  if (isPlural(head) && segment === left && left.trim().split(/\s+/).length <= 5) {
    const determiner = POSSESSIVE.exec(left)?.[0] ?? 'the '
    return `${determiner}${number} ${left.slice(POSSESSIVE.exec(left)?.[0].length ?? 0)}${rest}`
  }
  return INNER.test(segment) ? `${left} of ${number}${rest}` : `${left} ${be} ${number}${rest}`
}

/**
 * The article a predicate after "=" needs: "the" before a superlative ("biggest cost driver"), "a" before a short
 * singular count noun phrase ("pain point", "big focus after Q3"); names, numbers, adjectives ("biennial"), plural and
 * mass nouns ("tech debt") stay bare.
 */
function withPredicateArticle(predicate: string): string {
  const words = (predicate.split(/[,;(]/)[0] ?? '').trim().split(/\s+/)
  const end = words.findIndex((word, i) => i > 0 && PREDICATE_BREAK.test(word))
  const core = end < 0 ? words : words.slice(0, end)
  const first = core[0] ?? ''
  const head = core[core.length - 1] ?? ''
  if (SUPERLATIVE.test(first) && core.length >= 2) return `the ${predicate}`
  if (ROLE_NOUN.test(head) && core.length >= 2 && core.every((w) => /^\p{Ll}/u.test(w)))
    return `the ${predicate}`
  const plain = core.every((word) => /^\p{Ll}[\p{Ll}-]*$|^\d+(?:\/\d+)+$/u.test(word))
  if (
    core.length < 2 ||
    core.length > 3 ||
    !plain ||
    /^(?:no|the|a|an|your|our|their|my|his|her|some|all|very|more|less|mostly|not)$/.test(first) ||
    isPlural(head) ||
    MASS_NOUNS.has(head) ||
    ADJECTIVE_END.test(head) ||
    /ing$/.test(head)
  )
    return predicate
  return `${/^[aeiou]/.test(first) ? 'an' : 'a'} ${predicate}`
}
