import { describe, expect, it } from 'vitest'
import { Settings } from '../../shared/model/journal'
import { systemTimeZone, timeZoneOf, userTimeZone } from './time-zone'

describe('the zone main works in', () => {
  it("is the user's zone when Settings has one", () => {
    expect(userTimeZone({ timeZone: 'Asia/Tokyo' })).toBe('Asia/Tokyo')
    const store = { get: () => ({ settings: Settings.parse({ timeZone: 'America/New_York' }) }) }
    expect(timeZoneOf(store)).toBe('America/New_York')
  })

  it("is the computer's zone when none is set, or the stored one is unknown here", () => {
    expect(userTimeZone({ timeZone: '' })).toBe(systemTimeZone())
    expect(userTimeZone({})).toBe(systemTimeZone())
    expect(userTimeZone(undefined)).toBe(systemTimeZone())
    expect(userTimeZone({ timeZone: 'Mars/Olympus_Mons' })).toBe(systemTimeZone())
  })

  it("follows the computer's zone (the test runs in the process's TZ)", () => {
    expect(systemTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC')
  })
})

describe('the time zone setting', () => {
  it("defaults to '' (the computer's zone), so older journals need no migration", () => {
    expect(Settings.parse({}).timeZone).toBe('')
  })

  it('keeps a real IANA zone and reads an unknown one as unset, so the journal still opens', () => {
    expect(Settings.parse({ timeZone: 'Europe/Berlin' }).timeZone).toBe('Europe/Berlin')
    expect(Settings.parse({ timeZone: 'Not/AZone' }).timeZone).toBe('')
    expect(Settings.parse({ timeZone: '+02:00' }).timeZone).toBe('')
    expect(Settings.parse({ timeZone: 42 }).timeZone).toBe('')
  })
})
