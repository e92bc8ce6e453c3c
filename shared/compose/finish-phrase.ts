/**
 * The last touches on a clean note fragment, after symbols and shorthand are words: the articles and small words a
 * note leaves out where prose needs them. Only function words are added (the, of, in, with, for, hours after
 * "billable"), and the note's own words keep their order.
 */
import { COUNT_NOUNS, isPlural, MASS_NOUNS, PHRASE_BREAK } from './grammar'

/**
 * Last touches on a clean fragment: "2 weeks shadowing" -> "2 weeks of shadowing", "because IPO" -> "because of
 * the IPO", a trailing count after a comma ("Tom, 8 reports") -> "Tom, with 8 reports".
 */
export function finishPhrase(text: string): string {
  return (
    repairArticles(text)
      .replace(/(\d+ (?:hours|days|weeks|months|years))\s+(\p{Ll}+ing)\b/gu, '$1 of $2')
      .replace(COUNT_BEFORE_NOUN, (match, n: string, unit: string, noun: string) =>
        NOT_A_NOUN.test(noun) || PHRASE_BREAK.has(noun) ? match : `${n}-${unit} ${noun}`
      )
      .replace(/\bbecause (\p{Lu}{2,})\b/gu, 'because of the $1')
      .replace(
        /^(?![~≈$]?\d)([^,]+\p{L}), ((?:about |around |over |nearly |almost |more than )?[~≈]?\$?\d[\d.,]*(?:\s+\p{Ll}+){1,3})$/u,
        '$1, with $2'
      )
      // "safety culture, huddles every shift": what comes with it.
      .replace(/, (\p{Ll}+s) (every|each|per|twice|once|daily|weekly|monthly)\b/u, ', with $1 $2')
  )
}

/** "90 min classes", "3 yr schedule", "6 mo rotation": a count and its unit before a noun are one adjective. */
const COUNT_BEFORE_NOUN = /(?<![\d.,])(\d+) (minute|hour|day|week|month|year)s? (\p{Ll}{3,})\b/gu
const NOT_A_NOUN =
  /^(?:ago|old|later|earlier|long|left|straight|running|out|off|away|notice|apart|each|total|now|max|min|minimum|maximum|per|\p{Ll}+ing|\p{Ll}+ly)$/u

/** Titles that take "the" after a preposition: "reports to CFO" -> "reports to the CFO". */
const TITLES = 'CEO|CFO|CTO|COO|CIO|CMO|CNO|CPO|CISO|CRO|VP|SVP|EVP|GC|DON|COS'
const TITLE_AFTER_PREPOSITION = new RegExp(`\\b(to|from|with|by|under|not|for) (${TITLES})\\b`, 'g')
const TITLE_NOT = new RegExp(`\\b(${TITLES}) not the\\b`, 'g')
const COUNT_NOUN_AFTER_MOVE = new RegExp(
  `\\b(off|from|replacing) (${[...COUNT_NOUNS].join('|')}|mainframe)\\b`,
  'g'
)

/**
 * Articles a note leaves out where prose needs them: "since new LP process", "reports to CFO not CTO", "with top
 * 50 accounts", "off mainframe"; and a vacancy after a clause: ", role open 3 months" -> ", with the role open for
 * 3 months".
 */
function repairArticles(text: string): string {
  return text
    .replace(
      /\b(since|after|before|with|from|to|into|onto|off|under|during|about) new ((?:[\p{L}&-]+ ){0,2}?)([\p{L}&-]+)(?=$|[,;.)]| (?:and|or|but|in|on|at|for|since|by|with|is|was)\b)/gu,
      (match, preposition: string, middle: string, head: string) =>
        isPlural(head) || MASS_NOUNS.has(head.toLowerCase())
          ? match
          : `${preposition} the new ${middle}${head}`
    )
    .replace(TITLE_AFTER_PREPOSITION, '$1 the $2')
    .replace(TITLE_NOT, '$1, not the')
    .replace(/\b(with|for|of|to|on|across|among) top (\d+)\b/g, '$1 the top $2')
    .replace(COUNT_NOUN_AFTER_MOVE, '$1 the $2')
    .replace(
      /, (role|position|req|seat|job|spot|post|vacancy) (open|vacant|unfilled|empty) (?:for )?(\d+ \p{L}+)$/u,
      ', with the $1 $2 for $3'
    )
    .replace(/\btowards? billable$/, (match) => `${match} hours`)
    .replace(/(\p{Ll}) first (\d+ (?:days|weeks|months|years))$/u, '$1 for the first $2')
    .replace(
      /, (want|wants|plan|plans|hope|hopes|need|needs) to\b/,
      (_m, verb: string) => `, and you ${verb.replace(/s$/, '')} to`
    )
    .replace(/\bfrom (\p{Lu}{2,}|\p{Ll}+) background\b/u, 'from a $1 background')
    .replace(
      /\b(with|for|on|to|from|in|into) ((?!(?:the|a|an|your|our|my|their|this|that|each|every|all|some|any|more|other) )\p{Ll}+ (?:\p{Ll}+ )?)(team|club|program|group|department|committee)\b(?!s)/gu,
      '$1 the $2$3'
    )
    .replace(/\bfrom previous (job|role|company|employer|team|position)\b/g, 'from my previous $1')
    .replace(/(\d+% of) (team|staff|class|store|unit|company|department|floor)\b/g, '$1 the $2')
    .replace(
      /\b(after|before|during|since|from|with) (?!(?:the|a|an|your|our|my|their|this|that|each|every) )((?:\p{Ll}+ )?)(project|initiative|rollout|launch|migration|redesign|pilot|upgrade|merger|acquisition|go-live)\b/gu,
      '$1 the $2$3'
    )
    .replace(/\b(to|for|with|before) board\b/g, '$1 the board')
    .replace(/\b(live|launched|started|opened|founded|built|joined) ((?:19|20)\d\d)\b/g, '$1 in $2')
    .replace(
      /\b(at|in|from) (\p{Lu}\p{Ll}+) (office|campus|site|store|hub|lab|warehouse|clinic|branch)\b/gu,
      '$1 the $2 $3'
    )
    .replace(
      /\b(under|to|with|for|from|by) ((?:deputy|assistant|associate|executive|managing|medical|regional|district|store|general) )?(director|manager|supervisor|chief|dean|principal|commissioner|secretary)\b/g,
      '$1 the $2$3'
    )
    .replace(/\b(built|done|made|developed|hosted|grown|kept) in house\b/g, '$1 in-house')
    .replace(
      /\b(\p{Ll}{3,}) ((?:in|during) )?(year|week|month|day) (\d+)$/u,
      (match, word: string, prep: string | undefined, unit: string, n: string) =>
        prep !== undefined || PHRASE_BREAK.has(word) ? match : `${word} in ${unit} ${n}`
    )
    .replace(/^([^,(]*\p{Ll}{3,}) (\p{Lu}{2,5} \d+(?:\.\d+)?)$/u, (match, before: string, code: string) =>
      PHRASE_BREAK.has(before.split(' ').pop() ?? '') ? match : `${before} (${code})`
    )
}
