import { describe, expect, it } from 'vitest'
import { bodySize, BODY_MAX_VIEWPORT_SHARE } from './grow'

const base = { borderHeight: 2, minHeight: 160, viewportHeight: 800 }

describe('bodySize', () => {
  it('grows to the whole text (borders included) without scrolling', () => {
    expect(bodySize({ ...base, contentHeight: 400 })).toEqual({ height: 402, scrolls: false })
  })

  it('rounds a fractional measure up, so the last line is never cut by a pixel', () => {
    expect(bodySize({ ...base, contentHeight: 300.4 })).toEqual({ height: 303, scrolls: false })
  })

  it('keeps its minimum for a short text', () => {
    expect(bodySize({ ...base, contentHeight: 40 })).toEqual({ height: 160, scrolls: false })
  })

  it('stops at the share of the window and scrolls beyond it', () => {
    const cap = Math.floor(800 * BODY_MAX_VIEWPORT_SHARE)
    expect(bodySize({ ...base, contentHeight: 2000 })).toEqual({ height: cap, scrolls: true })
    expect(bodySize({ ...base, contentHeight: cap - 2 })).toEqual({ height: cap, scrolls: false })
    expect(bodySize({ ...base, contentHeight: cap - 1 }).scrolls).toBe(true)
  })

  it('never caps below the minimum in a very short window', () => {
    expect(bodySize({ ...base, contentHeight: 1000, viewportHeight: 100 })).toEqual({
      height: 160,
      scrolls: true
    })
  })
})
