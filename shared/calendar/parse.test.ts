import { describe, expect, it } from 'vitest'
import { invite, ME } from '../../test/calendar/fixtures'
import { parseInvite, type InviteEvent } from './parse'
import { InviteError, MAX_INVITE_BYTES } from './limits'

const one = (name: string, options = {}): InviteEvent => {
  const events = parseInvite(invite(name), { me: ME, ...options })
  expect(events).toHaveLength(1)
  return events[0]!
}

describe('invites from each producer', () => {
  it('Google Calendar: VTIMEZONE, folded lines, escaped commas, Meet link, rooms and the user left out', () => {
    const e = one('google-peer.ics')
    expect(e).toMatchObject({
      uid: '7kukuqrfedlm2f9t2a8j0a2vhs@google.com',
      method: 'REQUEST',
      status: 'confirmed',
      start: '2026-03-10T18:00:00Z', // 14:00 in New York, already on daylight time (8 March)
      end: '2026-03-10T19:00:00Z',
      timeZone: 'America/New_York',
      meetingUrl: 'https://meet.google.com/abc-defg-hij',
      type: 'peer',
      occurrences: 1
    })
    expect(e.description).toContain(
      'Jane and Mark, two engineers on the Platform team, for a peer interview.'
    )
    // CN folded across lines; a CN that is only the address becomes a name; the room (CUTYPE=RESOURCE) is out.
    expect(e.people).toEqual([
      { name: 'Recruiting at Acme', email: 'recruiting@acme.com' },
      { name: 'Jane Doe', email: 'jane.doe@acme.com' },
      { name: 'Mark Okafor', email: 'mark.okafor@acme.com' }
    ])
  })

  it('Outlook / Exchange: Windows zone name with its VTIMEZONE, MAILTO: in capitals, "Last, First" in quotes', () => {
    const e = one('outlook-technical.ics')
    expect(e.start).toBe('2026-03-17T09:00:00Z') // 10:00 CET
    expect(e.timeZone).toBe('Europe/Berlin')
    expect(e.type).toBe('technical')
    expect(e.organizer).toEqual({ name: 'Jürgen Müller', email: 'juergen.mueller@globex.de' })
    expect(e.people).toEqual([
      { name: 'Jürgen Müller', email: 'juergen.mueller@globex.de' },
      { name: 'Ana Núñez', email: 'ana.nunez@globex.de' }
    ])
    expect(e.meetingUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_ZmQ4.*%7d$/)
    expect(e.uid).toHaveLength(112) // the folded UID is joined back
  })

  it('Teams without a VTIMEZONE: the Windows name alone is mapped; Mailto: case, pronouns and GROUP left out', () => {
    const e = one('teams-phone-screen.ics')
    expect(e.timeZone).toBe('America/Los_Angeles')
    expect(e.start).toBe('2026-03-09T16:00:00Z') // 09:00 PDT, the day after the switch
    expect(e.type).toBe('phone-screen')
    expect(e.people).toEqual([
      { name: 'Zoë Faure', email: 'zoe.faure@umbrella-corp.com' },
      { name: "Pat O'Neil", email: 'pat.oneil@umbrella-corp.com' }
    ])
    expect(e.meetingUrl).toContain('https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDk2')
  })

  it('Apple Calendar: quoted CN and EMAIL parameters, urn:uuid attendees, escaped commas in the place', () => {
    const e = one('apple-hiring-manager.ics')
    expect(e.start).toBe('2026-04-01T09:30:00Z') // 10:30 BST
    expect(e.timeZone).toBe('Europe/London')
    expect(e.location).toBe('Initech, 1 Bank Street, London')
    expect(e.type).toBe('hiring-manager')
    expect(e.people).toEqual([
      { name: "Sam O'Brien", email: 'sam.obrien@initech.co.uk' },
      { name: 'Priya Patel', email: 'priya.patel@initech.co.uk' }
    ])
  })

  it('Zoom: UTC times, the host zone from its TZID line, the Zoom link as place', () => {
    const e = one('zoom-panel.ics')
    expect(e).toMatchObject({
      start: '2026-03-12T16:00:00Z',
      end: '2026-03-12T17:30:00Z',
      timeZone: 'America/Los_Angeles',
      method: 'PUBLISH',
      type: 'panel',
      meetingUrl: 'https://hooli.zoom.us/j/98765432100?pwd=QWxleENhbmRpZGF0ZQ.1',
      people: [{ name: 'Dana Lee', email: 'dana.lee@hooli.com' }]
    })
  })
})

