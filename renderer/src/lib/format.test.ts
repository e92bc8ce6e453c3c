import { describe, expect, it } from 'vitest'
import { isoToLocal, localToIso } from './format'

describe('isoToLocal', () => {
  it('round-trips with localToIso in the local zone', () => {
    const iso = localToIso('2026-12-01', '14:30')
    expect(iso).not.toBeNull()
    expect(isoToLocal(iso as string)).toEqual({ date: '2026-12-01', time: '14:30' })
  })

  it('pads months, days, hours and minutes', () => {
    const iso = localToIso('2026-03-05', '09:05') as string
    expect(isoToLocal(iso)).toEqual({ date: '2026-03-05', time: '09:05' })
  })
})
