/** Whole-message rules (timing, counts, length, parts, channel), disabledRules, ordering and missing context. */
import { describe, expect, it } from 'vitest'
import type { CheckInput } from '../contract'
import { check } from '../index'
import { CLEAN_THANK_YOU, input } from '../../../test/etiquette/fixtures'
import { findingsOf } from '../../../test/etiquette/helpers'

describe('timing', () => {
  it('late thank-you: fires after 24 h, not at 23 h, using context.now', () => {
    expect(findingsOf('timing.late-thank-you', input({}, { now: '2026-03-04T16:30:00Z' }))).toMatchObject([
      { field: 'draft', start: 0, end: 0 }
    ])
    expect(findingsOf('timing.late-thank-you', input({}, { now: '2026-03-04T15:00:00Z' }))).toEqual([])
  })
  it('early follow-up: fires within 7 days of the last contact only', () => {
    expect(
      findingsOf('timing.early-follow-up', input({ kind: 'check-in' }, { now: '2026-03-10T09:00:00Z' }))
    ).toHaveLength(1)
    expect(
      findingsOf('timing.early-follow-up', input({ kind: 'check-in' }, { now: '2026-03-11T09:00:00Z' }))
    ).toEqual([])
  })
  it('overfollow: a third follow-up without a reply', () => {
    expect(findingsOf('overfollow', input({ kind: 'check-in' }, { checkInsSent: 2 }))).toMatchObject([
      { severity: 'error' }
    ])
    expect(
      findingsOf('overfollow', input({ kind: 'check-in' }, { checkInsSent: 2, replyReceived: true }))
    ).toEqual([])
    expect(findingsOf('overfollow', input({ kind: 'check-in' }, { checkInsSent: 1 }))).toEqual([])
  })
})

describe('length.too-long', () => {
  const padded = (n: number): string =>
    CLEAN_THANK_YOU.replace('Best regards', `${'More detail here. '.repeat(n)}\n\nBest regards`)
  it('counts words against 200 for a thank-you and 150 for a follow-up', () => {
    expect(findingsOf('length.too-long', input({ body: padded(60) }))).toHaveLength(1) // ~250 words
    expect(findingsOf('length.too-long', input({ body: padded(35) }))).toEqual([]) // ~175 words
    expect(findingsOf('length.too-long', input({ kind: 'check-in', body: padded(35) }))).toHaveLength(1)
  })
})

describe('subject, greeting and sign-off', () => {
  it('subject.missing only for e-mail', () => {
    expect(findingsOf('subject.missing', input({ subject: '  ' }))).toHaveLength(1)
    expect(findingsOf('subject.missing', input({ subject: '', channel: 'linkedin', to: '' }))).toEqual([])
  })
  it('greeting.missing and signoff.missing', () => {
    const bare = CLEAN_THANK_YOU.replace('Hi Jane,\n\n', '').replace('\n\nBest regards,\nAlex Kim', '')
    const rules = check(input({ body: bare })).map((f) => f.rule)
    expect(rules).toEqual(expect.arrayContaining(['greeting.missing', 'signoff.missing']))
  })
  for (const signoff of [
    'Best,\nAlex',
    'Thanks again,\nAlex Kim',
    'Sincerely,\nAlex Kim\n+1 555 014 2290\nhttps://alexkim.dev',
    'With appreciation,\nAlex',
    '— Alex'
  ]) {
    it(`accepts the sign-off ${JSON.stringify(signoff)}`, () => {
      const body = CLEAN_THANK_YOU.replace('Best regards,\nAlex Kim', signoff)
      expect(findingsOf('signoff.missing', input({ body }))).toEqual([])
    })
  }
})

describe('privacy.channel', () => {
  it('an address that is not among the contacts is an error with the contact as fix', () => {
    const value = input({ to: 'janedoe.home@gmail.com' })
    expect(findingsOf('privacy.channel', value)).toMatchObject([
      { field: 'to', start: 0, end: 22, severity: 'error', fix: { replacement: 'jane.doe@acme.example' } }
    ])
  })
  it('matches contacts loosely (case, display name)', () => {
    expect(findingsOf('privacy.channel', input({ to: 'Jane Doe <Jane.Doe@acme.example>' }))).toEqual([])
  })
  it('an unprofessional channel is an error', () => {
    expect(findingsOf('privacy.channel', input({ channel: 'instagram', to: '@janedoe' }))).toMatchObject([
      { field: 'draft', severity: 'error' }
    ])
  })
  it('webmail without known contacts is a warning; a work address is fine', () => {
    const noContacts = { interviewer: { name: 'Jane Doe' } }
    expect(findingsOf('privacy.channel', input({ to: 'jane@yahoo.com' }, noContacts))).toMatchObject([
      { severity: 'warning' }
    ])
    expect(findingsOf('privacy.channel', input({ to: 'jane@acme.example' }, noContacts))).toEqual([])
  })
})

describe('check()', () => {
  const messy = input({
    subject: '',
    to: 'jane@gmail.com',
    body: CLEAN_THANK_YOU.replace('Hi Jane', 'Hey Raj').replace('about the', 'about the the')
  })
  it('sorts by field (draft, to, subject, body) then start', () => {
    const found = check(messy)
    const order = { draft: 0, to: 1, subject: 2, body: 3 }
    const keys = found.map((f) => order[f.field] * 1e6 + f.start)
    expect(keys).toEqual([...keys].sort((a, b) => a - b))
    expect(found.map((f) => f.rule)).toEqual([
      'subject.missing',
      'privacy.channel',
      'tone.casual',
      'name.mismatch',
      'repeated-word'
    ])
  })
  it('drops disabled rules', () => {
    const found = check(messy, { disabledRules: ['tone.casual', 'privacy.channel', 'no.such-rule'] })
    expect(found.map((f) => f.rule)).toEqual(['subject.missing', 'name.mismatch', 'repeated-word'])
  })
  it('stays silent where a rule needs a missing context field', () => {
    const minimal: CheckInput = {
      draft: {
        kind: 'check-in',
        channel: 'email',
        to: 'x@acme.example',
        subject: 'Hi',
        body: CLEAN_THANK_YOU
      },
      context: {
        now: '2026-03-04T10:00:00Z',
        company: 'Acme Payments',
        role: 'Backend Engineer',
        interviewer: { name: 'Jane Doe' }
      }
    }
    const rules = check(minimal).map((f) => f.rule)
    expect(rules).not.toContain('timing.early-follow-up')
    expect(rules).not.toContain('overfollow')
    expect(rules).not.toContain('availability.missing')
  })
})
