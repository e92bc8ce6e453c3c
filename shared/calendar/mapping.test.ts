import { describe, expect, it } from 'vitest'
import { emptyJournal, type Journal } from '../model/journal'
import { invite, ME } from '../../test/calendar/fixtures'
import { companyFromLabel, companyKey, employerLabel, roleFromTitle } from './company'
import { guessInterviewType } from './interview-type'
import { journalLocation, meetingUrlOf } from './meeting'
import { parseInvite } from './parse'
import { displayName, nameFromEmail } from './people'
import { proposeImport } from './proposal'

describe('interview type from the title', () => {
  it.each([
    ['Peer interview', 'peer'],
    ['Technical screen', 'technical'],
    ['Panel', 'panel'],
    ['Phone screen | Umbrella Corp', 'phone-screen'],
    ['Intro call with the recruiter', 'phone-screen'],
    ['System design — round 2', 'technical'],
    ['Onsite loop', 'panel'],
    ['Meet the team', 'peer'],
    ['Hiring manager chat', 'hiring-manager'],
    ['HR interview', 'hr'],
    ['Coffee', 'other']
  ])('%s → %s', (title, type) => expect(guessInterviewType(title)).toBe(type))
})

describe('names and addresses', () => {
  it('turns "Last, First" round, strips quotes and pronouns, falls back to the address', () => {
    expect(displayName('Doe, Jane', 'jane@acme.com')).toBe('Jane Doe')
    expect(displayName('"Núñez, Ana"', 'ana@globex.de')).toBe('Ana Núñez')
    expect(displayName('Zoë Faure (She/Her)', 'zoe@u.com')).toBe('Zoë Faure')
    expect(displayName('Smith, Jones and Partners, Recruiting', 'x@y.com')).toBe(
      'Smith, Jones and Partners, Recruiting'
    )
    expect(displayName('', 'mark.okafor@acme.com')).toBe('Mark Okafor')
    expect(displayName('MARK.OKAFOR@ACME.COM', 'mark.okafor@acme.com')).toBe('Mark Okafor')
    expect(nameFromEmail('j_smith42@acme.com')).toBe('J Smith')
  })
})

describe('company and role', () => {
  it('reads the employer from a mail domain, not from personal mail or platforms', () => {
    expect(employerLabel('jane@acme.com')).toBe('acme')
    expect(employerLabel('sam@mail.initech.co.uk')).toBe('initech')
    expect(employerLabel('zoe@umbrella-corp.com')).toBe('umbrella-corp')
    expect(employerLabel('alex@gmail.com')).toBeNull()
    expect(employerLabel('no-reply@greenhouse.io')).toBeNull()
    expect(companyFromLabel('umbrella-corp')).toBe('Umbrella Corp')
    expect(companyKey('Umbrella Corp.')).toBe(companyKey('umbrella-corp'))
    expect(companyKey('Globex GmbH')).toBe('globex')
  })
  it('finds a role named in brackets in the title', () => {
    expect(roleFromTitle('Technical screen – Globex (Senior Backend Engineer)')).toBe(
      'Senior Backend Engineer'
    )
    expect(roleFromTitle('Take-home review (coding)')).toBe('')
  })
})

describe('meeting links', () => {
  it('finds Zoom, Teams, Meet and Webex links, without the brackets around them', () => {
    expect(meetingUrlOf(['Join <https://acme.zoom.us/j/123456789?pwd=abc>.'])).toBe(
      'https://acme.zoom.us/j/123456789?pwd=abc'
    )
    expect(meetingUrlOf(['', 'see https://meet.google.com/abc-defg-hij now'])).toBe(
      'https://meet.google.com/abc-defg-hij'
    )
    expect(meetingUrlOf(['https://acme.webex.com/meet/jane'])).toBe('https://acme.webex.com/meet/jane')
    expect(meetingUrlOf(['https://example.com/not-a-meeting'])).toBe('')
  })
  it('keeps a real place and the link, drops generic labels', () => {
    expect(journalLocation('Microsoft Teams Meeting', 'https://teams.microsoft.com/l/meetup-join/x')).toBe(
      'https://teams.microsoft.com/l/meetup-join/x'
    )
    expect(journalLocation('Room 4, Acme HQ', 'https://meet.google.com/a')).toBe(
      'Room 4, Acme HQ · https://meet.google.com/a'
    )
    expect(journalLocation('https://hooli.zoom.us/j/1', 'https://hooli.zoom.us/j/1')).toBe(
      'https://hooli.zoom.us/j/1'
    )
  })
})

