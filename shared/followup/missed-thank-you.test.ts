/**
 * A thank-you never sent does not vanish when its give-up time passes: it becomes an honest "missed" line, which a
 * late thank-you (logged) or a dismissal removes.
 */
import { describe, expect, it } from 'vitest'
import { followUpPlan, THANK_YOU_GIVE_UP_MS } from './policy'
import { reminderPlan } from './reminders'
import { JournalBuilder, plusDays, plusHours } from '../../test/followup/test-journal'

const END = '2026-11-30T15:00:00Z'
const at = (iso: string) => new Date(iso)
const giveUp = new Date(Date.parse(END) + THANK_YOU_GIVE_UP_MS).toISOString()

function janeNeverThanked() {
  const b = new JournalBuilder()
  const app = b.application()
  const int = b.interview(app, END, 'peer')
  const jane = b.person('Jane Doe', int)
  return { b, int, jane }
}

describe('a missed thank-you', () => {
  it('is due (overdue) before the give-up time and not missed yet', () => {
    const { b } = janeNeverThanked()
    const plan = followUpPlan(b.journal, at(plusHours(giveUp, -1)))
    expect(plan.due.map((i) => [i.kind, i.overdue])).toEqual([['thank-you', true]])
    expect(plan.missed).toEqual([])
  })

  it('becomes a plain line once the give-up time passes, in the user’s zone', () => {
    const { b, int, jane } = janeNeverThanked()
    const plan = followUpPlan(b.journal, at(giveUp), { timeZone: 'Europe/London' })
    expect(plan.due).toEqual([])
    expect(plan.missed.map((m) => [m.personId, m.interviewId, m.endedAt, m.reason])).toEqual([
      [jane, int, at(END).toISOString(), 'You did not thank Jane Doe for the peer interview of 30 Nov']
    ])
  })

  it('is gone once a thank-you is logged, even late', () => {
    const { b, int, jane } = janeNeverThanked()
    b.log('thank-you-sent', jane, int, plusDays(END, 9))
    expect(followUpPlan(b.journal, at(plusDays(END, 10))).missed).toEqual([])
  })

  it('is left out of the reminder plan once dismissed', () => {
    const { b } = janeNeverThanked()
    const now = at(plusDays(END, 10))
    const [missed] = reminderPlan(b.journal, now, { timeZone: 'UTC' }).missed
    expect(missed?.key).toMatch(/^missed-thank-you:/)
    b.journal.reminders[missed!.key] = { notifiedAt: null, snoozedUntil: null, dismissed: true }
    expect(reminderPlan(b.journal, now, { timeZone: 'UTC' }).missed).toEqual([])
  })
})
