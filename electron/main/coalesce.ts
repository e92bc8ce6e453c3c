/**
 * Runs `task` at most once per burst of calls: the first call arms a timer, later calls within `waitMs` join it.
 * Typing autosaves every half second; re-planning reminders after each save would redo the same work.
 */
export interface Coalesced {
  (): void
  /** Runs a pending call now (e.g. before quitting). */
  flush(): void
  cancel(): void
}

export function coalesce(
  task: () => void,
  waitMs: number,
  timers: {
    set: (fn: () => void, ms: number) => unknown
    clear: (handle: unknown) => void
  } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
  }
): Coalesced {
  let pending: unknown = null
  const run = () => {
    pending = null
    task()
  }
  const call = (() => {
    if (pending === null) pending = timers.set(run, waitMs)
  }) as Coalesced
  call.flush = () => {
    if (pending === null) return
    timers.clear(pending)
    run()
  }
  call.cancel = () => {
    if (pending !== null) timers.clear(pending)
    pending = null
  }
  return call
}
