import { describe, expect, it } from 'vitest'
import { guardProposal, type GuardInput } from './guard'
import type { LlmContext } from './notes'

const context: LlmContext = {
  now: '2026-03-04T10:00:00Z',
  candidate: { name: 'Alex Kim' },
  company: 'Acme Corp.',
  role: 'Backend Engineer',
  interviewer: { name: 'Jane Doe', contacts: ['jane.doe@acme.example', '+1 212 555 0100'] },
  notes: [
    'team of 6, deploys via https://acme.example/deploy',
    { text: 'codename Bluebird, do not share', use: 'private' }
  ],
  otherInterviewers: ['Raj Patel'],
  otherCompanies: ['Globex']
}
const OK_BODY =
  'Hi Jane,\n\nThank you for explaining how your team of 6 deploys.\n\nI remain keen on the role at Acme Corp.\n\nBest regards,\nAlex Kim'
/** A stand-in dictionary: ordinary lower-case words, no names. */
const DICTIONARY = new Set(['meeting', 'your', 'our', 'after', 'see', 'good', 'call', 'mail'])
const guard = (body: string, extra: Partial<GuardInput> = {}) =>
  guardProposal({
    mode: 'write',
    kind: 'thank-you',
    context,
    proposal: { subject: 'Thank you', body },
    isDictionaryWord: (w) => DICTIONARY.has(w),
    ...extra
  })
/** The OK body with one more sentence before the sign-off. */
const plus = (sentence: string) => OK_BODY.replace('\n\nBest regards', ` ${sentence}\n\nBest regards`)
const reasons = (body: string, extra: Partial<GuardInput> = {}) =>
  guard(body, extra).map((r) => `${r.reason}:${r.detail}`)

describe('guardProposal', () => {
  it('passes a proposal made only of what was given', () => {
    expect(guard(OK_BODY)).toEqual([])
  })

  it('catches invented names mid-sentence and at a sentence start, as one run', () => {
    expect(reasons(OK_BODY.replace('your team', 'Bob Smith’s team'))).toEqual(['invented-name:Bob Smith'])
    expect(reasons(plus('Mallory says hi.'))).toEqual(['invented-name:Mallory'])
    expect(reasons(plus('Meeting you was great.'))).toEqual([])
    expect(reasons(plus('I enjoyed it and I’d welcome the chance, as I’m keen.'))).toEqual([])
  })

  it('reads a Title Case subject as ordinary words, yet still catches a name in it', () => {
    const subject = (text: string) =>
      guardProposal({
        mode: 'write',
        kind: 'thank-you',
        context,
        proposal: { subject: text, body: OK_BODY },
        isDictionaryWord: (w) => ['thank', 'you', 'for', 'your', 'time'].includes(w)
      }).map((r) => `${r.reason}:${r.detail}`)
    expect(subject('Thank You for Your Time')).toEqual([])
    expect(subject('Thank You, Mallory')).toEqual(['invented-name:Mallory'])
  })

  it('catches invented links, e-mail addresses, phone numbers and figures; keeps the given ones', () => {
    expect(reasons(plus('See https://acme.example/deploy.'))).toEqual([])
    expect(reasons(plus('See https://evil.example/login.'))).toEqual([
      'invented-url:https://evil.example/login'
    ])
    expect(reasons(plus('See www.evil.example.'))).toEqual(['invented-url:www.evil.example'])
    expect(reasons(plus('Mail me at a@b.example.'))).toEqual(['invented-email:a@b.example'])
    // Contacts are never sent, so even the interviewer's own number cannot come from the model's input.
    expect(reasons(plus('Call +1 212 555 0100.'))).toEqual(['invented-phone:+1 212 555 0100'])
    expect(reasons(plus('Call (415) 555-0199.'))).toEqual(['invented-phone:(415) 555-0199'])
    expect(reasons(OK_BODY.replace('of 6', 'of 60'))).toEqual(['invented-figure:60'])
  })

  it('catches another company and a private note’s words', () => {
    expect(reasons(OK_BODY.replace('at Acme Corp.', 'at Globex.'))).toContain('other-company:Globex')
    expect(reasons(plus('Good luck with the Bluebird codename work.'))).toEqual([
      'invented-name:Bluebird',
      'private-note:codename, bluebird'
    ])
  })

  it('form: empty, too long, placeholders, Markdown', () => {
    expect(reasons('  ')).toEqual(['empty:The answer had no text.'])
    expect(reasons(`${OK_BODY} ${'word '.repeat(200)}`)[0]).toMatch(/^too-long:2\d\d words \(at most 180\)$/)
    expect(reasons(OK_BODY.replace('Hi Jane', 'Hi [Name]'))).toEqual(['placeholder:[Name]'])
    expect(reasons(OK_BODY.replace('Hi Jane', 'Hi {{first_name}}'))).toEqual(['placeholder:{{first_name}}'])
    expect(reasons(OK_BODY.replace('I remain', '**I remain**'))).toEqual(['markdown:**I remain**'])
  })

  it('a polish may keep the facts of its draft', () => {
    const draft = { subject: 'Thanks', body: `${OK_BODY} Bob Smith said 42.` }
    expect(reasons(draft.body, { mode: 'polish', draft })).toEqual([])
    expect(reasons(draft.body, { mode: 'write', draft })).toEqual([
      'invented-figure:42',
      'invented-name:Bob Smith'
    ])
  })
})
