import { describe, expect, it } from 'vitest'
import { proposeUse, userMayUse, type SensitiveCategory } from './classify-use'

const SENSITIVE: ReadonlyArray<readonly [string, SensitiveCategory]> = [
  ['range is under what I make now', 'pay'],
  ['comp band is 160-180k', 'pay'],
  ['salary: they said 140k base max', 'pay'],
  ['OTE is 50/50 split', 'pay'],
  ['$45/hr for contractors', 'pay'],
  ["new platform, internal name Bluebird, don't mention", 'confidential'],
  ['client matter is under NDA', 'confidential'],
  ['phase 2 results not public yet', 'confidential'],
  ['attrition is brutal', 'negative'],
  ['Q2 numbers were down', 'negative'],
  ['occupancy was down last yr', 'negative'],
  ['layoffs last spring', 'negative'],
  ['their last planner left after 6 mos', 'negative'],
  ['the partners clash a lot', 'negative'],
  ['churn is 20% a yr', 'negative'],
  ['board politics slow everything down', 'negative'],
  ["I'm nervous abt the take-home", 'worry'],
  ['I blanked on the insurance question', 'worry'],
  ['I failed exam P once', 'worry'],
  ['commute is awful lol', 'private life'],
  ['her kids go to the same school as mine', 'private life'],
  ['we both fish on Lake Erie', 'private life']
]

const PLAIN: readonly string[] = [
  'wants someone to own the ETA service rewrite',
  'big pain pt: GPS pings late / out of order',
  'health equity dashboard is a priority',
  'Acme Payments team of 6',
  'disaster recovery drills every quarter',
  'chaos engineering game days',
  'they raised $40M last year',
  'annual turnover of 2m',
  'an added bonus was meeting the team',
  '10k users on the beta',
  'surgery scheduling system for 12 hospitals',
  'physical therapy clinics in 3 states',
  'quite a lot of legacy code',
  'moving 40 courses to the new LMS by fall',
  'being on call for 1wk in 6',
  'traffic spikes on Black Friday'
]

describe('proposeUse', () => {
  for (const [text, category] of SENSITIVE) {
    it(`proposes keeping out “${text}” (${category})`, () => {
      expect(proposeUse(text)).toEqual({ sensitive: true, category })
    })
  }
  for (const text of PLAIN) {
    it(`lets “${text}” through`, () => {
      expect(proposeUse(text)).toEqual({ sensitive: false, category: null })
    })
  }
  it('lets the user choose small talk and worries, never pay, confidential items or bad news', () => {
    expect(userMayUse('private life')).toBe(true)
    expect(userMayUse('worry')).toBe(true)
    expect(userMayUse('pay')).toBe(false)
    expect(userMayUse('confidential')).toBe(false)
    expect(userMayUse('negative')).toBe(false)
  })
})
