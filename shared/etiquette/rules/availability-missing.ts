import { defineRule } from './define'

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

export default defineRule({
  id: 'availability.missing',
  severity: 'warning',
  title: 'No availability',
  description: 'you were asked for your availability and the body gives no day, date or time',
  fixes: [],
  check({ doc, whole }) {
    if (doc.ctx.availabilityRequested !== true) return
    if (AVAILABILITY.test(doc.bodyFolded) || WEEKDAY_ABBREVIATION.test(doc.body)) return
    whole(
      'You were asked for your availability, but the note gives no day, date or time; offer a few concrete options.'
    )
  }
})
