/**
 * The v2 rules (content.private, content.compensation, content.negative, style.shorthand) and the wider tone.pushy,
 * one sentence at a time inside an otherwise clean thank-you: phrasings that must fire, and careful writing that
 * must draw nothing at all (the traps: "turnover" as revenue, "equity of access", "pay off", "M&A", "P&L", …).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSpeller } from '../../../electron/main/etiquette/speller'
import { CLEAN_THANK_YOU, input } from '../../../test/etiquette/fixtures'
import { check, type Speller } from '../index'
import type { RuleId } from './index'

let speller: Speller
beforeAll(async () => {
  speller = await loadSpeller()
})

const OFFER = 'If there is anything else I can answer, please let me know.'
const withSentence = (line: string) => input({ body: CLEAN_THANK_YOU.replace(OFFER, `${line} ${OFFER}`) })

const FIRES: Array<[RuleId, string]> = [
  ['tone.pushy', 'I would be grateful for an answer by Monday.'],
  ['tone.pushy', 'Kindly confirm the next steps before the 15th.'],
  ['tone.pushy', 'Please get back to me no later than Wednesday.'],
  ['tone.pushy', 'I look forward to getting the offer letter.'],
  ['tone.pushy', 'I look forward to your offer and to starting soon.'],
  ['tone.pushy', 'Could we discuss my start date next week?'],
  ['tone.pushy', 'I need a response by tomorrow.'],
  ['tone.pushy', 'I hope to hear back from you by Friday at the latest.'],
  ['content.compensation', 'I was pleased to hear the range tops out at $140,000.'],
  ['content.compensation', 'The signing bonus you mentioned would make relocation easier.'],
  ['content.compensation', 'Could we talk about the RSU refresh schedule?'],
  ['content.compensation', 'I was happy to learn the role pays $95k plus bonus.'],
  ['content.compensation', 'Good to know the pay band is flexible.'],
  ['content.compensation', 'I appreciated your openness about compensation.'],
  [
    'content.negative',
    'Sorry to hear that the team has been through three reorgs and two rounds of layoffs.'
  ],
  ['content.negative', 'It sounds like morale is low after the acquisition.'],
  ['content.negative', 'I was surprised to hear that revenue dropped so sharply last year.'],
  ['content.negative', 'It sounds like the leadership team is pretty dysfunctional.'],
  ['content.negative', 'Good luck with the hiring freeze.'],
  ['content.negative', 'It must be hard when the funding is at risk.'],
  ['content.private', 'I will keep the Falcon launch off the record, of course.'],
  [
    'content.private',
    'Thanks for trusting me with the news about the merger, which I know is not public yet.'
  ],
  ['content.private', 'The new product, codenamed Atlas, sounds amazing.'],
  ['style.shorthand', 'Your mgr mentioned the team has 8 ppl.'],
  ['style.shorthand', 'I enjoyed the convo abt the data platform.'],
  ['style.shorthand', 'Your prev role at Stripe gave you great context.'],
  ['style.shorthand', 'The 2yrs you spent on search infra show.'],
  ['style.shorthand', 'Thanks for the tips re the sys design round b/c they helped.'],
  ['style.shorthand', 'Migration ~ 6 months, cost = high.']
]

const SILENT: string[] = [
  'I enjoyed hearing how the team cut deployment time from 2 hours to 15 minutes.',
  'Your point about paying down technical debt before the migration stuck with me.',
  'It was great to hear how the billing migration will pay off for the support team.',
  'I appreciated the frank discussion of trade-offs between consistency and availability.',
  'Hearing about the Series B and the plans for Europe was exciting.',
  'The 24/7 support rotation and the 3-person SRE group sound well organised.',
  'Your comment that reliability is a feature, not a cost centre, resonated with me.',
  'The challenge of reducing churn in the SMB segment is one I would relish.',
  'I was impressed that revenue grew 40% last year while the team stayed small.',
  'The equity of access to care in rural clinics is clearly central to your mission.',
  'It was reassuring to hear that the team values work-life balance.',
  'The Q4 roadmap, with the move to Kafka, sounds ambitious.',
  'I liked your view that layoffs elsewhere in the industry make careful hiring more important.',
  'I was glad to hear about the mentoring programme and the budget for conferences.',
  'Thank you as well for the advice on preparing for the system design round.',
  'The M&A integration work you described is right in my area.',
  'Your P&L responsibility for the EMEA region makes the role very concrete.',
  'I would be happy to send over the case study by Friday if that helps.',
  'I look forward to hearing about next steps.',
  'I look forward to the next stage of the process.',
  'Please let me know if there is anything else you need from me.',
  'Feel free to reach me by phone or e-mail, whichever suits you.',
  'The data pipeline feeds roughly 2,000 dashboards, which surprised me.',
  'I liked how the team uses pair programming for onboarding new hires.',
  'It was interesting that the company is profitable and self-funded.',
  'The discussion about code review norms was especially useful.',
  'Your question about how I handle disagreement with a product manager was a good one.',
  'The new graduate scheme takes 20 people a year, which is impressive.',
  'I appreciated hearing about the base of loyal customers in the Midlands.',
  'Compensating for sensor drift in the robot arm was a fascinating problem.',
  'Working with the compensation and benefits team sounds like a good fit for my HR background.',
  'Thank you for being candid about the hard parts of the role.',
  'The outage last spring and how the team learned from it showed a healthy culture.',
  'I value the way you described mistakes as learning opportunities.',
  'I would welcome the chance to discuss how I could contribute.',
  'It sounds like the product is at an exciting stage.',
  'The 10x growth in users since 2023 explains the hiring.',
  'Your walk-through of the A/B testing framework was clear.',
  'I noted your advice to read the SRE book before the next round.',
  'The team is small but mighty, as you put it.'
]

describe('v2 rules: phrasings that fire', () => {
  for (const [rule, line] of FIRES) {
    it(`${rule}: “${line}”`, () => {
      const findings = check(withSentence(line), { speller })
      expect(findings.map((f) => f.rule)).toContain(rule)
      const body = withSentence(line).draft.body
      const at = findings.find((f) => f.rule === rule)
      if (at && at.field === 'body') expect(line).toContain(body.slice(at.start, at.end).trim())
    })
  }
})

describe('v2 rules: careful writing that draws nothing', () => {
  for (const line of SILENT) {
    it(`“${line}”`, () => {
      expect(check(withSentence(line), { speller })).toEqual([])
    })
  }
})

describe('fixes and actions', () => {
  it('style.shorthand spells out what has one reading', () => {
    const line = 'Your mgr mentioned the team has 8 ppl, 1wk in 6 on call, w/ a q re pagers.'
    const body = withSentence(line).draft.body
    const fixes = check(withSentence(line), { speller })
      .filter((f) => f.rule === 'style.shorthand')
      .map((f) => [body.slice(f.start, f.end), f.fix?.replacement])
    expect(fixes).toEqual([
      ['mgr', 'manager'],
      ['ppl', 'people'],
      ['1wk', '1 week'],
      ['w/', 'with '],
      ['q re', 'question about']
    ])
  })
  it('spelling offers to add the word to the dictionary', () => {
    const findings = check(withSentence('The frobnicator demo was fun.'), { speller })
    expect(findings.find((f) => f.rule === 'spelling')?.action).toEqual({
      kind: 'add-to-dictionary',
      word: 'frobnicator'
    })
  })
  it('a word in the dictionary, or a private note kept out, draws nothing', () => {
    const line = 'The frobnicator demo was fun.'
    const ctx = {
      dictionary: ['frobnicator'],
      notes: [
        { text: 'salary band tops at 150k', use: 'private' as const },
        'migrating the billing service to event sourcing'
      ]
    }
    const i = input({ body: CLEAN_THANK_YOU.replace(OFFER, `${line} ${OFFER}`) }, ctx)
    expect(check(i, { speller })).toEqual([])
  })
})
