/**
 * Whether a note fragment is a clause, and the articles at the edges of a clause built from a note: "team is split across 3 time zones" -> "the team is ...",
 * "firm uses Relativity" -> "the firm uses ...", "Priya is hiring manager" -> "Priya is the hiring manager". Only
 * "the" is added; a plural, mass or named subject stays bare.
 */

import { COUNT_ITY } from './count-nouns'

/** Verbs that make a fragment a clause (after its first word, which may be a verb-like noun). */
const FACT_VERB =
  /(?:^|\s)(?:is|are|was|were|has|have|had|will|can|could|uses?|used|runs?|ships?|deploys?|does|do|did|plans?|wants?|needs?|works?|hires?|builds?|owns?|leads?|manages?|prefers?|moved|switched|started|launched|takes?|took|gets?|got|meets?|lasts|happens?|rotates?|grew|spends|spent|handles|covers|includes|became|joined|left|said|went|came|goes|counts?|bills?|reports to|starts|begins|ends|opens|closes|hit)(?=\s|$|,)|(?:'re|'s|'ve|’re|’s|’ve)(?=\s)/i
/** Whether a fragment has a subject and a verb of its own ("your team is 6 people", "you're moving"). */
export function isClause(text: string): boolean {
  const firstWord = /^[\p{L}'’]+/u.exec(text)?.[0] ?? ''
  // A verb inside a relative clause ("migrating billing, which took 2 years") does not make the note a clause.
  const main = text.split(/\s(?:which|who|that)\s/)[0] ?? text
  return /^(?:you|we|I)(?:['’]\p{L}+)?\s/u.test(text) || FACT_VERB.test(main.slice(firstWord.length))
}

const DETERMINER =
  /^(?:the|a|an|your|our|my|this|that|these|those|some|any|each|every|both|all|how|what|why|when|where|whether|which|who)\b/i

/** Heads that read well without an article even when singular: "culture is ...", "charting takes ...". */
const SUBJECT_MASS = /(?:ity|ness|ism|ics|ing)$/
const MASS_SUBJECTS = new Set(
  (
    'culture work data code feedback research security growth hiring pay compensation equipment staffing churn ' +
    'shrink revenue traffic turnover attrition retention morale volume headcount procurement prevention ' +
    'compliance leadership management finance marketing sales payroll documentation'
  ).split(' ')
)

/** Verbs after which a bare singular subject needs "the": "firm uses ...", "DEA audit last year went fine". */
const SUBJECT_VERB =
  '(?:is|was|has|went|came|goes|left|grew|became|uses|runs|owns|rotates|reports|counts|meets|takes|lasts|covers|' +
  'includes|handles|ships|needs|wants|plans|works|hires|builds|leads|manages|supports|sees|expects|focuses|does|' +
  'gets|starts|ends|closes|opens|sits|pays|offers|requires|tracks|drives|serves|bills|sets|reviews|approves|covers)'
/** Roles written as acronyms, which take "the" as a subject: "ED came from United Way". */
const ROLE_ACRONYMS = '(?:DM|GM|ED|PIC|ASM|SM|RM|AM|DON|CNO|CEO|CFO|CTO|COO|VP|DC|ICU|NICU|PICU|PMO|SOC|NOC)'
const BARE_SUBJECT = new RegExp(
  `^((?:(?:\\p{Lu}[\\p{Lu}&]+|\\p{Ll}[\\p{Ll}-]*)\\s){0,2}\\p{Ll}[\\p{Ll}-]*|${ROLE_ACRONYMS})` +
    `(?:\\s(?:last|this|next)\\s(?:year|month|week|quarter))?\\s${SUBJECT_VERB}(?=[\\s,]|$)`,
  'u'
)

/** "team is split across 3 time zones" -> "the team is ...": a bare singular subject before its verb. */
export function withSubjectArticle(clause: string): string {
  const match = BARE_SUBJECT.exec(clause)
  if (
    !match ||
    DETERMINER.test(clause) ||
    /^(?:you|we|I|it|there|here|over|under|about|up|everyone|everything|nobody|each)\b/.test(clause)
  )
    return clause
  const subject = match[1] ?? ''
  const head = subject.split(' ').pop() ?? ''
  if (/(?:[^sui'’]|\p{Lu})s$/u.test(head)) return clause
  if ((SUBJECT_MASS.test(head) && !COUNT_ITY.test(head)) || MASS_SUBJECTS.has(head)) return clause
  return `the ${clause}`
}

/** Roles that take "the" after "is": "Priya is hiring manager" -> "Priya is the hiring manager". */
export function withPredicateArticle(clause: string): string {
  return clause.replace(
    /^(\p{Lu}\p{Ll}+ (?:is|was) )(?!(?:the|a|an|your|our|my) )((?:\p{Ll}+ ){0,2}(?:manager|lead|director|owner|head|contact|recruiter|founder|supervisor|sponsor|mentor))(?=$|,)/u,
    '$1the $2'
  )
}

/** Both articles. */
export function articledClause(clause: string): string {
  return withPredicateArticle(withSubjectArticle(clause))
}