describe('updates, cancellations and series', () => {
  it('reads SEQUENCE, METHOD:CANCEL and STATUS:CANCELLED', () => {
    expect(one('outlook-technical-moved.ics')).toMatchObject({ sequence: 1, start: '2026-03-18T13:00:00Z' })
    expect(one('outlook-technical-cancel.ics')).toMatchObject({
      sequence: 2,
      method: 'CANCEL',
      status: 'cancelled'
    })
    const statusOnly = invite('outlook-technical.ics').replace('STATUS:CONFIRMED', 'STATUS:CANCELLED')
    expect(parseInvite(statusOnly)[0]?.status).toBe('cancelled')
  })

  it('expands a weekly series without its EXDATE, with the moved occurrence at its new time', () => {
    const e = one('google-series.ics')
    expect(e.occurrences).toBe(3)
    expect(e.occurrenceList.map((o) => o.start)).toEqual([
      '2026-03-02T16:00:00Z',
      '2026-03-17T08:00:00Z', // 16 March moved to Tuesday 17, 09:00 Paris
      '2026-03-23T16:00:00Z'
    ])
    expect(e.start).toBe('2026-03-02T16:00:00Z')
    expect(e.recurrenceId).toBe('2026-03-02T16:00:00Z')
  })

  it('picks the occurrence asked for, or the next one after now', () => {
    const picked = one('google-series.ics', { occurrence: '2026-03-17T08:00:00Z' })
    expect(picked).toMatchObject({ start: '2026-03-17T08:00:00Z', end: '2026-03-17T08:30:00Z' })
    expect(picked.recurrenceId).toBe('2026-03-16T16:00:00Z')
    expect(one('google-series.ics', { now: new Date('2026-03-20T00:00:00Z') }).start).toBe(
      '2026-03-23T16:00:00Z'
    )
    expect(() => one('google-series.ics', { occurrence: '2026-03-09T16:00:00Z' })).toThrow(
      /not one of this series/
    )
  })

  it('counts an endless series up to its cap', () => {
    const endless = invite('google-series.ics').replace(
      'RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO',
      'RRULE:FREQ=DAILY'
    )
    expect(parseInvite(endless)[0]?.occurrences).toBe(500)
  })
})

describe('times', () => {
  it('reads floating times in the local zone and UTC times as UTC; several events give several results', () => {
    const [first, second] = parseInvite(invite('floating-two-events.ics'), { localZone: 'Europe/Berlin' })
    expect(first).toMatchObject({ start: '2026-03-15T09:00:00Z', timeZone: 'Europe/Berlin', type: 'hr' })
    expect(first?.people).toEqual([{ name: 'People', email: 'people@initrode.example' }])
    expect(second).toMatchObject({
      start: '2026-03-16T10:00:00Z',
      end: '2026-03-16T10:45:00Z',
      timeZone: 'UTC'
    })
  })

  it('reads an IANA TZID without a VTIMEZONE, and a path-prefixed one', () => {
    const text = (tzid: string) =>
      `BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART;TZID=${tzid}:20260701T090000\nDTEND;TZID=${tzid}:20260701T100000\nEND:VEVENT\nEND:VCALENDAR\n`
    expect(parseInvite(text('Asia/Tokyo'))[0]).toMatchObject({
      start: '2026-07-01T00:00:00Z',
      timeZone: 'Asia/Tokyo'
    })
    expect(parseInvite(text('/mozilla.org/20070129_1/Europe/Berlin'))[0]).toMatchObject({
      start: '2026-07-01T07:00:00Z',
      timeZone: 'Europe/Berlin'
    })
  })

  it('accepts LF line endings as well as CRLF', () => {
    const lf = invite('outlook-technical.ics').replace(/\r\n/g, '\n')
    expect(parseInvite(lf, { me: ME })[0]?.people).toHaveLength(2)
  })
})

describe('bad input: a clear message', () => {
  const fails = (text: string, message: RegExp) => {
    let error: unknown
    try {
      parseInvite(text)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InviteError)
    expect((error as Error).message).toMatch(message)
  }
  it('says what is wrong', () => {
    fails('', /empty/)
    fails('   \n', /empty/)
    fails('Hello, see you on Tuesday at 10!', /not a calendar invite/)
    fails('{"applications": {}}', /not a calendar invite/)
    fails('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', /no event/)
    fails('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n', /cut short/)
    fails('BEGIN:VCALENDAR\nBEGIN:VEVENT\nthis line is broken\nEND:VEVENT\nEND:VCALENDAR', /broken line/)
    fails('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026garbage\nEND:VEVENT\nEND:VCALENDAR', /cannot be read/)
    fails('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:No time\nEND:VEVENT\nEND:VCALENDAR', /no start/)
    fails('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260310\nEND:VEVENT\nEND:VCALENDAR', /all-day/)
    fails(
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Mars/Olympus_Mons:20260310T100000\nEND:VEVENT\nEND:VCALENDAR',
      /time zone "Mars\/Olympus_Mons" is not one Afterword knows/
    )
  })
  it('refuses a file over the size cap before parsing it', () => {
    const huge = invite('google-peer.ics').replace(
      'DESCRIPTION:',
      `DESCRIPTION:${'x'.repeat(MAX_INVITE_BYTES)}`
    )
    fails(huge, /far too large/)
  })
  it('finds the calendar inside pasted text with mail headers around it', () => {
    const pasted = `From: Recruiting <recruiting@acme.com>\nSubject: Invitation\n\n${invite('google-peer.ics')}\n-- \nSent from my phone`
    expect(parseInvite(pasted, { me: ME })[0]?.people).toHaveLength(3)
  })
})

describe('VTIMEZONE', () => {
  it('honours the file’s own VTIMEZONE for a TZID that names no known zone (Outlook display names)', () => {
    const name = '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'
    const text = invite('outlook-technical.ics')
      .replace('TZID:W. Europe Standard Time', `TZID:${name}`)
      .replaceAll('TZID=W. Europe Standard Time', `TZID="${name}"`)
    const [e] = parseInvite(text)
    expect(e?.start).toBe('2026-03-17T09:00:00Z')
    // After the switch to summer time (29 March) the same wall time is an hour earlier in UTC.
    const summer = text.replace(/20260317T1([01])0000/g, '20260407T1$10000')
    expect(parseInvite(summer)[0]?.start).toBe('2026-04-07T08:00:00Z')
    expect(e?.timeZone).toBe('UTC') // the name cannot be shown as a zone: times stay exact, shown in UTC
  })
})
