/**
 * The context the checker and the composer get for one person in one interview, built from a small journal: two
 * applications (Acme with two interviews, Globex), three people, notes, contact events and drafts.
 */
import { describe, expect, it } from 'vitest'
import { buildDraftContext, DraftContextError, type DraftTarget } from './draft-context'
import { Journal, SCHEMA_VERSION, type ContactEvent, type Draft } from './journal'

const AT = '2026-03-01T10:00:00Z'
const NOW = new Date('2026-03-05T12:00:00Z')
const stamps = (id: string) => ({ id, createdAt: AT, updatedAt: AT })

function fixture(): Journal {
  return Journal.parse({
    schemaVersion: SCHEMA_VERSION,
    applications: {
      acme: { ...stamps('acme'), company: 'Acme', role: 'Backend Engineer', status: 'interviewing' },
      globex: { ...stamps('globex'), company: 'Globex', role: 'SRE', status: 'applied' }
    },
    interviews: {
      i1: {
        ...stamps('i1'),
        applicationId: 'acme',
        startAt: '2026-03-03T14:00:00Z',
        endAt: '2026-03-03T15:00:00Z',
        type: 'peer'
      },
      i2: {
        ...stamps('i2'),
        applicationId: 'acme',
        startAt: '2026-03-04T09:00:00Z',
        endAt: '2026-03-04T10:00:00Z',
        type: 'panel'
      }
    },
    people: {
      jane: {
        ...stamps('jane'),
        name: 'Jane Doe',
        title: 'Senior Engineer',
        contacts: [
          { kind: 'phone', value: '+1 555 0100' },
          { kind: 'email', value: 'jane@acme.example' },
          { kind: 'other', value: 'jane on the office chat' },
          { kind: 'linkedin', value: 'https://www.linkedin.com/in/janedoe' }
        ]
      },
      bob: { ...stamps('bob'), name: 'Bob Stone', contacts: [] },
      carol: { ...stamps('carol'), name: 'Carol Reyes', title: 'Engineering Manager' }
    },
    meetings: {
      m1: { ...stamps('m1'), interviewId: 'i1', personId: 'jane' },
      m2: { ...stamps('m2'), interviewId: 'i1', personId: 'bob', availabilityRequested: true },
      m3: { ...stamps('m3'), interviewId: 'i2', personId: 'carol' },
      m4: { ...stamps('m4'), interviewId: 'i2', personId: 'jane', availabilityRequested: true }
    },
    notes: {
      // Stored out of order on purpose: the context follows `order`, then creation time.
      n3: { ...stamps('n3'), interviewId: 'i1', personId: 'jane', text: 'third: the on-call rota', order: 2 },
      n1: { ...stamps('n1'), interviewId: 'i1', personId: 'jane', text: 'first: event sourcing', order: 0 },
      n2: {
        ...stamps('n2'),
        interviewId: 'i1',
        personId: 'jane',
        text: 'second: Kafka lag',
        order: 1,
        use: 'private'
      },
      bobs: { ...stamps('bobs'), interviewId: 'i1', personId: 'bob', text: 'Bob: Rust rewrite', order: 0 },
      later: {
        ...stamps('later'),
        interviewId: 'i2',
        personId: 'jane',
        text: 'round two: team size',
        order: 0
      }
    }
  })
}

const janeInI1: DraftTarget = { interviewId: 'i1', personId: 'jane', kind: 'thank-you' }

function event(id: string, fields: Partial<ContactEvent>): ContactEvent {
  return {
    ...stamps(id),
    personId: 'jane',
    applicationId: 'acme',
    interviewId: 'i1',
    kind: 'thank-you-sent',
    at: AT,
    channel: 'email',
    ...fields
  }
}

function draft(
  id: string,
  personId: string,
  interviewId: string,
  kind: 'thank-you' | 'check-in',
  body: string
): Draft {
  return {
    ...stamps(id),
    personId,
    interviewId,
    kind,
    channel: 'email',
    subject: '',
    to: '',
    body,
    state: 'draft',
    sentAt: null,
    history: []
  }
}

