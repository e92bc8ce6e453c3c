/**
 * The whole-message rules (timing, follow-up count, length, subject, greeting, sign-off, channel) at their edges:
 * the boundaries, the wording of times, channel and contact normalisation, and a fix offered only when exactly one
 * contact fits. Through check() only, with every other rule switched off so each case shows one rule.
 */
import { describe, expect, it } from 'vitest'
import type { CheckContext, CheckDraft, Finding } from './contract'
import { check } from './index'
import { input } from '../../test/etiquette/fixtures'

const END = '2026-03-03T16:00:00Z'
const HOUR = 3_600_000
const plus = (ms: number) => new Date(Date.parse(END) + ms).toISOString()

function only(rule: string, draft: Partial<CheckDraft> = {}, ctx: Partial<CheckContext> = {}): Finding[] {
  return check(input(draft, ctx)).filter((finding) => finding.rule === rule)
}
const messages = (findings: Finding[]) => findings.map((finding) => finding.message)
const words = (n: number) =>
  `Hi Jane,\n\n${Array.from({ length: n - 5 }, () => 'word').join(' ')}\n\nBest regards,\nAlex`

describe('timing.late-thank-you', () => {
  const late = (now: string, ctx: Partial<CheckContext> = {}) =>
    only('timing.late-thank-you', {}, { now, interview: { endedAt: END }, ...ctx })

  it('is quiet up to exactly 24 hours after the end, and speaks a millisecond later', () => {
    expect(late(plus(24 * HOUR))).toEqual([])
    expect(late(plus(24 * HOUR + 1))).toHaveLength(1)
  })

  it('says hours below two days, days from then on', () => {
    expect(messages(late(plus(47 * HOUR + 59 * 60_000)))[0]).toMatch(/^The interview ended 47 hours ago;/)
    expect(messages(late(plus(48 * HOUR)))[0]).toMatch(/^The interview ended 2 days ago;/)
    expect(messages(late(plus(30 * HOUR)))[0]).toBe(
      'The interview ended 30 hours ago; a thank-you is best sent within 24 hours. Send it soon, it still helps.'
    )
  })

  it('needs both times, valid, and a thank-you', () => {
    expect(late('not a date')).toEqual([])
    expect(late(plus(30 * HOUR), { interview: { endedAt: 'soon' } })).toEqual([])
    expect(late(plus(30 * HOUR), { interview: {} })).toEqual([])
    expect(
      only(
        'timing.late-thank-you',
        { kind: 'check-in' },
        { now: plus(30 * HOUR), interview: { endedAt: END } }
      )
    ).toEqual([])
  })
})

describe('timing.early-follow-up', () => {
  const early = (now: string, ctx: Partial<CheckContext> = {}) =>
    only('timing.early-follow-up', { kind: 'check-in' }, { now, lastContactAt: END, ...ctx })

  it('is quiet from exactly a week after the last contact', () => {
    expect(early(plus(7 * 24 * HOUR))).toEqual([])
    expect(early(plus(7 * 24 * HOUR - 1))).toHaveLength(1)
  })

  it('says today, yesterday or the number of days', () => {
    expect(messages(early(plus(HOUR)))[0]).toMatch(/^Your last contact was today; wait at least a week/)
    expect(messages(early(plus(25 * HOUR)))[0]).toMatch(/^Your last contact was yesterday;/)
    expect(messages(early(plus(3 * 24 * HOUR)))[0]).toBe(
      'Your last contact was 3 days ago; wait at least a week before checking in, so the note reads as patient rather than pushy.'
    )
  })

  it('needs both times and a check-in', () => {
    expect(early('never')).toEqual([])
    expect(early(plus(HOUR), { lastContactAt: undefined })).toEqual([])
    expect(only('timing.early-follow-up', {}, { now: plus(HOUR), lastContactAt: END })).toEqual([])
  })
})

describe('overfollow', () => {
  const over = (kind: CheckDraft['kind'], ctx: Partial<CheckContext>) =>
    only('overfollow', { kind }, { now: plus(30 * 24 * HOUR), lastContactAt: END, ...ctx })

  it('speaks from the second unanswered check-in, only when no reply came', () => {
    expect(over('check-in', { checkInsSent: 1, replyReceived: false })).toEqual([])
    expect(messages(over('check-in', { checkInsSent: 2, replyReceived: false }))).toEqual([
      'You have already sent 2 check-ins without a reply; another one can come across as pushy and harm your candidacy.'
    ])
    expect(over('check-in', { checkInsSent: 3, replyReceived: true })).toEqual([])
    expect(over('check-in', { checkInsSent: 3, replyReceived: undefined })).toEqual([])
    expect(over('check-in', { checkInsSent: undefined, replyReceived: false })).toEqual([])
    expect(over('thank-you', { checkInsSent: 3, replyReceived: false })).toEqual([])
  })
})

describe('length.too-long', () => {
  it('allows exactly the limit, not one word more', () => {
    expect(only('length.too-long', { body: words(200) })).toEqual([])
    expect(messages(only('length.too-long', { body: words(201) }))).toEqual([
      'The note is 201 words; keep a thank-you under 200 so it is read to the end.'
    ])
    expect(only('length.too-long', { kind: 'check-in', body: words(150) })).toEqual([])
    expect(messages(only('length.too-long', { kind: 'check-in', body: words(151) }))[0]).toMatch(
      /^The note is 151 words; keep a check-in under 150/
    )
  })
})

