/** Rules about what a note says: presence of thanks/interest/offer/availability, personalisation, names. */
import { describe, expect, it } from 'vitest'
import { CLEAN_FOLLOW_UP, CLEAN_THANK_YOU, input } from '../../../test/etiquette/fixtures'
import { findingsOf, textAt } from '../../../test/etiquette/helpers'

const THANKS = 'Thank you for taking the time to talk with me today.'

describe('gratitude.missing', () => {
  it('fires when nobody is thanked', () => {
    const body = CLEAN_THANK_YOU.replace(THANKS, 'It was good to talk with you today.')
    expect(findingsOf('gratitude.missing', input({ body }))).toMatchObject([
      { field: 'draft', start: 0, end: 0 }
    ])
  })
  for (const phrase of [
    'Thanks for your time today.',
    'I am grateful for your time today.',
    'I appreciated your time today.',
    'I really appreciate the time you spent.',
    'I wanted to express my appreciation for your time.'
  ]) {
    it(`recognises “${phrase}”`, () => {
      expect(
        findingsOf('gratitude.missing', input({ body: CLEAN_THANK_YOU.replace(THANKS, phrase) }))
      ).toEqual([])
    })
  }
})

describe('interest.missing', () => {
  const without = CLEAN_THANK_YOU.replace(
    'I am excited about the Backend Engineer role at Acme Payments and would love to help with that migration.',
    'The Backend Engineer role at Acme Payments sounds demanding.'
  )
  it('fires when interest is not reaffirmed', () => {
    expect(findingsOf('interest.missing', input({ body: without }))).toHaveLength(1)
  })
  for (const phrase of [
    'I remain very interested in the position.',
    'I look forward to hearing from you.',
    'I am eager to contribute.',
    'I am keen to help with the migration.',
    'I would love to join the team.',
    'I am even more excited about the role now.',
    'I hope to join Acme Payments soon.'
  ]) {
    it(`recognises “${phrase}”`, () => {
      expect(
        findingsOf(
          'interest.missing',
          input({ body: without.replace('sounds demanding.', `sounds demanding. ${phrase}`) })
        )
      ).toEqual([])
    })
  }
})

describe('questions.missing', () => {
  const without = CLEAN_THANK_YOU.replace(
    'If there is anything else I can answer, please let me know.',
    'Have a good evening.'
  )
  it('fires without an offer to answer questions', () => {
    expect(findingsOf('questions.missing', input({ body: without }))).toMatchObject([{ severity: 'info' }])
  })
  for (const phrase of [
    'I am happy to answer any questions.',
    'Let me know if you have any questions.',
    'I can share more about my work on billing.',
    'Is there anything else I can provide?',
    'Please do not hesitate to reach out.',
    'I would be glad to send more details.',
    'I am happy to dig into anything from my background that would help.',
    'I am happy to prepare anything you would like to see.'
  ]) {
    it(`recognises “${phrase}”`, () => {
      expect(
        findingsOf('questions.missing', input({ body: without.replace('Have a good evening.', phrase) }))
      ).toEqual([])
    })
  }
})

describe('availability.missing', () => {
  it('fires when availability was asked and no day or time is given', () => {
    expect(findingsOf('availability.missing', input({}, { availabilityRequested: true }))).toHaveLength(1)
  })
  it('stays silent when availability was not asked', () => {
    expect(findingsOf('availability.missing', input({}, { availabilityRequested: false }))).toEqual([])
  })
  for (const phrase of [
    'I am free Tuesday afternoon.',
    'I could meet at 3pm on most days.',
    'March 5 works for me.',
    'Any time next week works well.',
    'I am available on 3/12 from 10:30.',
    'Wed. or Fri. would suit me.'
  ]) {
    it(`recognises “${phrase}”`, () => {
      const body = CLEAN_THANK_YOU.replace('If there is anything', `${phrase} If there is anything`)
      expect(findingsOf('availability.missing', input({ body }, { availabilityRequested: true }))).toEqual([])
    })
  }
  it('does not take “Good morning” or a phone number for a time', () => {
    const body = `Good morning Jane,\n\n${CLEAN_THANK_YOU.split('\n\n').slice(1).join('\n\n')}\n+1 555 014 2290`
    expect(findingsOf('availability.missing', input({ body }, { availabilityRequested: true }))).toHaveLength(
      1
    )
  })
})

