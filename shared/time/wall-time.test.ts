import { describe, expect, it } from 'vitest'
import { instantOf, offsetAt, wallTimeAt, zoneFormat } from './wall-time'

const iso = (ms: number) => new Date(ms).toISOString()
const at = (text: string, zone: string) => {
  const [year, month, day, hour, minute, second] = text.split(/[-T:]/).map(Number) as number[]
  return iso(instantOf({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second }, zone))
}

describe('wall time to instant (RFC 5545 rules)', () => {
  it('reads a time in the spring-forward gap with the offset before the gap', () => {
    expect(at('2026-03-29T02:30:00', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z') // 03:30 CEST
    expect(at('2026-03-08T02:30:00', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z') // 03:30 EDT
  })
  it('reads a repeated autumn time as its first occurrence', () => {
    expect(at('2026-10-25T02:30:00', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z') // CEST, not CET
    expect(at('2026-11-01T01:30:00', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z') // EDT, not EST
  })
  it('keeps seconds and round-trips ordinary times', () => {
    expect(at('2026-07-15T10:00:15', 'Europe/Berlin')).toBe('2026-07-15T08:00:15.000Z')
    const t = Date.parse('2026-01-15T14:05:09Z')
    expect(wallTimeAt(t, 'America/New_York')).toEqual({
      year: 2026,
      month: 1,
      day: 15,
      hour: 9,
      minute: 5,
      second: 9
    })
    expect(instantOf(wallTimeAt(t, 'America/New_York'), 'America/New_York')).toBe(t)
    expect(offsetAt(t, 'Asia/Kolkata')).toBe(5.5 * 3600_000)
  })
  it('says plainly when a zone is unknown', () => {
    expect(zoneFormat('Mars/Olympus_Mons')).toBeNull()
    expect(() =>
      instantOf({ year: 2026, month: 1, day: 1, hour: 0, minute: 0 }, 'Mars/Olympus_Mons')
    ).toThrow(/Unknown time zone Mars\/Olympus_Mons/)
    expect(() => wallTimeAt(0, 'Mars/Olympus_Mons')).toThrow(RangeError)
  })
})