describe('subject, greeting and sign-off', () => {
  it('an e-mail needs a subject (whatever the channel is spelt like); LinkedIn and cards do not', () => {
    expect(only('subject.missing', { subject: '  ' })).toHaveLength(1)
    expect(only('subject.missing', { subject: '', channel: 'E-mail' })).toHaveLength(1)
    expect(only('subject.missing', { subject: 'Thanks' })).toEqual([])
    expect(only('subject.missing', { subject: '', channel: 'LinkedIn' })).toEqual([])
    expect(only('subject.missing', { subject: '', channel: 'handwritten' })).toEqual([])
  })

  it('greeting and sign-off: quiet on an empty body; the greeting example uses the first name', () => {
    expect(only('greeting.missing', { body: ' \n ' })).toEqual([])
    expect(only('signoff.missing', { body: ' \n ' })).toEqual([])
    const body = 'Thank you for today.'
    expect(messages(only('greeting.missing', { body }))).toEqual([
      'The note starts without a salutation; open with “Hi Jane,”.'
    ])
    expect(messages(only('greeting.missing', { body }, { interviewer: { name: '' } }))).toEqual([
      'The note starts without a salutation; open with a greeting.'
    ])
    expect(only('signoff.missing', { body })).toHaveLength(1)
    expect(only('signoff.missing')).toEqual([])
  })
})

describe('privacy.channel', () => {
  const privacy = (draft: Partial<CheckDraft>, contacts?: string[]) =>
    only('privacy.channel', draft, { interviewer: { name: 'Jane Doe', ...(contacts ? { contacts } : {}) } })

  it('refuses channels that are not professional, and accepts the professional ones however spelt', () => {
    expect(messages(privacy({ channel: 'WhatsApp' }))).toEqual([
      '“WhatsApp” is not a professional channel; reach interviewers only by e-mail, LinkedIn or a handwritten card.'
    ])
    for (const channel of ['E-mail', 'EMAIL', 'LinkedIn', 'Linked-In', 'hand-written', 'Handwritten']) {
      expect(privacy({ channel, to: '' })).toEqual([])
    }
  })

  it('a card needs no address, and an empty To is left to other rules', () => {
    expect(privacy({ channel: 'handwritten', to: 'jane@gmail.com' }, ['jane.doe@acme.example'])).toEqual([])
    expect(privacy({ to: '   ' }, ['jane.doe@acme.example'])).toEqual([])
  })

  it('matches the given contacts loosely: case, display name, mailto:, scheme, www. and trailing slashes', () => {
    const contacts = ['Jane.Doe@acme.example', 'https://www.linkedin.com/in/jane-doe/']
    for (const to of [
      'jane.doe@ACME.example',
      'Jane Doe <jane.doe@acme.example>',
      'mailto:jane.doe@acme.example',
      '  jane.doe@acme.example  '
    ])
      expect(privacy({ to }, contacts)).toEqual([])
    for (const to of [
      'linkedin.com/in/jane-doe',
      'http://linkedin.com/in/jane-doe//',
      'www.linkedin.com/in/jane-doe'
    ])
      expect(privacy({ channel: 'linkedin', to }, contacts)).toEqual([])
  })

  it('an address not among the contacts is flagged on the To field, with a fix only when exactly one contact fits', () => {
    const [flagged] = privacy({ to: 'jane@gmail.com' }, [
      'jane.doe@acme.example',
      'https://linkedin.com/in/jane'
    ])
    expect(flagged).toMatchObject({
      field: 'to',
      start: 0,
      end: 'jane@gmail.com'.length,
      message:
        'jane@gmail.com is not among the contacts Jane Doe gave you (jane.doe@acme.example, https://linkedin.com/in/jane); use only contact details shared for professional purposes.',
      fix: { replacement: 'jane.doe@acme.example' }
    })
    const two = privacy({ to: 'jane@gmail.com' }, ['jane.doe@acme.example', 'j.doe@acme.example'])
    expect(two).toHaveLength(1)
    expect(two[0]?.fix).toBeUndefined()
    const linkedin = privacy({ channel: 'LinkedIn', to: 'linkedin.com/in/someone' }, [
      'jane.doe@acme.example',
      'https://LinkedIn.com/in/jane'
    ])
    expect(linkedin[0]?.fix).toEqual({ replacement: 'https://LinkedIn.com/in/jane' })
    const none = privacy({ channel: 'linkedin', to: 'linkedin.com/in/someone' }, ['jane.doe@acme.example'])
    expect(none[0]?.fix).toBeUndefined()
  })

  it('with no contacts given, a webmail address is a warning for e-mail only; a work address is fine', () => {
    const [webmail] = privacy({ to: 'Jane <jane.doe@Gmail.com>' }, [])
    expect(webmail).toMatchObject({
      severity: 'warning',
      field: 'to',
      message:
        'Jane <jane.doe@Gmail.com> looks like a personal mailbox; unless Jane Doe gave it to you, write to their work address instead.'
    })
    expect(webmail?.fix).toBeUndefined()
    expect(privacy({ to: 'jane.doe@acme.example' }, [])).toEqual([])
    expect(privacy({ to: 'jane@outlook.com.example' }, [])).toHaveLength(1)
    expect(privacy({ channel: 'linkedin', to: 'jane@gmail.com' }, [])).toEqual([])
    expect(privacy({ to: 'jane@gmail.com' })).toHaveLength(1)
  })
})