describe('personal.missing', () => {
  const generic =
    'Hi Jane,\n\nThank you for the interview today. It was great to learn more about the team and I enjoyed our conversation. ' +
    'I am excited about the role and happy to share more about my work.\n\nBest regards,\nAlex Kim'
  it('fires on a thank-you that refers to no note (shared words like team, role and share do not count)', () => {
    expect(findingsOf('personal.missing', input({ body: generic }))).toHaveLength(1)
  })
  it('matches a note loosely by its content words (“migrate” for “migrating”)', () => {
    const body = generic.replace(
      'I enjoyed our conversation.',
      'I enjoyed hearing how you plan to migrate payments.'
    )
    expect(findingsOf('personal.missing', input({ body }))).toEqual([])
  })
  it('a follow-up may name the role instead', () => {
    const body = CLEAN_FOLLOW_UP
    expect(findingsOf('personal.missing', input({ kind: 'check-in', body }))).toEqual([])
    const vague = body.replace(' about the Backend Engineer role', '')
    expect(findingsOf('personal.missing', input({ kind: 'check-in', body: vague }))).toHaveLength(1)
  })
  it('stays silent on a thank-you when there are no notes', () => {
    expect(findingsOf('personal.missing', input({ body: generic }, { notes: [] }))).toEqual([])
  })
  it('a note naming the interviewer or company is not matched by the greeting', () => {
    const ctx = { notes: ["Jane's story about Acme Payments' outage"] }
    expect(findingsOf('personal.missing', input({ body: generic }, ctx))).toHaveLength(1)
    const personal = generic.replace('I enjoyed our conversation.', 'Your outage story was memorable.')
    expect(findingsOf('personal.missing', input({ body: personal }, ctx))).toEqual([])
  })
})

describe('personal.generic', () => {
  for (const [salutation, fix] of [
    ['To whom it may concern', 'Dear Jane'],
    ['Dear Sir or Madam', 'Dear Jane'],
    ['Dear Hiring Manager', 'Dear Jane'],
    ['Hello there', 'Hi Jane']
  ] as const) {
    it(`flags “${salutation}” with a fix`, () => {
      const value = input({ body: CLEAN_THANK_YOU.replace('Hi Jane', salutation) })
      const [f] = findingsOf('personal.generic', value)
      expect(f && textAt(value, f)).toBe(salutation)
      expect(f?.fix?.replacement).toBe(fix)
    })
  }
})

describe('name.mismatch', () => {
  it('flags another interviewer, with exact range and fix', () => {
    const value = input({ body: CLEAN_THANK_YOU.replace('Hi Jane', 'Hi Raj') })
    expect(findingsOf('name.mismatch', value)).toMatchObject([
      { field: 'body', start: 3, end: 6, fix: { replacement: 'Jane' } }
    ])
  })
  for (const greeting of ['Hi Jnae', 'Dear Jan', 'Hello Janet']) {
    it(`flags the misspelling “${greeting}”`, () => {
      const [f] = findingsOf('name.mismatch', input({ body: CLEAN_THANK_YOU.replace('Hi Jane', greeting) }))
      expect(f?.fix?.replacement).toBe('Jane')
    })
  }
  it('flags a misspelled surname after a title, fixing the surname', () => {
    const value = input({ body: CLEAN_THANK_YOU.replace('Hi Jane', 'Dear Dr. Dough') })
    const [f] = findingsOf('name.mismatch', value)
    expect(f && textAt(value, f)).toBe('Dough')
    expect(f?.fix?.replacement).toBe('Doe')
  })
  it('flags someone unknown', () => {
    expect(
      findingsOf('name.mismatch', input({ body: CLEAN_THANK_YOU.replace('Hi Jane', 'Hi Michael') }))
    ).toHaveLength(1)
  })
  for (const greeting of [
    'Hi Dr. Doe',
    'Dear Ms. Doe',
    'Dear Jane Doe',
    'Hi jane',
    'Good morning Jane',
    'Hi again, Jane',
    'Hi Jane and Raj',
    'Jane'
  ]) {
    it(`accepts “${greeting},”`, () => {
      expect(
        findingsOf('name.mismatch', input({ body: CLEAN_THANK_YOU.replace('Hi Jane', greeting) }))
      ).toEqual([])
    })
  }
  it('is accent-insensitive and accepts short forms', () => {
    const body = CLEAN_THANK_YOU.replace('Hi Jane', 'Hi Jose')
    expect(findingsOf('name.mismatch', input({ body }, { interviewer: { name: 'José Ruiz' } }))).toEqual([])
    const alex = CLEAN_THANK_YOU.replace('Hi Jane', 'Hi Alex')
    expect(
      findingsOf('name.mismatch', input({ body: alex }, { interviewer: { name: 'Alexandra Stone' } }))
    ).toEqual([])
  })
})

describe('company.mismatch', () => {
  it('flags another company in body and subject, with the right company as fix', () => {
    const value = input({
      subject: 'Thank you from a Globex candidate',
      body: CLEAN_THANK_YOU.replace('at Acme Payments', 'at Globex')
    })
    const found = findingsOf('company.mismatch', value)
    expect(found.map((f) => [f.field, textAt(value, f), f.fix?.replacement])).toEqual([
      ['subject', 'Globex', 'Acme Payments'],
      ['body', 'Globex', 'Acme Payments']
    ])
  })
  it('ignores a company name that is part of this company or a plain lower-case word', () => {
    const ctx = { otherCompanies: ['Acme', 'Square'] }
    const body = CLEAN_THANK_YOU.replace('two teams.', 'two teams, a square deal.')
    expect(findingsOf('company.mismatch', input({ body }, ctx))).toEqual([])
  })
})
