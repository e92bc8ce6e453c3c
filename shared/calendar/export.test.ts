import { describe, expect, it } from 'vitest'
import { JournalBuilder } from '../../test/followup/test-journal'
import { followUpPlan } from '../followup/policy'
import { exportCalendar } from './export'
import { parseInvite } from './parse'

function journal() {
  const b = new JournalBuilder()
  const app = b.application({ company: 'Acme, Inc.', role: 'Backend Engineer' })
  const int = b.interview(app, '2026-03-03T15:00:00Z')
  const jane = b.person('Jane Doe', int)
  b.journal.people[jane]!.contacts = [{ kind: 'email', value: 'jane@acme.com' }]
  b.journal.interviews[int]!.location = 'Acme HQ, 1 Main Street; Room 4'
  const cancelled = b.interview(app, '2026-03-05T15:00:00Z')
  b.journal.interviews[cancelled]!.status = 'cancelled'
  return { b, int, cancelled, jane }
}

describe('.ics export', () => {
  it('writes interviews and reminders with stable UIDs, escaped text and folded lines', () => {
    const { b, int, cancelled, jane } = journal()
    const now = new Date('2026-03-03T16:00:00Z')
    const plan = followUpPlan(b.journal, now)
    const text = exportCalendar({ journal: b.journal, followUps: [...plan.due, ...plan.upcoming], now })
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text).toContain('LOCATION:Acme HQ\\, 1 Main Street\\; Room 4')
    expect(text).toContain('SUMMARY:Peer interview — Acme\\, Inc. (Backend Engineer)')
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const uids = [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1])
    expect(uids).toEqual([
      `interview-${int}@afterword`,
      `interview-${cancelled}@afterword`,
      `thank-you-${int}-${jane}@afterword`
    ])
    const later = exportCalendar({
      journal: b.journal,
      followUps: plan.due,
      now: new Date('2026-03-03T17:00:00Z')
    })
    const seq = (t: string) => Number(/^SEQUENCE:(\d+)$/m.exec(t)?.[1])
    expect(seq(later)).toBeGreaterThan(seq(text)) // a calendar takes the newer export as an update
  })

  it('reads back with the same times, zone, status and people', () => {
    const { b, int } = journal()
    b.journal.interviews[int]!.timeZone = 'Europe/Berlin'
    const text = exportCalendar({ journal: b.journal, followUps: [], now: new Date('2026-03-03T16:00:00Z') })
    const [first, second] = parseInvite(text)
    expect(first).toMatchObject({
      start: '2026-03-03T14:00:00Z',
      end: '2026-03-03T15:00:00Z',
      timeZone: 'Europe/Berlin',
      status: 'confirmed',
      people: [{ name: 'Jane Doe', email: 'jane@acme.com' }]
    })
    expect(second?.status).toBe('cancelled')
  })

  it('writes only one interview and its reminders for "Add to calendar"', () => {
    const { b, int } = journal()
    const now = new Date('2026-03-03T16:00:00Z')
    const plan = followUpPlan(b.journal, now)
    const text = exportCalendar({ journal: b.journal, followUps: plan.due, now, interviewId: int })
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(2)
  })
})
