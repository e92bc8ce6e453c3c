/**
 * Property tests of the wall-clock arithmetic, quiet hours, snooze times and the words, across the daylight-saving
 * changes of 2026 in three zones (and an interview in another zone than the user's).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { QuietHours } from '../model/journal'
import { followUpPlan } from './policy'
import { firstLoudMoment, snoozeUntil } from './quiet'
import { JournalBuilder } from '../../test/followup/test-journal'
import { formatDueMoment } from './wording'
import { addDays, instantOf, offsetAt, sameLocalDate, wallTimeAt } from './zones'

const HOUR = 3600_000
const DAY = 24 * HOUR
/** The 2026 changes: Berlin 29 Mar and 25 Oct, New York 8 Mar and 1 Nov, Sydney 5 Apr (ends) and 4 Oct (starts). */
const CHANGES: Record<string, string[]> = {
  'Europe/Berlin': ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'],
  'America/New_York': ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z'],
  'Australia/Sydney': ['2026-04-04T16:00:00Z', '2026-10-03T16:00:00Z']
}
const ZONES = Object.keys(CHANGES)

/** A zone and an instant (whole minutes) within three days of one of its changes. */
const nearAChange = fc
  .constantFrom(...ZONES.flatMap((zone) => CHANGES[zone]!.map((at) => ({ zone, at: Date.parse(at) }))))
  .chain(({ zone, at }) =>
    fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }).map((minutes) => ({ zone, t: at + minutes * 60_000 }))
  )

const minutesOf = (t: number, zone: string) => {
  const w = wallTimeAt(t, zone)
  return w.hour * 60 + w.minute
}

describe('wall-clock time in a zone, across daylight-saving changes', () => {
  it('has the changes where the test says (the runtime knows these zones)', () => {
    for (const zone of ZONES) {
      for (const at of CHANGES[zone]!) {
        const t = Date.parse(at)
        expect(offsetAt(t - HOUR, zone)).not.toBe(offsetAt(t + HOUR, zone))
      }
    }
  })

  it('reads an instant back from its local date and time (the first of two in an autumn night)', () => {
    fc.assert(
      fc.property(nearAChange, ({ zone, t }) => {
        const wall = wallTimeAt(t, zone)
        const back = instantOf(wall, zone)
        expect(wallTimeAt(back, zone)).toEqual(wall)
        expect(back).toBeLessThanOrEqual(t)
        expect(t - back === 0 || t - back === HOUR).toBe(true)
      })
    )
  })

  it('puts a skipped local time just after the spring-forward gap', () => {
    // 02:30 does not exist in Berlin on 29 Mar 2026: it is read as 03:30 summer time.
    const t = instantOf({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin')
    expect(new Date(t).toISOString()).toBe('2026-03-29T01:30:00.000Z')
  })
})

describe('snooze, in the user zone', () => {
  it('"tomorrow morning" is 09:00 on the next local date, even when that night is 23 or 25 hours long', () => {
    fc.assert(
      fc.property(nearAChange, ({ zone, t }) => {
        const until = snoozeUntil('morning', t, zone)!
        expect(minutesOf(until, zone)).toBe(9 * 60)
        const { year, month, day } = addDays(wallTimeAt(t, zone), 1)
        expect(wallTimeAt(until, zone)).toMatchObject({ year, month, day })
        expect(until - t).toBeGreaterThan(0)
        expect(until - t).toBeLessThanOrEqual(34 * HOUR)
      })
    )
  })

  it('"this evening" is 18:00 the same local date, offered only before it', () => {
    fc.assert(
      fc.property(nearAChange, ({ zone, t }) => {
        const until = snoozeUntil('evening', t, zone)
        if (minutesOf(t, zone) >= 18 * 60) expect(until).toBeNull()
        else {
          expect(minutesOf(until!, zone)).toBe(18 * 60)
          expect(sameLocalDate(until!, t, zone)).toBe(true)
        }
      })
    )
  })
})

describe('quiet hours, in the user zone', () => {
  const quiet: QuietHours = { enabled: true, start: '21:00', end: '08:00' }
  const isQuietTime = (t: number, zone: string) => {
    const m = minutesOf(t, zone)
    return m >= 21 * 60 || m < 8 * 60
  }

  it('a notification waits for the first moment outside 21:00 to 08:00, which is 08:00 when it waited', () => {
    fc.assert(
      fc.property(nearAChange, ({ zone, t }) => {
        const loud = firstLoudMoment(t, quiet, [], zone)
        expect(isQuietTime(loud, zone)).toBe(false)
        if (!isQuietTime(t, zone)) expect(loud).toBe(t)
        else {
          expect(minutesOf(loud, zone)).toBe(8 * 60)
          expect(loud - t).toBeLessThanOrEqual(12 * HOUR)
        }
      })
    )
  })

  it('an interview is quiet too, and quiet times that touch are crossed together', () => {
    fc.assert(
      fc.property(nearAChange, fc.integer({ min: 1, max: 180 }), ({ zone, t }, minutes) => {
        const interview = {
          startAt: new Date(t - 60_000).toISOString(),
          endAt: new Date(t + minutes * 60_000).toISOString()
        }
        const loud = firstLoudMoment(t, quiet, [interview], zone)
        expect(loud).toBeGreaterThanOrEqual(t + minutes * 60_000)
        expect(isQuietTime(loud, zone)).toBe(false)
      })
    )
  })

  it('quiet hours switched off hold nothing back', () => {
    const t = Date.parse('2026-03-29T22:30:00Z')
    expect(firstLoudMoment(t, { ...quiet, enabled: false }, [], 'Europe/Berlin')).toBe(t)
  })
})

describe('the words of a reminder, in the user zone', () => {
  it('write the local time of the deadline, and the date only when it is not today', () => {
    fc.assert(
      fc.property(nearAChange, fc.integer({ min: 0, max: 36 * 60 }), ({ zone, t }, ahead) => {
        const at = t + ahead * 60_000
        const text = formatDueMoment(at, zone, t)
        const w = wallTimeAt(at, zone)
        const time = `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`
        if (sameLocalDate(at, t, zone)) expect(text).toBe(`${time} today`)
        else expect(text).toMatch(new RegExp(`^\\w{3} ${w.day} \\w{3}, ${time}$`))
      })
    )
  })

  it('for an interview in another zone than the user, the due time is the user’s wall clock', () => {
    const interviewZones = ['America/Los_Angeles', 'Asia/Tokyo', 'Europe/London']
    fc.assert(
      fc.property(nearAChange, fc.constantFrom(...interviewZones), ({ zone, t }, interviewZone) => {
        const b = new JournalBuilder()
        const int = b.interview(b.application(), new Date(t).toISOString())
        b.journal.interviews[int]!.timeZone = interviewZone
        b.person('Jane Doe', int)
        const [item] = followUpPlan(b.journal, new Date(t + HOUR), { timeZone: zone }).due
        const deadline = wallTimeAt(t + DAY, zone)
        const time = `${String(deadline.hour).padStart(2, '0')}:${String(deadline.minute).padStart(2, '0')}`
        // On a 25-hour autumn day the deadline can fall on the same local date: then it reads "today".
        const when = sameLocalDate(t + DAY, t + HOUR, zone)
          ? `${time} today`
          : `\\w{3} ${deadline.day} \\w{3}, ${time}`
        expect(item?.reason).toMatch(new RegExp(`due by ${when}$`))
      })
    )
  })
})
