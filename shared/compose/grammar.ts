/**
 * Small grammar repairs that turn note fragments into phrases that read as prose (symbols are read first, in
 * symbol-phrases.ts): articles for bare singular noun phrases, measures ("ramp time of ..."), lists, and
 * gerund notes as "how you are ...". Every rewrite only reorders the note's words or adds function words (the, of,
 * which, with, from, to): nothing is added that the note did not say.
 */

import { isClause } from './clauses'
import { COUNT_ITY } from './count-nouns'

/** Prepositions and other words that end the core of a noun phrase ("design system | in Figma"). */
export const PHRASE_BREAK = new Set(
  (
    'in on at for with without from to of by via across around since over under between during after before ' +
    'per every each near through into onto about because while and or but which that who where approximately ' +
    'around roughly nearly almost everywhere now today daily weekly monthly yearly too also mostly only first last ' +
    'next ago already still soon twice once a an the your our their'
  ).split(' ')
)

/** Participles that start a reduced relative clause ("curriculum | built around ..."). */
const IRREGULAR_PARTICIPLES = new Set(
  'built run led made done taught held kept set found grown shown given written known'.split(' ')
)

/** Nouns used without an article: mass nouns and fields. */
export const MASS_NOUNS = new Set(
  (
    'work data code software infrastructure feedback testing research security growth hiring onboarding ' +
    'mentorship documentation tooling time information culture support design automation compliance ' +
    'accessibility analytics revenue churn retention coverage funding equipment staff leadership ' +
    'management ownership quality performance reliability debt education instruction evidence ' +
    'advice knowledge experience training travel sales marketing finance accounting payroll tax nursing care ' +
    'pricing billing everything something nothing anything'
  ).split(' ')
)

/** Heads after which a bare number is a measure of the thing: "ramp time ~6 mos" -> "ramp time of about 6 months". */
const MEASURE_NOUNS = new Set(
  (
    'time size sizes ratio coverage budget payback period cycle length rate target quota turnover retention ' +
    'ramp attrition caseload load span window salary pay bonus commission growth churn volume backlog headcount ' +
    'census occupancy utilization conversion margin travel split'
  ).split(' ')
)

const CHANGE_VERB =
  /\b(?:reduced|cut|increased|raised|lowered|improved|grew|boosted|dropped|lifted|decreased|reduces|cuts|increases|improves)\b/

/** Nouns after an -ing word that make it an adjective ("scaling issues"), not a verb ("scaling Postgres"). */
const NOUNS_AFTER_ADJECTIVE_ING = new Set(
  (
    'issues problems challenges plans plan efforts strategy strategies pains costs limits process processes ' +
    'roadmap culture practices setup pipeline pipelines team teams work stack system systems tools program ' +
    'programs session sessions schedule visits calls meetings reports rounds dashboards'
  ).split(' ')
)

