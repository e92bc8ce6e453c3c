import { sentenceAround } from '../checks/sentence'
import { scanParagraphs, type ParagraphScan } from '../paragraph-scan'
import { defineRule } from './define'

/**
 * Pay talk, in phrases rather than bare words: "bonus" alone is also "an added bonus", "equity" also "health
 * equity" or "brand equity", "turnover" revenue, "pay" also "pay attention".
 */
const PAY = new RegExp(
  [
    String.raw`\bsalar(?:y|ies)\b`,
    // Not workers' compensation (insurance), nor the compensation team or analyst (a function, not pay talk).
    String.raw`\b(?<!workers' |workers |worker's )compensation\b(?! (?:and benefits|& benefits|team|analyst|analysts|committee|consultant|consultants|consulting|specialist|specialists|manager|managers|partner|partners|function|department|claims?)\b)`,
    String.raw`\btotal comp\b`,
    String.raw`\bpay (?:range|band|bands|scale|rise|raise|cut|grade|package|bump|increase|expectations?|structure|transparency)\b`,
    String.raw`\b(?:base|take-home|starting|hourly|holiday|overtime) pay\b`,
    String.raw`\b(?:pays?|paid|paying) (?:more|less|well|better|poorly|badly|above|below)\b`,
    String.raw`\bon-target earnings\b`,
    String.raw`\b(?:signing|sign-on|annual|performance|year-end|cash|retention|joining|relocation) bonus(?:es)?\b`,
    String.raw`\bbonus (?:structure|scheme|plan|target|percentage|pool|payout|potential)\b|\bplus (?:a |annual )?bonus\b`,
    String.raw`\bequity (?:package|grant|grants|stake|refresh|refreshers?|vesting|comp|compensation|component|split|offer)\b`,
    String.raw`\b(?:stock options|rsus?|vesting schedule|vesting cliff|options package|stock grant)\b`,
    String.raw`\b(?:salary|comp|compensation|pay|rate) expectations?\b`,
    String.raw`\b(?:benefits|compensation|comp|remuneration|pay) package\b`,
    String.raw`\bremuneration\b`,
    String.raw`\b(?:hourly|day|daily) rate\b`,
    String.raw`\b(?:a|the) raise\b(?= (?:from|over|on|of)\b)`,
    String.raw`\bnegotiat\w* (?:the |my |a )?(?:salary|offer|pay|rate|comp)\b`,
    // A figure of pay: "$150k", "£60,000 a year", "€45/hr".
    String.raw`[$£€]\s?\d[\d,.]*\s?(?:k\b|K\b)?(?=[^.!?\n]{0,12}\b(?:a|per|an|/)\s*(?:year|yr|annum|hour|hr|month)\b|\s*(?:base|ote|tc)\b)`,
    String.raw`\b\d{2,3}(?:,\d{3}|k)\s*(?:base|ote|tc)\b`
  ].join('|'),
  'gi'
)
/** "OTE" in capitals: on-target earnings (lower-case "ote" is not a word anyone writes). */
const OTE = /\bOTE\b/g
/** A figure anywhere in a sentence that talks pay: "the range tops out at $150k". */
const FIGURE = /[$£€]\s?\d[\d,.]*\s?[kK]?\b(?!\s?(?:m|bn|b|million|billion)\b)|\b\d{2,3}k\b/g
const PAY_WORDS =
  /\b(?:salary|pay|pays|paid|compensation|comp|ote|earnings|base|package|range|band|per annum)\b/i

/** Pay talk in one paragraph, one finding per sentence ("the base salary goes up to $150k" is one slip). */
const scanPay: ParagraphScan = (text, _folded, report) => {
  const sentences = new Set<string>()
  const flag = (start: number, end: number): void => {
    const sentence = sentenceAround(text, start, end)
    if (sentences.has(sentence)) return
    sentences.add(sentence)
    report(
      'body',
      start,
      end,
      `“${text.slice(start, end)}” talks pay; a thank-you or check-in is not the place for it: keep money for the offer stage.`
    )
  }
  PAY.lastIndex = 0
  for (let m = PAY.exec(text); m; m = PAY.exec(text)) flag(m.index, m.index + m[0].length)
  OTE.lastIndex = 0
  for (let m = OTE.exec(text); m; m = OTE.exec(text)) flag(m.index, m.index + m[0].length)
  if (!/[$£€]|\dk\b/i.test(text)) return
  FIGURE.lastIndex = 0
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    if (PAY_WORDS.test(sentenceAround(text, m.index, m.index + m[0].length)))
      flag(m.index, m.index + m[0].length)
  }
}

export default defineRule({
  id: 'content.compensation',
  severity: 'warning',
  title: 'Talks money',
  description:
    'a thank-you or check-in talks money: salary, pay, compensation, OTE, a bonus, equity, a pay figure. That belongs to the offer stage',
  fixes: [],
  check({ doc, report }) {
    // A compensation analyst or a payroll role may talk pay: the role itself names it.
    if (/\b(?:compensation|payroll|pay|salary|rewards|benefits)\b/i.test(doc.ctx.role)) return
    for (const h of scanParagraphs(doc, scanPay, doc.signoffStart)) report('body', h.start, h.end, h.message)
  }
})
