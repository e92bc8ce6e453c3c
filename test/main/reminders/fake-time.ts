/** A clock and timer functions the test moves by hand: timers run only when the test advances time. */
import type { Timers } from '../../../electron/main/reminders/scheduler'

export interface FakeTime {
  now: () => Date
  timers: Timers
  /** Armed timers, as the instants they fire at. */
  pending(): number[]
  /** Moves the clock forward, running every timer that falls due on the way, in order. */
  advance(ms: number): void
  /** Moves the clock to the next armed timer and runs it. */
  runNext(): void
}

export function fakeTime(startIso: string): FakeTime {
  let time = Date.parse(startIso)
  let nextId = 1
  const armed = new Map<number, { at: number; run: () => void }>()
  const earliest = () => [...armed].sort((a, b) => a[1].at - b[1].at)[0]
  const fire = ([id, timer]: [number, { at: number; run: () => void }]) => {
    armed.delete(id)
    time = Math.max(time, timer.at)
    timer.run()
  }
  return {
    now: () => new Date(time),
    timers: {
      set(run, ms) {
        const id = nextId++
        armed.set(id, { at: time + ms, run })
        return id
      },
      clear(handle) {
        armed.delete(handle as number)
      }
    },
    pending: () => [...armed.values()].map((t) => t.at).sort((a, b) => a - b),
    advance(ms) {
      const until = time + ms
      for (let next = earliest(); next && next[1].at <= until; next = earliest()) fire(next)
      time = until
    },
    runNext() {
      const next = earliest()
      if (!next) throw new Error('No timer is armed.')
      fire(next)
    }
  }
}
