/**
 * Rules about parts a good note contains: thanks, reaffirmed interest, an offer to answer questions, and
 * availability when it was asked for. Each recognises many wordings, because a false "missing" on a good note is
 * what makes users switch a checker off.
 */
import { whole } from '../rules'
import type { Check } from './types'

/** Text-speak thanks ("tysm") is still thanks (tone.casual reports its register); "cheers for" is British thanks. */
const GRATITUDE =
  /\b(?:thank\w*|thx|thanx|thnx|thnks|tysm|tyvm|ty|grateful|gratefully|gratitude|appreciat\w*|much obliged|cheers for)\b/

const INTEREST = new RegExp(
  [
    String.raw`\bexcit(?:ed|ing|ement)\b`,
    String.raw`\bthrilled\b`,
    String.raw`\benthusias\w*`,
    String.raw`\beager\w*`,
    String.raw`\bkeen\b`,
    String.raw`\binterest(?:ed)?\b`,
    String.raw`\blook(?:ing|s)? forward\b`,
    String.raw`\b(?:would|'d) (?:really |very much |very |truly |certainly )?(?:love|like|welcome|jump at|relish|be (?:glad|happy|delighted|thrilled|honou?red|excited|proud|privileged)) (?:to|the (?:chance|opportunity|prospect|possibility))\b`,
    String.raw`\b(?:privilege|honou?r|pleasure|dream) to (?:join|work|be part|contribute|be considered)\b`,
    String.raw`\b(?:perfect|right|ideal|excellent|natural|great|good|strong) (?:fit|match|next step)\b`,
    String.raw`\bsee myself (?:working|joining|contributing|thriving|on|at|in|as)\b`,
    String.raw`\b(?:confident|convinced|certain) (?:that )?i (?:would|could|can|will) (?:thrive|contribute|add|make|bring|help|hit|excel)\b`,
    String.raw`\b(?:want|wanted) (?:this|the) (?:role|job|position)\b`,
    String.raw`\bhop(?:e|ing) to (?:join|work|contribute|be part|bring|help)\b`,
    String.raw`\b(?:want|wanted|keen) to (?:join|work with|be part)\b`,
    String.raw`\bpassionate about\b`,
    String.raw`\bmotivat\w*`,
    String.raw`\b(?:can't|cannot|can not) wait\b`,
    String.raw`\bappeal(?:s|ed|ing)? to me\b`,
    String.raw`\bjoin(?:ing)? (?:the|your|you)\b`,
    String.raw`\bbe(?:come)? (?:a )?part of\b`,
    String.raw`\bcontribut(?:e|ing) to\b`,
    String.raw`\benergi[sz]ed\b`,
    String.raw`\binspir(?:ed|ing)\b`
  ].join('|')
)

const QUESTIONS = new RegExp(
  [
    String.raw`\b(?:any|further|additional|other|more|follow-up|remaining) questions?\b`,
    String.raw`\bquestions? (?:you|for me|i can)\b`,
    String.raw`\b(?:happy|glad|pleased|willing|delighted) to (?:answer|share|provide|send|discuss|elaborate|clarify|expand|walk|go|help|talk|chat|follow up|dig|prepare|cover|demo|show|explain|detail|outline|supply|forward|put together|pull together)\b`,
    String.raw`\blet me know if\b`,
    String.raw`\bfeel free to\b`,
    String.raw`\b(?:do not|don't) hesitate\b`,
    String.raw`\bshare more\b`,
    String.raw`\bprovide (?:more|any|additional|further|anything)\b`,
    String.raw`\b(?:more|further|additional) (?:information|details?|context|examples?|materials?|references)\b`,
    String.raw`\banything (?:else )?(?:i can|you need|that would|that might|you(?:'d| would) like|you want|you wish)\b`,
    String.raw`\banything\b[^.!?]{0,40}\b(?:that|which) (?:would|might|could) (?:help|be (?:helpful|useful))\b`,
    String.raw`\breach out\b`,
    String.raw`\bcan (?:answer|send|share|provide)\b`,
    String.raw`\bif (?:it|that) (?:would|might|could) help\b`,
    String.raw`\bif (?:helpful|useful)\b`,
    String.raw`\blmk if\b`,
    String.raw`\b(?:if|should|in case) (?:you|u) (?:need|want|require|would like|'d like) (?:anything|any|more|further|additional|something|to (?:see|know|hear|talk|discuss))\b`,
    String.raw`\bshould you (?:need|require|have|want|wish)\b`,
    String.raw`\banything else (?:from me|you need|you'd like|you would like)\b`,
    String.raw`\bcan (?:also |certainly |gladly )?(?:answer|send|share|provide|forward|walk you)\b`,
    String.raw`\b(?:available|here) to (?:answer|discuss|talk|chat|provide|share|help)\b`,
    String.raw`\b(?:on|upon) request\b`,
    String.raw`\bwould (?:it|that) (?:help|be (?:helpful|useful))\b`,
    String.raw`\b(?:references|portfolio|samples?|work samples|writing samples|case stud(?:y|ies)) (?:are |is )?(?:available|attached|ready)\b`
  ].join('|')
)