/** Whether a word looks like a plural noun ("sprints", "KPIs"), not "status", "analysis" or "physics". */
export function isPlural(word: string): boolean {
  return /(?:[^sui'’]|\p{Lu})s$/u.test(word) && !/ics$/.test(word)
}

/** "A and B and C" -> "A, B and C". */
export function tidyList(text: string): string {
  let out = text
  for (let previous = ''; previous !== out;) {
    previous = out
    out = out.replace(/([^,;:]+?) and ([^,;:]+?) and /u, '$1, $2 and ')
  }
  return out
}

function isBreak(word: string): boolean {
  const lower = word.toLowerCase()
  return (
    PHRASE_BREAK.has(lower) ||
    IRREGULAR_PARTICIPLES.has(lower) ||
    /^\p{Ll}{3,}ed$/u.test(word) ||
    /^[~≈<>$\d]/u.test(word)
  )
}

/** The words of a noun phrase up to its first preposition, participle or number: its core. */
function core(words: readonly string[]): string[] {
  const end = words.findIndex((word, i) => i > 0 && isBreak(word))
  return end < 0 ? [...words] : words.slice(0, end)
}

/**
 * "shared on-call rotation" -> "the shared on-call rotation", "mentor program for new teachers" -> "the mentor
 * program ...". Plural, mass and named heads, acronyms, possessives and phrases that already start with a
 * determiner, number or preposition stay bare.
 */
export function withArticle(phrase: string): string {
  const words = phrase.split(/\s+/).filter((w) => w !== '')
  const first = words[0] ?? ''
  if (words.length < 2) return phrase
  if (
    /^(?:the|a|an|your|our|my|this|that|these|those|some|any|each|every|both|all|no|more|most|many|much|few|how|what|why|when|where|whether|which|who|being|lots?|plenty|another|other|such|one|two|three)$/i.test(
      first
    ) ||
    PHRASE_BREAK.has(first.toLowerCase()) ||
    /['’]s$/u.test(first) ||
    /^[~≈<>$]|^\d+(?:[.,]\d+)?$|^\d+(?:st|nd|rd|th)?$/u.test(first) ||
    (/^\p{Ll}+ing$/u.test(first) && !ING_NOUNS.has(first.toLowerCase())) ||
    /\s(?:versus|vs)\s/.test(phrase)
  )
    // "field versus office split": one split between two things.
    return /^\p{Ll}+ (?:versus|vs) \p{Ll}+ (?:split|balance|mix|ratio)\b/u.test(phrase)
      ? `the ${phrase}`
      : phrase
  // "dbt and Snowflake": each side of a short "and" takes its own article.
  const joined = /^(\S+(?: \S+)?) (and|or) (\S+(?: \S+)?)$/u.exec(phrase)
  if (joined) return `${withArticle(joined[1] ?? '')} ${joined[2] ?? ''} ${withArticle(joined[3] ?? '')}`
  const head = core(words)
  const last = head[head.length - 1] ?? ''
  if (head.length === 1 && words.length === 1) return phrase
  if (/^\p{Lu}/u.test(last) || /\d/.test(last)) return phrase // a name, product or acronym: "Google Classroom"
  const lower = last.toLowerCase()
  // "data-driven culture": a mass noun after a hyphenated adjective reads as one particular culture.
  const described =
    head.length > 1 && /-(?:driven|first|based|focused|oriented|heavy|led)$/.test(head[0] ?? '')
  const massShaped = /(?:ing|ity|ness|ism|ics)$/.test(lower) && !COUNT_ITY.test(lower)
  if (isPlural(last) || ((MASS_NOUNS.has(lower) || massShaped) && !described)) return phrase
  if (head.length === 1 && /^\p{Lu}/u.test(first)) return phrase
  // "clinical pharmacist on every floor": one of many, which the team has.
  if (/ (?:on|in|at|for) (?:every|each) /.test(phrase))
    return `having ${/^[aeiou]/i.test(first) ? 'an' : 'a'} ${phrase}`
  return `the ${phrase}`
}

/** "ramp time ~6 mos" -> "ramp time of ~6 mos": a measure noun directly followed by its number. */
export function measureOf(phrase: string): string {
  return phrase.replace(
    /^((?:\S+\s+){0,2}(?!(?:about|approximately|under|over|up|more|around)\b)(\p{Ll}[\p{Ll}-]*))\s+((?:about|approximately|under|over|up to|more than|around)\s+)?(?=[$\d])/u,
    (match, noun: string, head: string, approx: string | undefined) => {
      if (/\d/.test(noun)) return match
      // "which reduced churn 2 points": a change is by an amount.
      if (CHANGE_VERB.test(noun)) return `${noun} by ${approx ?? ''}`
      // "dock-to-stock < 24 hrs": a process done within a time.
      if (
        approx === 'under ' &&
        /^\d[\d.,]* (?:hours?|days?|minutes?|weeks?)\b/.test(phrase.slice(match.length))
      )
        return `${noun} in under `
      if (MEASURE_NOUNS.has(head)) return `${noun} of ${approx ?? ''}`
      // "book of business about $4M": an amount set beside a thing that is not a measure.
      const plain =
        /^[\p{L}&-]+(?: [\p{L}&-]+)*$/u.test(noun) &&
        /[\s-]/.test(noun) &&
        !/(?:ed|found|made|took)$/.test(head)
      if (approx === undefined || !plain) return match
      const amount = phrase.slice(match.length)
      return /^\S*%|^\S+ (?:years?|months?|weeks?|days?|hours?)\b/.test(amount)
        ? `${noun} of ${approx}`
        : `${noun}, ${approx}`
    }
  )
}

/**
 * A topic made of parts ("design system in Figma, migrating from Sketch"): each part gets its article, a move
 * ("migrating from Sketch") becomes "the move from Sketch", a trailing count ("4.8 stars") is attached with
 * "with", and two or more noun phrases are joined as a list with "and".
 */
export function topicPhrase(rawTopic: string): string {
  // "very data-driven culture": the intensifier would keep the phrase from taking its article.
  const topic = rawTopic
    .replace(/^(?:very|really|quite|so)\s+(?=\S+\s+\S)/i, '')
    // "an average of 340 scripts a day" is talked about as one figure: "the average of ...".
    .replace(/^an? (average|minimum|maximum|target|goal|cap) of /, 'the $1 of ')
  const gerund = gerundPhrase(topic)
  if (gerund !== topic) return gerund
  const onCall = /^on[- ]call\s+(?:for\s+)?(?=\d)/i.exec(topic)
  if (onCall) return topicPhrase(`on-call rotation of ${topic.slice(onCall[0].length)}`)
  // "mostly commercial lit, some IP": what the work is mostly, and what else.
  const mix =
    /^(?:mostly|mainly|largely|primarily) ([^,]+), (?:some|a little|a bit of|occasional|plus) (.+)$/i.exec(
      topic
    )
  if (mix) return `the focus on ${mix[1] ?? ''}, with some ${mix[2] ?? ''}`
  if (/:\s/.test(topic)) return lastCommaAnd(topic)
  const parts = splitTopLevel(topic)
  const phrases = parts.map((part, i) => {
    const move = /^(?:migrating|moving|switching|switched|moved|migrated)\s+((?:from|to|off)\s+.+)$/iu.exec(
      part
    )
    if (move) return `the move ${move[1] ?? ''}`
    // "feature store, going to open source it": the plan belongs to the thing before it.
    const plan = /^going to (.+?) it$/iu.exec(part)
    if (i > 0 && plan) return `which you are going to ${plan[1] ?? ''}`
    if (
      i > 0 &&
      /^(?:about |around |over |nearly |more than )?[~≈]?\$?\d[\d.,]*\s+\p{L}+(?: now)?$/u.test(part)
    )
      return `with ${part}`
    if (i > 0 && /^\d+-\p{Ll}+ \p{Ll}+$/u.test(part)) return `with ${isPlural(part) ? '' : 'a '}${part}`
    // "green belt preferred": what they would like a hire to have.
    const wish = /^(\p{Ll}[\p{Ll} -]*) (preferred|required|a plus)$/u.exec(part)
    if (i > 0 && wish) return `with ${isPlural(wish[1] ?? '') ? '' : 'a '}${part}`
    // "menu changes weekly": a thing and how often it changes.
    const cadence = /^(\p{Ll}+) (changes|rotates|turns over) (weekly|daily|monthly|seasonally|often)$/u.exec(
      part
    )
    if (i > 0 && cadence) return `a ${part.replace(/ (changes|rotates|turns over) /, ' that $1 ')}`
    // "quota 800k, ~70% of the team hit it": a clause beside the thing it is about.
    if (i > 0 && isClause(part) && !/^(?:which|with|and)\b/.test(part)) return `and that ${part}`
    // "occupancy ~85% in summer, drops in Jan": what the thing does, as a relative clause.
    if (
      i > 0 &&
      /^(?:drops|rises|peaks|dips|falls|grows|doubles|slows|spikes|changes|rotates|runs|reports|sits|works|meets|uses|ships|covers|handles|serves)\b/.test(
        part
      )
    )
      return `which ${part}`
    // "on call 1 week in 8, pager mostly quiet": a state that comes with it.
    const state =
      /^(\p{Ll}[\p{Ll}-]*) (mostly|usually|often|always|rarely|fairly|generally) (\p{Ll}+)$/u.exec(part)
    if (i > 0 && state) return `with the ${part}`
    // "remote-first, offsite 2x/yr": a way of working named alone in a list is a setup.
    if (parts.length > 1 && SETUP_WORD.test(part)) return `the ${part} setup`
    return withArticle(measureOf(yearly(countOf(part))))
  })
  if (phrases.length < 2) return phrases[0] ?? topic
  if (/ and /.test(phrases[phrases.length - 1] ?? '')) return phrases.join(', ')
  const listable = phrases.every(
    (p) =>
      !/^(?:with|without|for|in|on|at|by|because|mostly|but|which|going|to|will|can)\b/i.test(p) &&
      p.split(' ').length <= 8
  )
  if (!listable) return phrases.join(', ')
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1] ?? ''}`
}

/** "remote-first", "hybrid": a way of working, as a list part. */
const SETUP_WORD =
  /^(?:remote|hybrid|in-person|onsite|on-site|async|distributed|[\p{L}]+-(?:first|based|only|driven|friendly|heavy|led))$/iu

/** "DC network is 14 sites" inside a list of topics -> "DC network of 14 sites". */
function countOf(part: string): string {
  return part.replace(/^((?:\p{L}[\p{L}&-]*\s+){0,3}\p{L}[\p{L}&-]*) (?:is|are) (?=[~≈]?\$?\d)/u, '$1 of ')
}

const FREQUENCY: Readonly<Record<string, string>> = {
  'once a year': 'yearly',
  'twice a year': 'twice-yearly',
  'once a month': 'monthly',
  'twice a month': 'twice-monthly',
  'once a week': 'weekly',
  'twice a week': 'twice-weekly',
  'once a quarter': 'quarterly'
}

/** "offsite twice a year" -> "twice-yearly offsite": one noun and its frequency. */
function yearly(part: string): string {
  const match =
    /^((?:\p{Ll}[\p{Ll}-]* ){0,2}\p{Ll}[\p{Ll}-]*) ((?:once|twice) a (?:year|month|week|quarter))$/u.exec(
      part
    )
  const frequency = FREQUENCY[match?.[2] ?? '']
  return match && frequency !== undefined && !isPlural(match[1] ?? '')
    ? `the ${frequency} ${match[1] ?? ''}`
    : part
}

function lastCommaAnd(text: string): string {
  const at = text.lastIndexOf(', ')
  if (at < text.indexOf(':') || / and /.test(text.slice(at))) return text
  return `${text.slice(0, at)} and ${text.slice(at + 2)}`
}

/** Splits at commas and semicolons outside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if ((ch === ',' || ch === ';') && depth === 0 && !/\d,\d/.test(text.slice(i - 1, i + 2))) {
      parts.push(text.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(text.slice(start).trim())
  return parts.filter((p) => p !== '')
}

/** Plain count nouns that a one-word object of a gerund may be: "migrating monolith" -> "migrating the monolith". */
export const COUNT_NOUNS = new Set(
  'monolith app website site flow process platform product backend frontend dashboard pipeline portal system service codebase database unit ward clinic classroom course program team'.split(
    ' '
  )
)

/** Words in -ing that are nouns or adjectives, not the start of "how you are ...". */
export const ING_NOUNS = new Set(
  (
    'nothing something everything anything engineering onboarding pairing testing hiring marketing training ' +
    'planning pricing billing funding staffing tooling building meeting ceiling morning evening offering housing ' +
    'clothing shadowing charting nursing accounting teaching learning reporting networking mentoring coaching ' +
    'interviewing recruiting forecasting budgeting scheduling prospecting sourcing compounding dispensing lending ' +
    'banking consulting manufacturing shipping receiving picking packing fundraising organizing licensing underwriting ' +
    'tutoring counseling catering ticketing cleaning'
  ).split(' ')
)

/**
 * "redesigning patient intake flow with nurses" -> "how you are redesigning the patient intake flow with nurses".
 * An -ing word before an activity noun ("scaling issues") is an adjective: the phrase stays a noun phrase.
 */
export function gerundPhrase(topic: string): string {
  const words = topic.split(' ')
  const gerund = (words[0] ?? '').toLowerCase()
  const next = (words[1] ?? '').toLowerCase()
  if (
    !/^\p{Ll}{2,}ing$/u.test(words[0] ?? '') ||
    ING_NOUNS.has(gerund) ||
    // "being on call", "having a mentor": a state, not something the interviewer is doing.
    gerund === 'being' ||
    gerund === 'having' ||
    NOUNS_AFTER_ADJECTIVE_ING.has(next) ||
    words.length < 2 ||
    // "rolling forecast moving to monthly": a second -ing word after a noun is the verb, so the first is an adjective.
    (/^\p{Ll}{3,}ing$/u.test(words[2] ?? '') && !/ing$/.test(next))
  )
    return topic
  // "rolling out mobile check-in": the particle belongs to the verb, the object comes after it.
  const particle = /^(?:out|up|off|down|back|away)$/.test(next) && words.length > 2
  const verb = particle ? `${words[0] ?? ''} ${words[1] ?? ''}` : (words[0] ?? '')
  const rest = words.slice(particle ? 2 : 1)
  const object = rest.join(' ')
  const objectCore = core(rest)
  const articled = PHRASE_BREAK.has((rest[0] ?? '').toLowerCase()) ? object : withArticle(object)
  // A one-word object is left as written ("migrating billing", "upgrading postgres"): it may be a name or a mass
  // noun; only a few plain count nouns get their article.
  const plain = objectCore.length >= 2 || COUNT_NOUNS.has((objectCore[0] ?? '').toLowerCase())
  return `how you are ${verb} ${plain ? articled : object}`
}
