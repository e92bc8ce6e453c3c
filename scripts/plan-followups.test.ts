/** Runs the CLI as a child process, the way `npm run -s plan-followups -- JOURNAL.json --now ISO --zone IANA` does. */
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { searchWeekJournal } from '../test/followup/search-week'
import { runScript, scratchDir } from '../test/scripts/cli'

const { dir, file, remove } = scratchDir('plan-followups')
afterAll(remove)
const cli = (...args: string[]) => runScript('plan-followups', args)

interface Item {
  kind: string
  personName: string
  company: string
  role: string
  interviewId: string
  dueAt: string | null
  overdue: boolean
  reason: string
  snoozedUntil?: string | null
  notifyAt?: string | null
}
interface Plan {
  due: Item[]
  upcoming: Item[]
  stopped: Item[]
}

const planAt = async (iso: string, zone = 'Europe/Berlin') => {
  const out = await cli(
    file(`week-${iso}.json`, searchWeekJournal(new Date(iso))),
    '--now',
    iso,
    '--zone',
    zone
  )
  expect(out.stderr).toBe('')
  expect(out.code).toBe(0)
  return JSON.parse(out.stdout) as Plan
}

describe('plan-followups CLI', () => {
  it('prints due, upcoming and stopped from a format 1 export, with the words in the given zone', async () => {
    // Tuesday 09:00 in Berlin: Jane was thanked on Monday, Raj this morning; Tom's check-in is due.
    const plan = await planAt('2026-03-24T08:00:00.000Z')
    expect(Object.keys(plan)).toEqual(['due', 'upcoming', 'stopped'])
    // Thanked people get a check-in a week after their thank-you (Monday 14:00 and Tuesday 08:30 in Berlin).
    expect(plan.upcoming.filter((i) => i.kind === 'check-in').map((i) => [i.personName, i.dueAt])).toEqual([
      ['Jane Doe', '2026-03-30T13:00:00.000Z'],
      ['Raj Patel', '2026-03-31T07:30:00.000Z']
    ])
    expect(plan.due).toEqual([
      {
        kind: 'check-in',
        personName: 'Tom Baker',
        company: 'Umbrella',
        role: 'Data Engineer',
        interviewId: 'int-umbrella',
        dueAt: '2026-03-23T16:00:00.000Z',
        overdue: false,
        reason:
          'Check in with Tom Baker about the Data Engineer role at Umbrella: no news since Mon 16 Mar, 17:00',
        snoozedUntil: null,
        // Never notified (the export has no state for it), outside quiet hours: the OS shows it now.
        notifyAt: '2026-03-24T08:00:00.000Z'
      }
    ])
    // Amy's interview (11:00 in New York) ends at 17:00 Berlin time; the thank-you is upcoming from then.
    const thankYous = plan.upcoming.filter((i) => i.kind === 'thank-you')
    expect(thankYous.map((i) => [i.personName, i.dueAt])).toEqual([
      ['Amy Chen', '2026-03-24T16:00:00.000Z'],
      ['Liam Nguyen', '2026-03-25T23:00:00.000Z'],
      ['Priya Shah', '2026-03-25T23:00:00.000Z']
    ])
    expect(thankYous[0]?.reason).toBe(
      'Thank Amy Chen for the hiring manager interview: due by Wed 25 Mar, 17:00'
    )
  })

  it('writes the times in --zone: the same plan read in New York', async () => {
    const plan = await planAt('2026-03-24T18:00:00.000Z', 'America/New_York')
    const amy = plan.due.find((i) => i.personName === 'Amy Chen')
    expect(amy?.reason).toBe('Thank Amy Chen for the hiring manager interview: due by Wed 25 Mar, 12:00')
  })

  it('holds a notification during quiet hours: the Sydney interview ends at midnight, notified at 08:00', async () => {
    const plan = await planAt('2026-03-26T00:30:00.000Z') // 01:30 in Berlin
    const due = plan.due.filter((i) => i.company === 'Initech')
    expect(due.map((i) => i.personName)).toEqual(['Liam Nguyen', 'Priya Shah'])
    expect(due.map((i) => i.notifyAt)).toEqual(['2026-03-26T07:00:00.000Z', '2026-03-26T07:00:00.000Z'])
  })

  it('honours a snooze (listed as upcoming until it ends) and a dismissal (not listed at all)', async () => {
    const plan = await planAt('2026-03-26T08:00:00.000Z')
    expect(plan.due.map((i) => i.personName)).not.toContain('Priya Shah')
    expect(plan.due.map((i) => i.personName)).not.toContain('Tom Baker')
    const priya = plan.upcoming.find((i) => i.personName === 'Priya Shah')
    expect(priya).toMatchObject({
      snoozedUntil: '2026-03-26T17:00:00.000Z',
      dueAt: '2026-03-25T23:00:00.000Z'
    })
    expect(priya?.reason).toMatch(/^Snoozed until 18:00 today: Thank Priya Shah for the technical interview/)
    const later = await planAt('2026-03-26T17:00:00.000Z')
    expect(later.due.find((i) => i.personName === 'Priya Shah')).toMatchObject({ overdue: false })
  })

  it('explains bad input on stderr with exit code 2 and prints nothing on stdout', async () => {
    const cases = [
      await cli(),
      await cli(join(dir, 'missing.json')),
      await cli(file('bad.json', '{ nope')),
      await cli(file('newer.json', { schemaVersion: 99 })),
      await cli(file('ok.json', searchWeekJournal(new Date())), '--now', 'yesterday'),
      await cli(file('ok2.json', searchWeekJournal(new Date())), '--zone', 'Mars/Olympus')
    ]
    expect(cases.map((c) => c.code)).toEqual([2, 2, 2, 2, 2, 2])
    expect(cases.every((c) => c.stdout === '')).toBe(true)
    expect(cases.map((c) => c.stderr)).toEqual([
      expect.stringMatching(/usage: npm run -s plan-followups/),
      expect.stringMatching(/no such file/),
      expect.stringMatching(/not an Afterword journal/),
      expect.stringMatching(/newer version of Afterword/),
      expect.stringMatching(/--now must be an ISO date-time/),
      expect.stringMatching(/--zone must be an IANA time zone/)
    ])
  })
})
