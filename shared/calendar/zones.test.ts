import { describe, expect, it } from 'vitest'
import { ianaZoneOf, instantOfWallTime } from './zones'

describe('time zone names', () => {
  it('maps Windows names to the IANA zone CLDR gives for them', () => {
    expect(ianaZoneOf('W. Europe Standard Time')).toBe('Europe/Berlin')
    expect(ianaZoneOf('Pacific Standard Time')).toBe('America/Los_Angeles')
    expect(ianaZoneOf('Eastern Standard Time')).toBe('America/New_York')
    expect(ianaZoneOf('GMT Standard Time')).toBe('Europe/London')
    expect(ianaZoneOf('India Standard Time')).toBe('Asia/Calcutta')
    expect(ianaZoneOf('AUS Eastern Standard Time')).toBe('Australia/Sydney')
    expect(ianaZoneOf('Romance Standard Time')).toBe('Europe/Paris')
  })
  it('keeps IANA names, strips producers’ path prefixes, knows UTC', () => {
    expect(ianaZoneOf('Europe/Paris')).toBe('Europe/Paris')
    expect(ianaZoneOf('/mozilla.org/20070129_1/America/Argentina/Buenos_Aires')).toBe('America/Buenos_Aires')
    expect(ianaZoneOf('/citadel.org/20190914_1/Europe/Zurich')).toBe('Europe/Zurich')
    expect(ianaZoneOf('"America/Chicago"')).toBe('America/Chicago')
    for (const utc of ['UTC', 'GMT', 'Z']) expect(ianaZoneOf(utc)).toBe('UTC')
  })
  it('knows nothing of names that are no zone', () => {
    for (const name of ['Mars/Olympus_Mons', 'Customized Time Zone', '', '(UTC+01:00) Amsterdam']) {
      expect(ianaZoneOf(name)).toBeNull()
    }
  })
})

describe('wall time to instant', () => {
  const wall = (iso: string) => {
    const [date, time] = iso.split('T') as [string, string]
    const [year, month, day] = date.split('-').map(Number) as [number, number, number]
    const [hour, minute] = time.split(':').map(Number) as [number, number]
    return { year, month, day, hour, minute, second: 0 }
  }
  const at = (iso: string, zone: string) => new Date(instantOfWallTime(wall(iso), zone)).toISOString()
  it('follows summer and winter time', () => {
    expect(at('2026-01-15T10:00', 'Europe/Berlin')).toBe('2026-01-15T09:00:00.000Z')
    expect(at('2026-07-15T10:00', 'Europe/Berlin')).toBe('2026-07-15T08:00:00.000Z')
    expect(at('2026-07-15T10:00', 'Australia/Sydney')).toBe('2026-07-15T00:00:00.000Z')
    expect(at('2026-07-15T10:00', 'Asia/Kolkata')).toBe('2026-07-15T04:30:00.000Z')
  })
  it('reads a time in the spring gap with the offset before it, a repeated autumn time as the first', () => {
    expect(at('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z') // shown as 03:30 CEST
    expect(at('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z') // the first 02:30 (CEST)
    expect(at('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z')
  })
})