function journalWithAcme(): Journal {
  const j = emptyJournal()
  const stamp = '2026-03-01T00:00:00Z'
  const base = { createdAt: stamp, updatedAt: stamp }
  j.applications['app-acme'] = {
    ...base,
    id: 'app-acme',
    company: 'ACME Inc.',
    role: 'Platform Engineer',
    status: 'interviewing',
    postingUrl: '',
    source: '',
    appliedAt: null,
    closedAt: null
  }
  j.people['jane'] = {
    ...base,
    id: 'jane',
    name: 'Jane D.',
    title: '',
    contacts: [{ kind: 'email', value: 'Jane.Doe@acme.com' }]
  }
  return j
}

describe('the import proposal', () => {
  it('proposes the application from the organiser’s domain and matches people by e-mail', () => {
    const [event] = parseInvite(invite('google-peer.ics'), { me: ME })
    const p = proposeImport(journalWithAcme(), event!)
    expect(p.action).toBe('create')
    expect(p.application).toMatchObject({ id: 'app-acme', reason: 'matched by the address @acme' })
    expect(p.people.map((x) => [x.email, x.personId, x.include])).toEqual([
      ['recruiting@acme.com', null, false], // a shared mailbox: shown, not ticked
      ['jane.doe@acme.com', 'jane', true],
      ['mark.okafor@acme.com', null, true]
    ])
  })
  it('proposes a new application named after the domain, with the role from the title', () => {
    const [event] = parseInvite(invite('outlook-technical.ics'), { me: ME })
    const p = proposeImport(journalWithAcme(), event!)
    expect(p.application).toEqual({
      id: null,
      company: 'Globex',
      role: 'Senior Backend Engineer',
      reason: 'a new application, named after the address @globex'
    })
  })
  it('finds the application by the title when the addresses are personal', () => {
    const text = invite('zoom-panel.ics')
      .replace('dana.lee@hooli.com', 'dana@gmail.com')
      .replace('Hooli', 'Acme')
    const p = proposeImport(journalWithAcme(), parseInvite(text)[0]!)
    expect(p.application).toMatchObject({ id: 'app-acme', reason: 'matched by the title' })
  })
  it('shows what a newer SEQUENCE changes, and refuses an older one', () => {
    const j = journalWithAcme()
    const [first] = parseInvite(invite('outlook-technical.ics'), { me: ME })
    j.interviews['int-1'] = {
      id: 'int-1',
      createdAt: 'x',
      updatedAt: 'x',
      applicationId: 'app-acme',
      startAt: first!.start,
      endAt: first!.end,
      timeZone: first!.timeZone,
      type: 'technical',
      round: null,
      location: proposeImport(j, first!).location,
      calendarUid: first!.uid,
      calendarSequence: 1,
      calendarRecurrenceId: ''
    }
    const moved = parseInvite(invite('outlook-technical-moved.ics'), { me: ME })[0]!
    expect(proposeImport(j, moved).action).toBe('outdated') // SEQUENCE 1 is not newer than 1
    j.interviews['int-1'].calendarSequence = 0
    const update = proposeImport(j, moved)
    expect(update.action).toBe('update')
    expect(update.interviewId).toBe('int-1')
    expect(update.changes).toEqual([
      { field: 'start', from: '2026-03-17T09:00:00Z', to: '2026-03-18T13:00:00Z' },
      { field: 'end', from: '2026-03-17T10:00:00Z', to: '2026-03-18T14:00:00Z' }
    ])
    const cancel = proposeImport(j, parseInvite(invite('outlook-technical-cancel.ics'))[0]!)
    expect(cancel.action).toBe('cancel')
    expect(cancel.changes).toContainEqual({ field: 'status', from: 'scheduled', to: 'cancelled' })
    delete j.interviews['int-1']
    expect(proposeImport(j, parseInvite(invite('outlook-technical-cancel.ics'))[0]!).action).toBe(
      'cancel-missing'
    )
  })
})
