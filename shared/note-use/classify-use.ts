/**
 * Proposes whether a note is something a careful candidate keeps out of writing. Pure and small, so the person card
 * (renderer) can show the proposal and the composer (main) can act on it with the very same reading.
 *
 * The categories follow the composer contract: pay, confidential items, bad news about the employer or its people,
 * the candidate's own worries, and small talk about private life. A challenge named as work to help with ("big pain
 * point: GPS pings late") is not bad news; domain words that merely look alarming ("health equity", "turnover" as
 * revenue, "bonus round") are not matched because every pattern needs the words around it.
 */

export type SensitiveCategory = 'pay' | 'confidential' | 'negative' | 'worry' | 'private life'

/** Each category's patterns, tried in this order (the first match names the note). */
const PATTERNS: ReadonlyArray<readonly [SensitiveCategory, RegExp]> = [
  [
    'confidential',
    /\b(?:nda|under nda|confidential|code ?names?|code-named|internal(?:ly)? (?:name|called|codename)|don'?t (?:mention|share|repeat|say|tell)|do not (?:mention|share|repeat)|off the record|not (?:yet )?(?:public|announced)|unannounced|under wraps|in stealth|secret|between us|keep (?:it|this) quiet)(?![a-z])/i
  ],
  [
    'pay',
    /\b(?:salary|salaries|pay|paid|pays|paying|compensation|comp|ote|rsus?|stock options?|signing bonus|sign-on|pay ?bands?|(?:salary|pay|comp) (?:range|band|bands)|range is|band is|what I (?:make|earn)|my (?:ask|number|current pay|expectations?)|hourly rate|day rate|401k|pto|a raise|pay raise|lowball\w*|underpaid|overpaid|bonus(?:es)? (?:is|are|of|structure|target|pool)|annual bonus|performance bonus|equity (?:grant|package|stake|refresh|offer|is)|benefits package)(?![a-z])|(?:\$|£|€)\s?\d[\d,.]*\s?(?:[km]\s?)?(?:k\b|\/\s?(?:hr|hour|yr|year)\b|an hour|per hour|a year|per year|base|salary)|\b\d{2,3}\s?(?:-|to)\s?\d{2,3}\s?k\b|\b\d{2,3}\s?k\s?(?:base|salary|ote|range|total|a year|\/\s?yr|per year)\b/i
  ],
  [
    'private life',
    /\b(?:commute|commuting|parking|my (?:kids?|son|daughter|wife|husband|partner|baby|dog|cat|family|mom|dad|mother|father|wedding|vacation|holiday|health|divorce|surgery|therapy|doctor)|divorc\w*|going through a (?:breakup|separation|hard time|rough patch)|(?:her|his|their) (?:kids?|son|daughter|wife|husband|partner|baby|dog|cat|wedding|vacation|holiday|divorce)|(?:I'm|she's|he's|she is|he is) pregnant|maternity leave|paternity leave|honeymoon|weekend plans|hangover|hungover|I was sick|we both|both of us|both (?:like|love|from|went|grew|play|run|ran|have|support|live)|same (?:school|hometown|gym|college|university|neighborhood|neighbourhood)|hometown|hiking|marathon|golf|fishing|yoga|netflix|tv show|favou?rite (?:team|band|show|movie)|fantasy football|the game last night|the weather|my own (?:wedding|move|health)|time off|my back|hurts|injur\w*|my (?:ex|landlord|roommate|neighbou?r))(?![a-z])/i
  ],
  [
    'negative',
    /\b(?:attrition|high turnover|turnover (?:is|was|has been)|layoffs?|laid off|let go|rif|redundanc(?:y|ies)|hiring freeze|budget cuts?|cuts? (?:to|in) (?:the )?budget|reorg|restructur\w*|(?:numbers|revenue|sales|results|growth|profits?|margins?|bookings|earnings|stock|share price|funding|morale|retention) (?:(?:were|was|are|is|has been|have been|went|keeps?|kept) )?(?:down|dipped|fell|falling|dropped|dropping|declin\w*|slipping|tanked|tanking|flat|bad|low|rough|poor|drying up)|(?:was|were|is|are|has been|have been|went|got|came in) (?:way |sharply |a lot |well )?(?:down|lower|below (?:plan|target|forecast))|(?:fell|dropped|dipped|declined|tanked|shrank|slumped|plunged|plummeted)|(?:vacancy|vacancies|churn|costs|losses|complaints|defects|delays|absences|absenteeism|debt) (?:is |are |was |were )?(?:way |sharply )?up|down \d+\s?%|missed (?:targets|the quarter|numbers|plan)|losing money|burn rate|short runway|months of runway|funding (?:risk|at risk|gap)|struggl\w+|toxic|burn(?:ed|t)? ?out|low morale|(?:team|office|internal|political) drama|(?:office|board|internal|company|team|org|corporate) politics|politics (?:slow|get|gets|is|are)|slows? (?:everything|things|it all) down|quit|quitting|resign\w*|fired|lawsuit|sued|complain\w* about|nightmare|a mess|chaotic|total chaos|(?:a|total|complete) disaster|dysfunction\w*|brutal|awful|terrible|horrible|hates?|can'?t stand|doesn'?t get along|not getting along|feud|scandal|under investigation|behind schedule|way behind|understaffed|overworked|exodus|left the company|is leaving|pushed out|bad reviews|glassdoor|review-?bomb\w*|(?:left|quit|gone) after|(?:manager|planner|lead|director|head|ceo|cto|cfo|founder|predecessor|person before me|last hire) (?:left|quit|was fired)|vacancy (?:is |rate )?(?:way |much )?up|behind on (?:rent|payments|payroll)|runway (?:is )?short|fined|clash\w*|sore (?:spot|point|subject)|touchy subject|lost (?:the|a|their|our|that) (?:last |big |biggest )?(?:[\w-]+ )?(?:bid|deal|contract|tender|client|account|case)|mandatory overtime|overtime is mandatory|crunch|rough|churn (?:is|was|of) (?:high|up|\d)|churn is|can'?t keep (?:people|staff)|high churn)(?![a-z])/i
  ],
  [
    'worry',
    /\b(?:I(?:'m| am)? (?:worried|nervous|anxious|concerned|unsure|not sure)|worried|nervous|anxious|my (?:worry|concern|weakness|weak spot|gap)|gap in my|red flag|deal ?breaker|I (?:blanked|froze|fumbled|flubbed|bombed|rambled|stumbled|struggled|messed up|screwed up)|(?:blanked|fumbled|flubbed|bombed|rambled|messed up) on|couldn'?t answer|didn'?t know (?:the|how|what)|no idea how|hope (?:they|she|he) didn'?t|overqualified|underqualified|visa|sponsorship|not sure (?:if|whether|about)|might not|doubt I|I failed|failed (?:the |my |an? )?(?:exam|test|interview|round)|I (?:was|got) rejected)(?![a-z])/i
  ]
]

export interface UseProposal {
  /** True when the note should be kept out of writing unless the user says otherwise. */
  sensitive: boolean
  /** Why, in one or two words the editor can show ("pay", "confidential"). */
  category: SensitiveCategory | null
}

/** Reads one note's text and proposes whether it is sensitive, and why. */
export function proposeUse(text: string): UseProposal {
  const plain = text.normalize('NFC').replace(/[’‘]/g, "'")
  for (const [category, pattern] of PATTERNS) {
    if (pattern.test(plain)) return { sensitive: true, category }
  }
  return { sensitive: false, category: null }
}

/**
 * Whether the user's explicit `use` lifts the proposal. Small talk and the candidate's own worries are a matter of
 * taste, so the user may choose them; pay, confidential items and bad news are kept out even then, because the
 * etiquette checker warns about each of them in any draft.
 */
export function userMayUse(category: SensitiveCategory | null): boolean {
  return category === null || category === 'private life' || category === 'worry'
}

/**
 * Whether a note may reach writing at all (a composed draft, an LLM prompt): never a private one; a sensitive one only
 * when the user chose to use it and its kind allows that.
 */
export function mayReachWriting(note: { text: string; use: 'auto' | 'use' | 'private' }): boolean {
  if (note.use === 'private') return false
  const proposal = proposeUse(note.text)
  return !proposal.sensitive || (note.use === 'use' && userMayUse(proposal.category))
}
