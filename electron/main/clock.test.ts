import { describe, expect, it } from 'vitest'
import { clockFromEnv } from './clock'

describe('clockFromEnv', () => {
  const real = () => Date.parse('2026-03-03T16:00:00Z')
  it('is the real time by default', () => {
    expect(clockFromEnv({}, real)().toISOString()).toBe('2026-03-03T16:00:00.000Z')
  })
  it('is shifted by AFTERWORD_CLOCK_OFFSET_MS (the e2e harness moves the Electron app 8 days ahead)', () => {
    const eightDays = String(8 * 24 * 3600 * 1000)
    expect(clockFromEnv({ AFTERWORD_CLOCK_OFFSET_MS: eightDays }, real)().toISOString()).toBe(
      '2026-03-11T16:00:00.000Z'
    )
  })
  it('refuses an offset that is not a number', () => {
    expect(() => clockFromEnv({ AFTERWORD_CLOCK_OFFSET_MS: 'soon' }, real)).toThrow(/number of milliseconds/)
  })
})
