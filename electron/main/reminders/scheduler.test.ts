import { describe, expect, it, vi } from 'vitest'
import type { DueItem } from '../../../shared/followup'
import { reminderPlan, type Notifiable } from '../../../shared/followup/reminders'
import { JournalBuilder, plusDays, plusHours } from '../../../test/followup/test-journal'
import { applyOp } from '../../../shared/model/ops'
import { recordNotified } from './actions'
import { createReminderScheduler, DEFAULT_MAX_SLEEP_MS, keyOf } from './scheduler'
import { fakeTime } from '../../../test/main/reminders/fake-time'

const HOUR = 3600_000
const END = '2026-03-03T15:00:00.000Z'

function item(key: string, overdue = false): DueItem {
  return {
    key,
    kind: 'thank-you',
    personId: 'jane',
    interviewId: 'int-1',
    applicationId: 'app-1',
    personName: 'Jane Doe',
    company: 'Acme',
    role: 'Engineer',
    dueAt: END,
    deadline: plusHours(END, 24),
    overdue,
    reason: 'Thank Jane Doe'
  }
}

interface Scripted {
  due: DueItem[]
  nextChangeAt: string | null
}
/** A plan that asks to notify everything due (the journal never records it: the scheduler must not repeat). */
const asking = (plan: Scripted) => ({
  ...plan,
  toNotify: plan.due.map((item): Notifiable => ({ kind: 'due', item }))
})

/** A scheduler over a plan the test sets by hand. */
function scripted(start = END) {
  const time = fakeTime(start)
  let plan: Scripted = { due: [], nextChangeAt: null }
  const notified: string[] = []
  const updates: Array<{ due: string[]; newlyDue: string[] }> = []
  const errors: unknown[] = []
  const scheduler = createReminderScheduler({
    plan: () => asking(plan),
    now: time.now,
    timers: time.timers,
    notify: (batch) => void notified.push(...batch.map(keyOf)),
    onUpdate: (due, newlyDue) => void updates.push({ due: due.map((i) => i.key), newlyDue }),
    onError: (e) => void errors.push(e)
  })
  return { time, scheduler, notified, updates, errors, setPlan: (p: typeof plan) => void (plan = p) }
}