const WEEKDAY = String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b`
const MONTH = String.raw`\b(?:january|february|march|april|june|july|august|september|october|november|december)\b`
const AVAILABILITY = new RegExp(
  [
    WEEKDAY,
    MONTH,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.? ?\d{1,2}\b`,
    String.raw`\b(?:tomorrow|tonight|weekend|weekdays?|anytime|any time)\b`,
    String.raw`\b(?:this|next|the following|later this|early next|the coming) (?:week|month|few days)\b`,
    String.raw`\b(?:mornings?|afternoons?|evenings?)\b(?<!\bgood (?:morning|afternoon|evening))`,
    String.raw`\b\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)`,
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`\b(?:noon|midday)\b`,
    String.raw`\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)? (?:of )?may\b`,
    String.raw`\b\d{1,2}(?::\d{2})? ?(?:et|pt|ct|mt|est|edt|pst|pdt|cst|cdt|gmt|bst|cet|cest|utc|ist|aest|o'clock)\b`,
    String.raw`\bbetween \d{1,2}(?::\d{2})? and \d{1,2}\b`,
    String.raw`\b(?:lunchtime|lunch ?hour|later today|end of (?:the )?day|any day|most days)\b`
  ].join('|')
)
/** Abbreviated weekdays only when capitalised ("Tue", "Wed."): "sat" and "sun" are also plain words. */
const WEEKDAY_ABBREVIATION = /\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?/

export const gratitudeMissing: Check = {
  id: 'gratitude.missing',
  run(doc, out) {
    if (GRATITUDE.test(doc.bodyFolded)) return
    out.push(
      whole(
        'gratitude.missing',
        'The note never thanks the interviewer; thank them for their time and the conversation.'
      )
    )
  }
}

export const interestMissing: Check = {
  id: 'interest.missing',
  run(doc, out) {
    const body = doc.bodyFolded
    const company = doc.model.companyFolded
    if (
      INTEREST.test(body) ||
      (company && (body.includes(`join ${company}`) || body.includes(`joining ${company}`)))
    )
      return
    out.push(
      whole(
        'interest.missing',
        `The note does not say you are still interested; add a line on why the ${doc.ctx.role} role at ${doc.ctx.company} appeals to you.`
      )
    )
  }
}

export const questionsMissing: Check = {
  id: 'questions.missing',
  run(doc, out) {
    if (QUESTIONS.test(doc.bodyFolded)) return
    out.push(
      whole(
        'questions.missing',
        'The note does not offer to answer questions or share more; a line such as “I am happy to answer any questions” keeps the door open.'
      )
    )
  }
}

export const availabilityMissing: Check = {
  id: 'availability.missing',
  run(doc, out) {
    if (doc.ctx.availabilityRequested !== true) return
    if (AVAILABILITY.test(doc.bodyFolded) || WEEKDAY_ABBREVIATION.test(doc.body)) return
    out.push(
      whole(
        'availability.missing',
        'You were asked for your availability, but the note gives no day, date or time; offer a few concrete options.'
      )
    )
  }
}
