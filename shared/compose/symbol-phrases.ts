/**
 * Note symbols read with the words around them, before the symbol table turns the rest into words: arrows as a
 * change or a result, "=" with agreement, "40+" as "more than 40", rates ("2x/yr") and weekday abbreviations.
 * Only the note's own words are reordered, with function words added (which, with, from, to, a, per).
 */
import { isPlural } from './grammar'

export { rewriteEquals } from './equals'

const TIME_UNITS: Readonly<Record<string, string>> = {
  wk: 'week',
  wks: 'week',
  week: 'week',
  yr: 'year',
  year: 'year',
  mo: 'month',
  month: 'month',
  day: 'day',
  d: 'day',
  hr: 'hour',
  hour: 'hour',
  sprint: 'sprint',
  quarter: 'quarter',
  qtr: 'quarter'
}

const TIMES: Readonly<Record<string, string>> = { '1': 'once', '2': 'twice' }

const WEEKDAYS: Readonly<Record<string, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  tues: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  thur: 'Thursday',
  thurs: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday'
}

/** Verbs of a person's reaction; "she" is turned to "you" (with the verb agreeing) by the pronoun pass. */
const PERSON_VERB =
  /^(?:liked|loved|likes|loves|wants|wanted|said|says|thinks|thought|seemed|agreed|laughed|nodded|asked|wrote)\b/u
const ARROW = /\s*(?:-->|->|=>|→|⇒)\s*/u
const PAST_VERB =
  /^(?:\p{Ll}+ed|found|led|cut|took|made|saved|grew|became|went|got|brought|built|won|lost|broke|fell|rose|halved|doubled|tripled)\b/u

/**
 * Rewrites the first arrow of a note before symbols become words. A result after the arrow becomes a relative
 * clause ("VoiceOver audit -> found 40+ issues" -> "VoiceOver audit, which found 40+ issues"); a short move
 * becomes "the move from X to Y"; "Figma -> Storybook handoff" becomes "the handoff from Figma to Storybook"; a
 * number to a number becomes "from N to M". Anything else is left for the symbol table ("to").
 */
export function rewriteArrow(text: string): string {
  const label = /^\s*\p{L}{2,12}:\s+/u.exec(text)
  if (label) return label[0] + rewriteArrow(text.slice(label[0].length))
  const arrow = ARROW.exec(text)
  if (!arrow) return text
  const left = text.slice(0, arrow.index).trim()
  const right = text.slice(arrow.index + arrow[0].length).trim()
  if (!/\p{L}|\d/u.test(left) || !/\p{L}|\d/u.test(right)) return text
  // "asked abt my a11y work -> wants more of that": the interviewer's reaction, not a result of the thing.
  if (PERSON_VERB.test(right)) return `${left}, and she ${right}`
  if (PAST_VERB.test(right)) return `${left}, which ${right}`
  const upDown = /^((?:[\p{L}-]+\s+){1,3})(?:up|down)\b/u.exec(right)
  if (upDown) return `${left}, with ${right}`
  const numbers = /^(.*?)\s*([~≈]?\$?\d[\d.,]*\s*[%\p{L}]*)$/u.exec(left)
  if (numbers && /^[~≈]?\$?\d/u.test(right)) {
    const prefix = numbers[1] ?? ''
    return `${prefix}${prefix === '' ? '' : ' '}from ${numbers[2] ?? ''} to ${right}`
  }
  const word = "[\\p{L}\\d][\\p{L}\\d'’.&-]*"
  const handoff = new RegExp(`^(${word})$`, 'u').test(left)
    ? new RegExp(`^(${word})((?:\\s+\\p{Ll}[\\p{Ll}-]*){1,3})(.*)$`, 'u').exec(right)
    : null
  if (handoff && /^\p{Lu}/u.test(handoff[1] ?? '') && /^\p{Lu}/u.test(left)) {
    const rest = (handoff[3] ?? '').trim()
    const phrase = `the ${(handoff[2] ?? '').trim()} from ${left} to ${handoff[1] ?? ''}`
    return rest === '' ? phrase : /^[~≈<>]?\$?\d/u.test(rest) ? `${phrase} (${rest})` : `${phrase} ${rest}`
  }
  const short = new RegExp(`^((?:${word}\\s*){1,3})$`, 'u')
  const move = new RegExp(`^((?:${word}\\s*){1,4}?)\\s*(?=$|[(,;])(.*)$`, 'u').exec(right)
  if (short.test(left) && move) {
    const to = (move[1] ?? '').trim()
    const oneWordEach = !/\s/.test(left) && !/\s/.test(to)
    if (oneWordEach || /\p{Lu}/u.test(left + to))
      return `the move from ${left} to ${to} ${move[2] ?? ''}`.trim()
    // "flaky tests -> slow releases": a result; "comp bands -> public internally": a remark, kept aside.
    if (isPlural(right.split(/\s+/).pop() ?? '')) return `${left}, which led to ${right}`
    return `${left} (${right})`
  }
  return text
}

