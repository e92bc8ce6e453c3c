/**
 * The candidate's availability, as typed ("tues/thurs pm", "Mon 2-4pm"), made readable for a sentence. Day
 * abbreviations become full day names so the checker's `availability.missing` rule sees a day.
 */
import { removeEmoji } from './shorthand'
import { tidySpacing } from './text'

const DAY_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bmon\b\.?/gi, 'Monday'],
  [/\btue(?:s)?\b\.?/gi, 'Tuesday'],
  [/\bwed\b\.?/gi, 'Wednesday'],
  [/\bthu(?:r|rs)?\b\.?/gi, 'Thursday'],
  [/\bfri\b\.?/gi, 'Friday'],
  [/\bsat\b\.?/gi, 'Saturday'],
  [/\bsun\b\.?/gi, 'Sunday'],
  [/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s?)\b/gi, '']
]

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?'

export interface Availability {
  /** Text that fits after "I am available". */
  phrase: string
  /** True when the text is already a sentence of its own ("I'm free after 3pm most days"). */
  ownSentence: boolean
}

export function cleanAvailability(raw: string | undefined): Availability | null {
  let text = removeEmoji(raw ?? '')
    .replace(/[!]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (!/[\p{L}\p{N}]/u.test(text)) return null
  for (const [pattern, replacement] of DAY_ABBREVIATIONS) {
    text = text.replace(pattern, (match: string, day?: string, plural?: string) =>
      replacement !== ''
        ? replacement
        : `${(day ?? match).charAt(0).toUpperCase()}${(day ?? match).slice(1).toLowerCase()}${plural ?? ''}`
    )
  }
  text = text
    .replace(new RegExp(`(${DAY})\\s*/\\s*(?=${DAY})`, 'g'), '$1 or ')
    .replace(new RegExp(`(${DAY})\\s+pm\\b`, 'gi'), '$1 afternoon')
    .replace(new RegExp(`(${DAY})\\s+am\\b`, 'gi'), '$1 morning')
    .replace(/\s*&\s*/g, ' and ')
  text = tidySpacing(text).replace(/[\s,.;:]+$/, '')
  const ownSentence = /^(?:I\b|I'm|I’m|my\b)/i.test(text)
  return { phrase: ownSentence ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text, ownSentence }
}
