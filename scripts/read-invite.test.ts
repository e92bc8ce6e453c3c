/** Runs the CLI as a child process, the way `npm run -s read-invite -- FILE.ics [--me …]` does. */
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { invitePath, ME } from '../test/calendar/fixtures'
import { runScript, scratchDir } from '../test/scripts/cli'

const { dir, file, remove } = scratchDir('read-invite')
afterAll(remove)
const cli = (...args: string[]) => runScript('read-invite', args, { env: { TZ: 'Europe/Berlin' } })

describe('read-invite CLI', () => {
  it('prints one JSON object with exactly the documented fields, without the --me addresses and rooms', async () => {
    const out = await cli(invitePath('google-peer.ics'), '--me', ME.join(','))
    expect(out.code).toBe(0)
    expect(out.stderr).toBe('')
    expect(JSON.parse(out.stdout)).toEqual({
      uid: '7kukuqrfedlm2f9t2a8j0a2vhs@google.com',
      sequence: 0,
      method: 'REQUEST',
      status: 'confirmed',
      title: 'Peer interview: Alex Candidate <> Acme (Platform Engineer)',
      start: '2026-03-10T18:00:00Z',
      end: '2026-03-10T19:00:00Z',
      timeZone: 'America/New_York',
      location: '',
      meetingUrl: 'https://meet.google.com/abc-defg-hij',
      type: 'peer',
      organizer: { name: 'Recruiting at Acme', email: 'recruiting@acme.com' },
      people: [
        { name: 'Recruiting at Acme', email: 'recruiting@acme.com' },
        { name: 'Jane Doe', email: 'jane.doe@acme.com' },
        { name: 'Mark Okafor', email: 'mark.okafor@acme.com' }
      ],
      occurrences: 1
    })
  })

  it('lists the user when no --me is given; maps Windows zone names; reads cancellations', async () => {
    const outlook = JSON.parse((await cli(invitePath('outlook-technical.ics'))).stdout)
    expect(outlook.people.map((p: { email: string }) => p.email)).toContain('alex.candidate@outlook.com')
    expect(outlook.timeZone).toBe('Europe/Berlin')
    const cancel = JSON.parse((await cli(invitePath('outlook-technical-cancel.ics'), `--me=${ME[1]}`)).stdout)
    expect(cancel).toMatchObject({ method: 'CANCEL', status: 'cancelled', sequence: 2 })
    const series = JSON.parse((await cli(invitePath('google-series.ics'))).stdout)
    expect(series.occurrences).toBe(3)
  })

  it('prints an array for a file with several events; floating times are read in the local zone', async () => {
    const out = await cli(invitePath('floating-two-events.ics'))
    const events = JSON.parse(out.stdout) as Array<{ uid: string; start: string; timeZone: string }>
    expect(events.map((e) => [e.uid, e.start, e.timeZone])).toEqual([
      ['first@example.org', '2026-03-15T09:00:00Z', 'Europe/Berlin'],
      ['second@example.org', '2026-03-16T10:00:00Z', 'UTC']
    ])
  })

  it('exits 2 with a message on stderr and nothing on stdout for a file it cannot read', async () => {
    for (const [args, hint] of [
      [[join(dir, 'missing.ics')], 'no such file'],
      [[dir], 'it is a folder'],
      [[file('notes.txt', 'Interview on Tuesday')], 'not a calendar invite'],
      [[file('empty.ics', '')], 'empty'],
      [
        [file('broken.ics', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nbroken\nEND:VEVENT\nEND:VCALENDAR\n')],
        'broken line'
      ],
      [[file('huge.ics', 'x'.repeat(1024 * 1024 + 10))], 'far too large'],
      [
        [
          file(
            'zone.ics',
            'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Nowhere:20260101T100000\nEND:VEVENT\nEND:VCALENDAR\n'
          )
        ],
        'time zone'
      ],
      [[], 'usage'],
      [[invitePath('zoom-panel.ics'), '--me'], '--me needs']
    ] as const) {
      const out = await cli(...args)
      expect(out.code).toBe(2)
      expect(out.stdout).toBe('')
      expect(out.stderr).toContain(hint)
    }
  })
})
