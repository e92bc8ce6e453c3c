/**
 * Rules about parts a good note contains: thanks, reaffirmed interest, an offer to answer questions, and
 * availability when it was asked for. Each recognises many wordings, because a false "missing" on a good note is
 * what makes users switch a checker off.
 */
import { whole } from '../rules'
import type { Check } from './types'

const GRATITUDE = /\b(?:thank\w*|thx|thanx|thnx|grateful|gratefully|gratitude|appreciat\w*)\b/

const INTEREST = new RegExp(
  [
    String.raw`\bexcit(?:ed|ing|ement)\b`,
    String.raw`\bthrilled\b`,
    String.raw`\benthusias\w*`,
    String.raw`\beager\w*`,
    String.raw`\bkeen\b`,
    String.raw`\binterest(?:ed)?\b`,
    String.raw`\blook(?:ing|s)? forward\b`,
    String.raw`\b(?:would|'d) (?:really |very )?(?:love|like|welcome|be (?:glad|happy|delighted|thrilled|honou?red|excited)) (?:to|the (?:chance|opportunity))\b`,
    String.raw`\bhop(?:e|ing) to (?:join|work|contribute|be part|bring|help)\b`,
    String.raw`\b(?:want|wanted|keen) to (?:join|work with|be part)\b`,
    String.raw`\bpassionate about\b`,
    String.raw`\bmotivat\w*`,
    String.raw`\b(?:can't|cannot|can not) wait\b`,
    String.raw`\bappeal(?:s|ed|ing)? to me\b`,
    String.raw`\b(?:strong|great|good|natural) fit\b`,
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
    String.raw`\b(?:happy|glad|pleased|willing|delighted) to (?:answer|share|provide|send|discuss|elaborate|clarify|expand|walk|go|help|talk|chat|follow up)\b`,
    String.raw`\blet me know if\b`,
    String.raw`\bfeel free to\b`,
    String.raw`\b(?:do not|don't) hesitate\b`,
    String.raw`\bshare more\b`,
    String.raw`\bprovide (?:more|any|additional|further|anything)\b`,
    String.raw`\b(?:more|further|additional) (?:information|details?|context|examples?|materials?|references)\b`,
    String.raw`\banything (?:else )?(?:i can|you need|that would|that might)\b`,
    String.raw`\breach out\b`,
    String.raw`\bcan (?:answer|send|share|provide)\b`,
    String.raw`\bif (?:it|that) (?:would|might|could) help\b`,
    String.raw`\bif (?:helpful|useful)\b`
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
    String.raw`\b\d{1,2}(?:st|nd|rd|th)\b`
  ].join('|')
)
/** Abbreviated weekdays only when capitalised ("Tue", "Wed."): "sat" and "sun" are also plain words. */
const WEEKDAY_ABBREVIATION = /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?/

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
