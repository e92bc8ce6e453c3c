/**
 * Note symbols read with the words around them, before the symbol table turns the rest into words: arrows as a
 * change or a result, "=" with agreement, "40+" as "more than 40", rates ("2x/yr") and weekday abbreviations.
 * Only the note's own words are reordered, with function words added (which, with, from, to, a, per).
 */
import { isPlural } from './grammar'

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
  return text
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
    .replace(/(?<![\p{L}\p{N}$])(\$?\d[\d.,]*[kKmM%]?)\s*\+(?=\s|$)/gu, 'more than $1')
    .replace(/(?<![\p{L}\p{N}])(\d+)x(?=\s+\p{L})/gu, (_m, n: string) => `${n} times`)
    .replace(
      /\b(every(?:\s+other)?|on|each|next|last|by|until|this)\s+(\p{L}+?)(s?)\b/giu,
      (match, lead: string, day: string, plural: string) => {
        const name = WEEKDAYS[day.toLowerCase()]
        return name === undefined ? match : `${lead} ${name}${plural}`
      }
    )
}

function indefinite(word: string): string {
  return /^[aeiou]/i.test(word) || word === 'hour' ? 'an' : 'a'
}

/** "=" as "is" or "are", agreeing with the word before it ("sprints = 2 wks" -> "sprints are 2 wks"). */
export function rewriteEquals(text: string): string {
  return text.replace(/([\p{L}\p{N})'’]+)\s*(?<![<>!=:])=(?![=>])\s*/gu, (_m, before: string) =>
    isPlural(before) ? `${before} are ` : `${before} is `
  )
}
