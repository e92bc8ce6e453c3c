import { sentenceAround } from '../checks/sentence'
import { scanParagraphs, type ParagraphScan } from '../paragraph-scan'
import { defineRule } from './define'

/**
 * Negative facts about the employer or its people. Phrases, not words: "turnover" alone is also revenue,
 * "restructuring" a finance service, "redundancy" a property of systems.
 */
const NEGATIVE = new RegExp(
  [
    String.raw`\b(?:high|staff|employee|team|constant|brutal|huge|heavy|massive|crazy|insane|bad|rapid) (?:turnover|attrition)\b`,
    String.raw`\b(?<!(?:customer|client|subscriber|user|student|patient|donor|member|policy|loan)s? )(?:turnover|attrition) (?:is|was|has been|seems|rate is|rates are) (?:so |really |very |quite )?(?:high|brutal|bad|rough|terrible|awful|huge|a (?:problem|concern|worry|nightmare))\b`,
    String.raw`\blay-?offs?\b|\blaid off\b|\bmade redundant\b|\bround of redundancies\b|\bhiring freeze\b|\bdownsiz(?:ing|ed)\b`,
    String.raw`\b(?:revenue|sales|numbers|results|profits?|margins?|earnings|bookings|share price|stock|q[1-4] (?:numbers|results|sales))\b(?: (?:were|was|are|is|have been|has been|went|keep|kept|came in))? (?:way |sharply |badly )?(?:down|dipped|dropped|fell|fallen|falling|declined|declining|slumped|tanked|tanking|plummeted|missed)\b`,
    String.raw`\b(?:funding|runway|cash|budget)\b[^.!?\n]{0,30}\b(?:at risk|running out|runs out|drying up|in doubt|uncertain|was cut|were cut|got cut|slashed)\b`,
    String.raw`\b(?:running|run|ran) out of (?:money|cash|runway)\b`,
    String.raw`\b(?:a|an absolute|a total|a complete|an utter) (?:nightmare|mess|disaster|shambles|dumpster fire|train ?wreck|circus)\b`,
    String.raw`\b(?:toxic|dysfunctional|chaotic|broken|miserable) (?:culture|team|management|leadership|environment|workplace|place to work)\b`,
    String.raw`\b(?:culture|team|management|leadership|environment|workplace)\b (?:is|was|seems|sounds|feels|has been)(?: (?:pretty|quite|very|really|a bit|rather|so|somewhat))? (?:toxic|dysfunctional|chaotic|broken|miserable)\b`,
    String.raw`\b(?:low|poor|terrible) morale\b|\bmorale (?:is|was|seems) (?:low|bad|rough|terrible)\b`,
    String.raw`\b(?:complained|complaining|vented|venting|griped|griping) about\b`,
    String.raw`\b(?:bad|terrible|awful|poor|incompetent|micromanaging|clueless) (?:manager|managers|management|leadership|boss|bosses|executives)\b`,
    String.raw`\b(?:underpaid|overworked|burnt out|burned out)\b`
  ].join('|'),
  'gi'
)

/** About the field, not the employer: "layoffs elsewhere in the industry". */
const ELSEWHERE =
  /\b(?:elsewhere|across the (?:industry|sector|market)|in the (?:industry|sector|wider market)|at other (?:companies|firms|employers)|industry-wide|sector-wide)\b/i

/** A sentence that names a hard thing as something the writer wants to help with is not negative. */
const WANTS_TO_HELP =
  /\b(?:help|helping|solve|solving|tackle|tackling|address|addressing|improve|improving|reduce|reducing|fix|fixing|turn(?:ing)? (?:it )?around|excit\w+|opportunit\w+|contribute|contributing|keen|eager|love to|like to|look(?:ing)? forward|rebuild|rebuilding|stabili[sz]\w+|retain|retention)\b/i

/** Negative facts in one paragraph, unless named as something to help with or about the industry at large. */
const scanNegative: ParagraphScan = (text, _folded, report) => {
  NEGATIVE.lastIndex = 0
  for (let m = NEGATIVE.exec(text); m; m = NEGATIVE.exec(text)) {
    const end = m.index + m[0].length
    const sentence = sentenceAround(text, m.index, end)
    if (WANTS_TO_HELP.test(sentence) || ELSEWHERE.test(sentence)) continue
    report(
      'body',
      m.index,
      end,
      `“${m[0]}” dwells on something negative about the employer or its people; leave it out, or name it as a challenge you would like to help with.`
    )
  }
}

export default defineRule({
  id: 'content.negative',
  severity: 'warning',
  title: 'Negative about the employer',
  description:
    'the body dwells on a negative fact about the employer or its people (high turnover, layoffs, falling results, funding at risk, a complaint, “a nightmare”). A challenge named as something you want to help with (“the scaling work excites me”) is not negative',
  fixes: [],
  check({ doc, report }) {
    for (const h of scanParagraphs(doc, scanNegative, doc.signoffStart))
      report('body', h.start, h.end, h.message)
  }
})