describe('the reminder scheduler', () => {
  it('notifies each due reminder once, however often it is refreshed', () => {
    const s = scripted()
    s.setPlan({ due: [item('a'), item('b')], nextChangeAt: null })
    s.scheduler.refresh()
    s.scheduler.refresh()
    expect(s.notified).toEqual(['a', 'b'])
    expect(s.updates).toEqual([{ due: ['a', 'b'], newlyDue: ['a', 'b'] }])
    expect([...s.scheduler.pendingKeys()]).toEqual(['a', 'b'])
  })

  it('arms one timer for the next change and wakes then', () => {
    const s = scripted()
    const next = plusHours(END, 2)
    s.setPlan({ due: [], nextChangeAt: next })
    s.scheduler.refresh()
    s.scheduler.refresh() // a journal change re-arms: still one timer
    expect(s.time.pending()).toEqual([Date.parse(next)])
    expect(s.scheduler.nextWakeAt()?.toISOString()).toBe(next)
    s.setPlan({ due: [item('a')], nextChangeAt: null })
    s.time.advance(2 * HOUR - 1)
    expect(s.notified).toEqual([])
    s.time.advance(1)
    expect(s.notified).toEqual(['a'])
  })

  it('sleeps at most a few hours, and at least a second when the plan lags the clock', () => {
    const s = scripted()
    s.setPlan({ due: [], nextChangeAt: plusDays(END, 30) })
    s.scheduler.refresh()
    expect(s.time.pending()).toEqual([Date.parse(END) + DEFAULT_MAX_SLEEP_MS])
    s.setPlan({ due: [], nextChangeAt: null })
    s.scheduler.refresh()
    expect(s.time.pending()).toEqual([Date.parse(END) + DEFAULT_MAX_SLEEP_MS])
    s.setPlan({ due: [], nextChangeAt: plusHours(END, -1) })
    s.scheduler.refresh()
    expect(s.time.pending()).toEqual([Date.parse(END) + 1000])
  })

  it('a reminder that was settled and comes back under a new key is notified again', () => {
    const s = scripted()
    s.setPlan({ due: [item('check-in:1')], nextChangeAt: null })
    s.scheduler.refresh()
    s.setPlan({ due: [], nextChangeAt: null })
    s.scheduler.refresh()
    s.setPlan({ due: [item('check-in:2')], nextChangeAt: null })
    s.scheduler.refresh()
    expect(s.notified).toEqual(['check-in:1', 'check-in:2'])
    expect(s.updates.map((u) => u.due)).toEqual([['check-in:1'], [], ['check-in:2']])
  })

  it('turning overdue updates the tray without a second notification', () => {
    const s = scripted()
    s.setPlan({ due: [item('a')], nextChangeAt: null })
    s.scheduler.refresh()
    s.setPlan({ due: [item('a', true)], nextChangeAt: null })
    s.scheduler.refresh()
    expect(s.notified).toEqual(['a'])
    expect(s.updates).toEqual([
      { due: ['a'], newlyDue: ['a'] },
      { due: ['a'], newlyDue: [] }
    ])
  })

  it('a failing notification or plan is reported and does not stop the others or the timer', () => {
    const time = fakeTime(END)
    const errors: unknown[] = []
    const notify = vi.fn((batch: Notifiable[]) => {
      if (batch.length > 0) throw new Error('no notification server')
    })
    let broken = false
    const scheduler = createReminderScheduler({
      plan: () => {
        if (broken) throw new Error('journal unreadable')
        return asking({ due: [item('a'), item('b')], nextChangeAt: null })
      },
      now: time.now,
      timers: time.timers,
      notify,
      onError: (e) => void errors.push(e)
    })
    scheduler.refresh()
    expect(notify.mock.calls.map(([batch]) => batch.map(keyOf))).toEqual([['a', 'b']])
    broken = true
    scheduler.refresh()
    expect(errors.map((e) => (e as Error).message)).toEqual(['no notification server', 'journal unreadable'])
    expect(time.pending()).toHaveLength(1)
  })

  it('stop clears the timer and later refreshes do nothing', () => {
    const s = scripted()
    s.setPlan({ due: [], nextChangeAt: plusHours(END, 1) })
    s.scheduler.refresh()
    s.scheduler.stop()
    expect(s.time.pending()).toEqual([])
    expect(s.scheduler.nextWakeAt()).toBeNull()
    s.setPlan({ due: [item('a')], nextChangeAt: null })
    s.scheduler.refresh()
    expect(s.notified).toEqual([])
  })
})

describe('the scheduler on the real policy and the journal state', () => {
  it('reminds after the interview, again a week after the thank-you, and never twice', async () => {
    const b = new JournalBuilder()
    b.journal.settings.quietHours.enabled = false
    const app = b.application()
    const int = b.interview(app, END)
    b.person('Jane Doe', int)
    b.person('Raj Patel', int)
    b.journal.notes['n1'] = {
      id: 'n1',
      createdAt: END,
      updatedAt: END,
      interviewId: int,
      use: 'auto',
      personId: 'jane',
      text: 'pairing on the billing service',
      order: 0
    }
    const time = fakeTime(plusHours(END, -2))
    const notified: string[] = []
    // The store main hands the scheduler: applying an op changes the journal the plan reads.
    const store = {
      get: () => b.journal,
      apply: async (ops: Parameters<typeof applyOp>[1][]) => {
        for (const op of ops) applyOp(b.journal, op)
        return b.journal
      }
    }
    const scheduler = createReminderScheduler({
      plan: () => reminderPlan(b.journal, time.now(), { timeZone: 'UTC' }),
      now: time.now,
      timers: time.timers,
      notify: (batch) => {
        notified.push(`${batch.map(keyOf).join('+')} ${time.now().toISOString()}`)
        void recordNotified(store, batch.map(keyOf), time.now())
      }
    })
    scheduler.refresh()
    expect(notified).toEqual([])
    // The interview ends (notes were taken: no capture prompt); both thank-yous an hour later, in one batch.
    time.advance(4 * HOUR)
    expect(notified).toEqual([`thank-you:${int}:jane+thank-you:${int}:raj ${plusHours(END, 1)}`])

    b.log('thank-you-sent', 'jane', int, time.now().toISOString())
    scheduler.refresh() // main refreshes on journal:changed
    notified.length = 0
    time.advance(9 * 24 * HOUR) // every timer on the way runs; nothing new until Jane's week is up
    const weekAfter = plusDays(plusHours(END, 2), 7)
    expect(notified).toEqual([`check-in:${app}:jane:${plusHours(END, 2)} ${weekAfter}`])
  })
})