/** "40+ issues" -> "more than 40 issues"; "2x/yr" -> "twice a year"; "5 participants/round" -> "per round". */
export function rewriteNumbers(text: string): string {
  return (
    text
      .replace(/(?<![\p{L}\p{N}])(\d+)\s*x\s*\/\s*([\p{L}]+)\b/gu, (match, n: string, unit: string) => {
        const name = TIME_UNITS[unit.toLowerCase()]
        if (name === undefined) return match
        return `${TIMES[n] ?? `${n} times`} ${indefinite(name)} ${name}`
      })
      .replace(/(?<=\d[\p{L}%]*(?:\s+\p{L}+)?)\s*\/\s*([\p{L}]+)\b/gu, (match, unit: string) => {
        const name = TIME_UNITS[unit.toLowerCase()]
        if (name !== undefined) return ` ${indefinite(name)} ${name}`
        return /^\p{Ll}{3,}$/u.test(unit) && !/s$/.test(unit) ? ` per ${unit}` : match
      })
      // "40+ issues" (glued), never "ISO 9001 + IATF 16949" (a list).
      .replace(/(?<![\p{L}\p{N}$])(\$?\d[\d.,]*[kKmM%]?)\+(?=\s|$)/gu, 'more than $1')
      .replace(GROWTH_FOLD, (match, verb: string, n: string) => {
        const fold = FOLD[n]
        return fold === undefined ? match : `${verb} ${fold}`
      })
      .replace(EVERY_N, (_m, from: string, to: string | undefined, unit: string) => {
        const name = TIME_UNITS[unit.toLowerCase().replace(/s$/, '')] ?? 'week'
        return `every ${from}${to === undefined ? '' : ` to ${to}`} ${name}s`
      })
      .replace(RATE_CHANGE, '$1 rate $2 from $3% to $4%')
      .replace(MONTH_AFTER, (_m, lead: string, month: string) => {
        const name = monthName(month)
        return /^(?:starts|begins|ends|closes|opens)$/i.test(lead) ? `${lead} in ${name}` : `${lead} ${name}`
      })
      .replace(AMOUNT_LABEL, (match, amount: string, label: string) => {
        const lead = LABELS[label.toLowerCase()] ?? ''
        // "30 min" is thirty minutes; "2 wks min" and "$50k min" are minimums.
        if (lead === '' || (/^\d[\d.,]*$/.test(amount) && !/\s/.test(amount))) return match
        return `${lead} of ${amount}`
      })
      .replace(/(?<![\p{L}\p{N}])(\d+)x(?=\s+\p{L})/gu, (_m, n: string) => `${n} times`)
      .replace(
        /\b(every(?:\s+other)?|on|each|next|last|by|until|this)\s+(\p{L}+?)(s?)\b/giu,
        (match, lead: string, day: string, plural: string) => {
          const whole = WEEKDAYS[`${day}${plural}`.toLowerCase()]
          if (whole !== undefined) return `${lead} ${whole}`
          const name = WEEKDAYS[day.toLowerCase()]
          return name === undefined ? match : `${lead} ${name}${plural}`
        }
      )
      .replace(
        DAY_PART,
        (match, day: string, plural: string, part: string, offset: number, whole: string) => {
          const unabbreviated = WEEKDAYS[`${day}${plural}`.toLowerCase()]
          const name = unabbreviated ?? WEEKDAYS[day.toLowerCase()] ?? (FULL_DAY.test(day) ? day : undefined)
          if (name === undefined) return match
          const previous = /(\p{L}+)\s+$/u.exec(whole.slice(0, offset))?.[1] ?? ''
          const on = previous === '' || NO_ON_AFTER.test(previous) ? '' : 'on '
          return `${on}${upperFirst(name)}${unabbreviated === undefined ? plural : ''} ${part}`
        }
      )
      .replace(
        /(?<=\p{L}\s)(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|mon|tue|tues|thu|thur|thurs|fri)(s?)\.?(?=\s*(?:[,;]|$)|\s+(?:after|before|at|and|or)\b)/gu,
        (match, day: string, plural: string) => {
          const name = WEEKDAYS[day.toLowerCase()]
          return name === undefined ? match : `on ${name}${plural}`
        }
      )
      .replace(MONTH_RANGE, (_m, from: string, to: string, offset: number, whole: string) => {
        const range = `${monthName(from)} to ${monthName(to)}`
        return /^\s*(?:[,;]|$)/.test(whole.slice(offset + _m.length)) ? `from ${range}` : range
      })
  )
}

