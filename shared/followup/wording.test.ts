import { afterEach, describe, expect, it } from 'vitest'
import { formatDueMoment, missedThankYouReason, setWordingLocale } from './wording'

const AT = Date.parse('2026-12-03T03:36:00Z')
afterEach(() => setWordingLocale(undefined))

describe('the wording locale', () => {
  it('unset: the fixed 24-hour form the CLIs and tests read', () => {
    expect(formatDueMoment(AT, 'UTC')).toBe('Thu 3 Dec, 03:36')
    expect(formatDueMoment(AT, 'UTC', AT - 3600_000)).toBe('03:36 today')
  })

  it('set by main to the OS locale: dates as the window writes them, in the user’s zone', () => {
    setWordingLocale('en-US')
    expect(formatDueMoment(AT, 'UTC')).toBe('Thu, Dec 3, 3:36 AM')
    expect(formatDueMoment(AT, 'Asia/Tokyo')).toBe('Thu, Dec 3, 12:36 PM')
    expect(formatDueMoment(AT, 'UTC', AT - 3600_000)).toBe('3:36 AM today')
    expect(missedThankYouReason({ personName: 'Jane Doe', type: 'peer', endedAt: AT, timeZone: 'UTC' })).toBe(
      'You did not thank Jane Doe for the peer interview of Dec 3'
    )
    setWordingLocale('de-DE')
    expect(formatDueMoment(AT, 'Europe/Berlin')).toBe('Do., 3. Dez., 04:36')
  })
})