describe('buildDraftContext', () => {
  it('gives the company, role, interview, the person and only their professional contacts', () => {
    const context = buildDraftContext(fixture(), janeInI1, NOW)
    expect(context).toMatchObject({
      now: NOW.toISOString(),
      company: 'Acme',
      role: 'Backend Engineer',
      interview: { type: 'peer', endedAt: '2026-03-03T15:00:00Z' },
      interviewer: {
        name: 'Jane Doe',
        title: 'Senior Engineer',
        contacts: ['jane@acme.example', 'https://www.linkedin.com/in/janedoe']
      }
    })
    expect(buildDraftContext(fixture(), { ...janeInI1, personId: 'bob' }, NOW).interviewer).toEqual({
      name: 'Bob Stone',
      contacts: []
    })
  })

  it('lists the notes on this person in this interview only, in their order, each with its use', () => {
    expect(buildDraftContext(fixture(), janeInI1, NOW).notes).toEqual([
      { text: 'first: event sourcing', use: 'auto' },
      { text: 'second: Kafka lag', use: 'private' },
      { text: 'third: the on-call rota', use: 'auto' }
    ])
    expect(buildDraftContext(fixture(), { ...janeInI1, interviewId: 'i2' }, NOW).notes).toEqual([
      { text: 'round two: team size', use: 'auto' }
    ])
  })

  it('gives the messages already sent to this person for this application, oldest first', () => {
    const journal = fixture()
    const put = (d: Draft) => (journal.drafts[d.id] = d)
    const sent = (d: Draft, at: string): Draft => ({ ...d, state: 'sent', sentAt: at })
    put(sent(draft('d-late', 'jane', 'i2', 'check-in', 'Jane, checking in'), '2026-03-12T09:00:00Z'))
    put(sent(draft('d-early', 'jane', 'i1', 'thank-you', 'Jane, thank you'), '2026-03-03T18:00:00Z'))
    put(draft('d-open', 'jane', 'i1', 'check-in', 'Jane, not sent yet'))
    put(sent(draft('d-bob', 'bob', 'i1', 'thank-you', 'Bob, thank you'), '2026-03-03T18:00:00Z'))
    expect(buildDraftContext(journal, { ...janeInI1, kind: 'check-in' }, NOW).previousMessages).toEqual([
      'Jane, thank you',
      'Jane, checking in'
    ])
  })

  it('names the other interviewers met anywhere in the application, once each', () => {
    expect(buildDraftContext(fixture(), janeInI1, NOW).otherInterviewers).toEqual([
      'Bob Stone',
      'Carol Reyes'
    ])
    expect(buildDraftContext(fixture(), { ...janeInI1, personId: 'bob' }, NOW).otherInterviewers).toEqual([
      'Jane Doe',
      'Carol Reyes'
    ])
  })

  it('lists the other companies once each, never the same company in another spelling', () => {
    const journal = fixture()
    const more = (id: string, company: string) =>
      (journal.applications[id] = { ...journal.applications.globex!, id, company })
    more('acme-again', 'ACME')
    more('globex-2', 'Globex')
    more('globex-3', 'GLOBEX')
    more('initech', 'Initech')
    expect(buildDraftContext(journal, janeInI1, NOW).otherCompanies).toEqual(['Globex', 'Initech'])
  })

  it('takes the availability request from this meeting', () => {
    expect(buildDraftContext(fixture(), janeInI1, NOW).availabilityRequested).toBe(false)
    expect(buildDraftContext(fixture(), { ...janeInI1, interviewId: 'i2' }, NOW).availabilityRequested).toBe(
      true
    )
    expect(buildDraftContext(fixture(), { ...janeInI1, personId: 'bob' }, NOW).availabilityRequested).toBe(
      true
    )
  })

  it('starts with the interview end as the last contact, no follow-ups and no reply', () => {
    expect(buildDraftContext(fixture(), janeInI1, NOW)).toMatchObject({
      lastContactAt: '2026-03-03T15:00:00Z',
      checkInsSent: 0,
      replyReceived: false
    })
  })

  it('counts the check-ins sent to this person for this application and notices a reply', () => {
    const journal = fixture()
    const put = (e: ContactEvent) => (journal.contactLog[e.id] = e)
    put(event('ty', { kind: 'thank-you-sent', at: '2026-03-03T18:00:00Z' }))
    put(event('c1', { kind: 'check-in-sent', at: '2026-03-10T09:00:00Z' }))
    put(event('c2', { kind: 'check-in-sent', at: '2026-03-17T09:00:00Z', interviewId: 'i2' }))
    // Someone else, and another application: neither counts for Jane at Acme.
    put(event('bob', { kind: 'check-in-sent', personId: 'bob', at: '2026-03-20T09:00:00Z' }))
    put(event('gx', { kind: 'reply-received', applicationId: 'globex', at: '2026-03-21T09:00:00Z' }))
    expect(buildDraftContext(journal, janeInI1, NOW)).toMatchObject({
      lastContactAt: '2026-03-17T09:00:00Z',
      checkInsSent: 2,
      replyReceived: false
    })
    put(event('reply', { kind: 'reply-received', at: '2026-03-18T08:00:00Z' }))
    expect(buildDraftContext(journal, janeInI1, NOW)).toMatchObject({
      lastContactAt: '2026-03-18T08:00:00Z',
      replyReceived: true
    })
  })

  it('compares contact times as instants, not as text (offsets and fractions of a second)', () => {
    const journal = fixture()
    // 15:30 in Berlin is 14:30Z, before the interview's end at 15:00Z, though "15:30" sorts after "15:00".
    journal.contactLog.ty = event('ty', { at: '2026-03-03T15:30:00+01:00' })
    expect(buildDraftContext(journal, janeInI1, NOW).lastContactAt).toBe('2026-03-03T15:00:00Z')
    // 17:00+02:00 is 15:00Z: sorts after "16:00:00Z" as text, yet is earlier.
    journal.contactLog.ty = event('ty', { at: '2026-03-03T16:00:00Z' })
    journal.contactLog.c1 = event('c1', { kind: 'check-in-sent', at: '2026-03-03T17:00:00+02:00' })
    expect(buildDraftContext(journal, janeInI1, NOW).lastContactAt).toBe('2026-03-03T16:00:00Z')
    // Half a second after the end is later, though "15:00:00.500Z" < "15:00:00Z" as text.
    const ended = fixture()
    ended.contactLog.ty = event('ty', { at: '2026-03-03T15:00:00.500Z' })
    expect(buildDraftContext(ended, janeInI1, NOW).lastContactAt).toBe('2026-03-03T15:00:00.500Z')
  })

  it("gives the same-kind drafts of the interview's other people, for the duplicate check", () => {
    const journal = fixture()
    const put = (d: Draft) => (journal.drafts[d.id] = d)
    put(draft('d-jane', 'jane', 'i1', 'thank-you', 'Jane’s own draft'))
    put(draft('d-bob', 'bob', 'i1', 'thank-you', 'Dear Bob, thank you'))
    put({ ...draft('d-bob-sent', 'bob', 'i1', 'thank-you', 'Dear Bob, sent one'), state: 'sent' })
    put(draft('d-bob-follow', 'bob', 'i1', 'check-in', 'Bob check-in'))
    put(draft('d-bob-empty', 'bob', 'i1', 'thank-you', '  '))
    put(draft('d-carol', 'carol', 'i2', 'thank-you', 'Carol, another interview'))
    expect(buildDraftContext(journal, janeInI1, NOW).otherDrafts).toEqual([
      'Dear Bob, thank you',
      'Dear Bob, sent one'
    ])
    expect(buildDraftContext(journal, { ...janeInI1, kind: 'check-in' }, NOW).otherDrafts).toEqual([
      'Bob check-in'
    ])
  })

  it('carries the candidate’s name and availability from the settings, and leaves them out when blank', () => {
    expect(buildDraftContext(fixture(), janeInI1, NOW).candidate).toEqual({})
    const journal = fixture()
    journal.settings = { ...journal.settings, candidateName: 'Alex Kim', availability: 'Tuesday afternoon' }
    expect(buildDraftContext(journal, janeInI1, NOW).candidate).toEqual({
      name: 'Alex Kim',
      availability: 'Tuesday afternoon'
    })
  })

  it('refuses unknown ids and a person not met in that interview', () => {
    const journal = fixture()
    expect(() => buildDraftContext(journal, { ...janeInI1, interviewId: 'nope' }, NOW)).toThrow(
      DraftContextError
    )
    expect(() => buildDraftContext(journal, { ...janeInI1, personId: 'nope' }, NOW)).toThrow(
      DraftContextError
    )
    expect(() => buildDraftContext(journal, { ...janeInI1, personId: 'carol' }, NOW)).toThrow(
      /not listed for this interview/
    )
  })
})