/** "traffic up 3x": a growth factor, not a count of times. */
const GROWTH_FOLD = /\b(up|grew|grown|increased|rose|jumped|down)\s+(\d+)x\b/giu
const FOLD: Readonly<Record<string, string>> = {
  '2': 'twofold',
  '3': 'threefold',
  '4': 'fourfold',
  '5': 'fivefold',
  '10': 'tenfold'
}
/** "visits q6-8 wks": the clinical "every 6 to 8 weeks". */
const EVERY_N =
  /(?<![\p{L}\p{N}])q(\d+)(?:\s*-\s*(\d+))?\s*(weeks?|wks?|days?|hours?|hrs?|hr|months?|mos?|mo)\b/giu
/** "on-time % went from 91 to 97": the rate went from 91% to 97%. */
const RATE_CHANGE =
  /(\p{L}[\p{L}-]*)\s*%\s+(went|rose|grew|fell|dropped|climbed|improved|increased|jumped) from (\d[\d.]*) to (\d[\d.]*)(?!\s*%)/gu
/** "starts Sept", "drops in Jan": a month named after a word that needs it whole. */
const MONTH_AFTER =
  /\b(in|by|since|until|through|from|during|after|before|starts|begins|ends|closes|opens) (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?/gu

/** "340 scripts/day avg", "2 wks min", "1,800 hrs/yr target": the label goes first ("an average of ..."). */
const LABELS: Readonly<Record<string, string>> = {
  avg: 'an average',
  average: 'an average',
  min: 'a minimum',
  minimum: 'a minimum',
  max: 'a maximum',
  maximum: 'a maximum',
  target: 'a target',
  goal: 'a goal',
  cap: 'a cap'
}
const AMOUNT_LABEL =
  /(?<![\p{L}\p{N}])([~≈]?\$?\d[\d.,]*[kKmM%]?(?:\s+(?!(?:avg|average|min|minimum|max|maximum|target|goal|cap)\b)\p{L}+){0,4}?)\s+(avg|average|min|minimum|max|maximum|target|goal|cap)\.?(?=\s*(?:[,;)]|$))/giu

/** "vaccine clinics Sat mornings" -> "vaccine clinics on Saturday mornings". */
const DAY_PART = /(?<![\p{L}])(\p{L}+?)(s?)\s+(mornings?|afternoons?|evenings?|nights?)\b/giu
const NO_ON_AFTER = /^(?:on|every|each|other|by|until|this|next|last|and|or|from|to|through)$/i
const FULL_DAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i

const MONTHS: Readonly<Record<string, string>> = Object.fromEntries(
  'January February March April May June July August September October November December'
    .split(' ')
    .map((name) => [name.slice(0, 3).toLowerCase(), name])
)
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?'
/** "Nov-Jan" -> "November to January" ("from November to January" when it ends the note or a part of it). */
const MONTH_RANGE = new RegExp(`(?<![\\p{L}])${MONTH}\\s*[-–]\\s*${MONTH}(?![\\p{L}])`, 'giu')

function monthName(abbreviation: string): string {
  return MONTHS[abbreviation.slice(0, 3).toLowerCase()] ?? abbreviation
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function indefinite(word: string): string {
  return /^[aeiou]/i.test(word) || word === 'hour' ? 'an' : 'a'
}
