import { describe, expect, it } from 'vitest'
import {
  computerTimeZone,
  formatDate,
  formatDateTime,
  formatInterviewTime,
  formatRelativeDay,
  formatTime,
  isoToLocal,
  localToIso,
  setUserTimeZone,
  userTimeZone
} from './datetime'

/** ICU writes a narrow no-break space before AM/PM; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ')

const GB_LONDON = { locale: 'en-GB', timeZone: 'Europe/London' }
const US_NEW_YORK = { locale: 'en-US', timeZone: 'America/New_York' }
const DE_BERLIN = { locale: 'de-DE', timeZone: 'Europe/Berlin' }

describe('dates and times in the user’s locale and zone', () => {
  const at = '2026-12-01T14:05:00Z'

  it('writes a date the way each locale does', () => {
    expect(formatDate(at, GB_LONDON)).toBe('Tue, 1 Dec 2026')
    expect(formatDate(at, US_NEW_YORK)).toBe('Tue, Dec 1, 2026')
    expect(formatDate(at, DE_BERLIN)).toBe('Di., 1. Dez. 2026')
  })

  it('uses the locale’s clock (24 h or AM/PM) and the user’s zone', () => {
    expect(formatTime(at, GB_LONDON)).toBe('14:05')
    expect(plain(formatTime(at, US_NEW_YORK))).toBe('9:05 AM')
    expect(formatTime(at, DE_BERLIN)).toBe('15:05')
  })

  it('puts the date on the day of the user’s zone, not UTC’s', () => {
    const lateEvening = '2026-12-02T02:30:00Z' // still 1 Dec in New York
    expect(plain(formatDateTime(lateEvening, US_NEW_YORK))).toBe('Tue, Dec 1, 2026, 9:30 PM')
    expect(formatDateTime(lateEvening, GB_LONDON)).toBe('Wed, 2 Dec 2026, 02:30')
  })
})

describe('interview times', () => {
  const interview = {
    startAt: '2026-12-01T14:00:00Z',
    endAt: '2026-12-01T15:00:00Z',
    timeZone: 'America/New_York'
  }

  it('shows the interview’s own zone when its clock differs from the user’s', () => {
    expect(formatInterviewTime(interview, GB_LONDON)).toBe('Tue, 1 Dec 2026, 14:00–15:00 (09:00–10:00 GMT-5)')
    expect(formatInterviewTime(interview, DE_BERLIN)).toBe(
      'Di., 1. Dez. 2026, 15:00–16:00 (09:00–10:00 GMT-5)'
    )
  })

  it('shows nothing more when the zones agree, or the zone is the user’s own', () => {
    expect(plain(formatInterviewTime(interview, US_NEW_YORK))).toBe('Tue, Dec 1, 2026, 9:00 AM–10:00 AM')
    const paris = { ...interview, timeZone: 'Europe/Paris' }
    expect(formatInterviewTime(paris, DE_BERLIN)).toBe('Di., 1. Dez. 2026, 15:00–16:00')
  })

  it('gives the interview’s date too when it is another day there, and ignores an unknown zone', () => {
    const auckland = { ...interview, timeZone: 'Pacific/Auckland' }
    expect(formatInterviewTime(auckland, GB_LONDON)).toBe(
      'Tue, 1 Dec 2026, 14:00–15:00 (Wed, 2 Dec 2026, 03:00–04:00 GMT+13)'
    )
    const bogus = { ...interview, timeZone: 'Mars/Olympus' }
    expect(formatInterviewTime(bogus, GB_LONDON)).toBe('Tue, 1 Dec 2026, 14:00–15:00')
  })

  it('follows daylight saving time: London and New York differ by 4 hours in late March', () => {
    const spring = {
      startAt: '2026-03-20T14:00:00Z',
      endAt: '2026-03-20T15:00:00Z',
      timeZone: 'America/New_York'
    }
    expect(formatInterviewTime(spring, GB_LONDON)).toBe('Fri, 20 Mar 2026, 14:00–15:00 (10:00–11:00 GMT-4)')
  })
})

describe('relative days', () => {
  const now = new Date('2026-12-01T10:00:00Z')

  it('says today, tomorrow and yesterday in the locale’s words', () => {
    expect(formatRelativeDay('2026-12-01T20:00:00Z', now, GB_LONDON)).toBe('Today')
    expect(formatRelativeDay('2026-12-02T09:00:00Z', now, GB_LONDON)).toBe('Tomorrow')
    expect(formatRelativeDay('2026-11-30T09:00:00Z', now, GB_LONDON)).toBe('Yesterday')
    expect(formatRelativeDay('2026-12-02T09:00:00Z', now, DE_BERLIN)).toBe('Morgen')
  })

  it('counts days in the user’s zone: 23:30 in New York is still today there', () => {
    expect(formatRelativeDay('2026-12-02T04:30:00Z', now, US_NEW_YORK)).toBe('Today')
    expect(formatRelativeDay('2026-12-02T04:30:00Z', now, GB_LONDON)).toBe('Tomorrow')
  })

  it('writes other days as a short date, with the year only when it is another year', () => {
    expect(formatRelativeDay('2026-12-08T09:00:00Z', now, GB_LONDON)).toBe('Tue 8 Dec')
    expect(formatRelativeDay('2026-12-08T09:00:00Z', now, US_NEW_YORK)).toBe('Tue, Dec 8')
    expect(formatRelativeDay('2027-01-05T09:00:00Z', now, GB_LONDON)).toBe('Tue, 5 Jan 2027')
  })
})

describe('date and time inputs in the user zone', () => {
  it('reads a form date and time in the given zone and shows it back there', () => {
    expect(localToIso('2026-12-01', '14:30', 'Asia/Tokyo')).toBe('2026-12-01T05:30:00.000Z')
    expect(localToIso('2026-07-01', '09:05', 'Europe/Berlin')).toBe('2026-07-01T07:05:00.000Z')
    expect(isoToLocal('2026-12-01T05:30:00.000Z', 'Asia/Tokyo')).toEqual({
      date: '2026-12-01',
      time: '14:30'
    })
    expect(isoToLocal('2026-03-05T09:05:00.000Z', 'UTC')).toEqual({ date: '2026-03-05', time: '09:05' })
  })

  it('refuses what is not a date or a time', () => {
    expect(localToIso('2026-02-31', '10:00', 'UTC')).toBeNull()
    expect(localToIso('', '10:00', 'UTC')).toBeNull()
    expect(localToIso('2026-02-01', '25:00', 'UTC')).toBeNull()
    expect(localToIso('2026-02-01', '', 'UTC')).toBeNull()
  })

  it('uses the zone from Settings when no zone is given, and the computer zone when it is unset or unknown', () => {
    try {
      setUserTimeZone('Asia/Tokyo')
      expect(userTimeZone()).toBe('Asia/Tokyo')
      expect(localToIso('2026-12-01', '09:00')).toBe('2026-12-01T00:00:00.000Z')
      expect(formatTime('2026-12-01T00:00:00.000Z', { locale: 'en-GB' })).toBe('09:00')
      setUserTimeZone('Mars/Olympus')
      expect(userTimeZone()).toBe(computerTimeZone())
    } finally {
      setUserTimeZone('')
    }
    expect(userTimeZone()).toBe(computerTimeZone())
  })
})
