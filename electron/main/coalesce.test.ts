import { describe, expect, it, vi } from 'vitest'
import { coalesce } from './coalesce'

describe('coalesce', () => {
  it('runs once for a burst of calls, after the wait', () => {
    vi.useFakeTimers()
    const task = vi.fn()
    const replan = coalesce(task, 250)
    for (let i = 0; i < 10; i++) replan()
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(250)
    expect(task).toHaveBeenCalledTimes(1)
    replan()
    vi.advanceTimersByTime(250)
    expect(task).toHaveBeenCalledTimes(2)
    vi.useRealTimers()
  })

  it('flush runs a pending call at once; cancel drops it', () => {
    vi.useFakeTimers()
    const task = vi.fn()
    const replan = coalesce(task, 250)
    replan()
    replan.flush()
    expect(task).toHaveBeenCalledTimes(1)
    replan.flush()
    expect(task).toHaveBeenCalledTimes(1)
    replan()
    replan.cancel()
    vi.advanceTimersByTime(1000)
    expect(task).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
  })
})
