/**
 * The reminder state machine with a clock the test moves: due → notified → snoozed → due again → sent or dismissed;
 * quiet hours hold notifications back (the Due panel still lists everything); a restart (the journal read back from
 * its JSON) notifies nothing again; capture prompts come a few minutes after an interview without notes.
 */
import { describe, expect, it } from 'vitest'
import { Journal } from '../model/journal'
import { applyOp } from '../model/ops'
import { snoozeUntil } from './quiet'
import {
  CAPTURE_DELAY_MS,
  markDismissed,
  markNotified,
  markSnoozed,
  reminderPlan,
  THANK_YOU_NOTIFY_DELAY_MS,
  type Notifiable
} from './reminders'
import { JournalBuilder, plusHours } from '../../test/followup/test-journal'

const END = '2026-03-03T15:00:00.000Z' // a Tuesday, 16:00 in Berlin
const ZONE = 'Europe/Berlin'
const MINUTE = 60_000

/** A journal with one peer interview (Jane and Raj met, a note taken), and a clock. */
function world(end = END) {
  const b = new JournalBuilder()
  const interviewId = b.interview(b.application({ company: 'Northwind' }), end)
  b.person('Jane Doe', interviewId)
  b.person('Raj Patel', interviewId)
  let t = Date.parse(end)
  const journal = b.journal
  const note = (personId: string) =>
    applyOp(journal, {
      type: 'put',
      collection: 'notes',
      record: {
        id: `n-${personId}`,
        createdAt: end,
        updatedAt: end,
        interviewId,
        personId,
        text: 'x',
        order: 0
      }
    })
  const state = (key: string) => journal.reminders[key]
  const set = (key: string, next: Journal['reminders'][string]) =>
    applyOp(journal, { type: 'reminder', key, state: next })
  return {
    b,
    journal,
    interviewId,
    note,
    at: (iso: string) => void (t = Date.parse(iso)),
    advance: (ms: number) => void (t += ms),
    now: () => new Date(t),
    plan: (j: Journal = journal) => reminderPlan(j, new Date(t), { timeZone: ZONE }),
    /** What the scheduler does with the plan's toNotify: show it, and record it. */
    notify(): string[] {
      const keys = this.plan().toNotify.map(keyOf)
      for (const key of keys) set(key, markNotified(state(key), new Date(t)))
      return keys
    },
    snooze: (key: string, until: number) => set(key, markSnoozed(state(key), until)),
    dismiss: (key: string) => set(key, markDismissed(state(key)))
  }
}

const keyOf = (n: Notifiable) => (n.kind === 'due' ? n.item.key : n.prompt.key)
/** The journal as a restart reads it: written out as JSON, parsed with the schema. */
const restarted = (journal: Journal) => Journal.parse(JSON.parse(JSON.stringify(journal)))

describe('the reminder state machine', () => {
  it('due → notified → snoozed → due again → notified → sent', () => {
    const w = world()
    w.note('jane')
    const jane = `thank-you:${w.interviewId}:jane`
    w.at(plusHours(END, 0.5))
    expect(w.plan().due.map((i) => i.personName)).toEqual(['Jane Doe', 'Raj Patel'])
    expect(w.plan().toNotify).toEqual([]) // listed at once, notified after the capture moment
    expect(w.plan().nextChangeAt).toBe(new Date(Date.parse(END) + THANK_YOU_NOTIFY_DELAY_MS).toISOString())

    w.at(plusHours(END, 1))
    expect(w.notify()).toEqual([jane, `thank-you:${w.interviewId}:raj`])
    expect(w.notify()).toEqual([]) // once per due moment
    expect(reminderPlan(restarted(w.journal), w.now(), { timeZone: ZONE }).toNotify).toEqual([])

    w.advance(10 * MINUTE)
    w.snooze(jane, snoozeUntil('hour', w.now().getTime(), ZONE)!)
    let plan = w.plan()
    expect(plan.due.map((i) => i.personName)).toEqual(['Raj Patel'])
    expect(plan.snoozed.map((i) => [i.personName, i.snoozedUntil])).toEqual([
      ['Jane Doe', plusHours(END, 2 + 1 / 6)]
    ])
    expect(plan.nextChangeAt).toBe(plusHours(END, 2 + 1 / 6))

    w.at(plusHours(END, 2 + 1 / 6)) // the snooze ends: due again, notified again, once
    plan = w.plan()
    expect(plan.due.map((i) => i.personName)).toEqual(['Jane Doe', 'Raj Patel'])
    expect(w.notify()).toEqual([jane])
    expect(w.notify()).toEqual([])

    w.b.log('thank-you-sent', 'jane', w.interviewId, w.now().toISOString())
    expect(w.plan().due.map((i) => i.personName)).toEqual(['Raj Patel'])
  })

  it('a dismissed reminder is neither listed nor notified again, even after a restart', () => {
    const w = world()
    w.note('jane')
    w.at(plusHours(END, 2))
    w.dismiss(`thank-you:${w.interviewId}:raj`)
    expect(w.notify()).toEqual([`thank-you:${w.interviewId}:jane`])
    const later = reminderPlan(restarted(w.journal), new Date(Date.parse(END) + 20 * 3600_000), {
      timeZone: ZONE
    })
    expect(later.due.map((i) => i.personName)).toEqual(['Jane Doe'])
    expect(later.toNotify).toEqual([])
  })

  it('a moved interview is a new due moment: notified again for the new end', () => {
    const w = world()
    w.note('jane')
    w.at(plusHours(END, 1))
    w.notify()
    const moved = w.journal.interviews[w.interviewId]!
    moved.startAt = plusHours(END, 2)
    moved.endAt = plusHours(END, 3)
    w.at(plusHours(END, 4))
    expect(w.notify()).toHaveLength(2)
  })
})

describe('quiet hours', () => {
  it('hold a notification until 08:00 in the user zone, while the Due panel lists it', () => {
    const w = world('2026-03-03T19:30:00.000Z') // 20:30 in Berlin: the notification would come at 21:30
    w.note('jane')
    w.at('2026-03-03T20:30:00.000Z')
    const plan = w.plan()
    expect(plan.due).toHaveLength(2)
    expect(plan.toNotify).toEqual([])
    expect(plan.heldUntil).toBe('2026-03-04T07:00:00.000Z') // 08:00 Berlin
    expect(plan.nextChangeAt).toBe('2026-03-04T07:00:00.000Z')
    w.at('2026-03-04T07:00:00.000Z')
    expect(w.notify()).toHaveLength(2)
  })

  it('hold a notification during any interview in the journal, until it ends', () => {
    const w = world()
    w.note('jane')
    const next = w.b.interview(w.b.application({ company: 'Globex' }), plusHours(END, 1.5)) // 15:30 to 16:30 UTC
    w.note('jane')
    w.b.person('Amy Chen', next)
    w.at(plusHours(END, 1)) // 16:00 UTC: inside the Globex interview
    expect(w.plan().toNotify).toEqual([])
    expect(w.plan().heldUntil).toBe(plusHours(END, 1.5))
    w.at(plusHours(END, 1.5))
    expect(w.notify()).toEqual([`thank-you:${w.interviewId}:jane`, `thank-you:${w.interviewId}:raj`])
  })

  it('can be switched off', () => {
    const w = world('2026-03-03T21:00:00.000Z')
    w.note('jane')
    w.journal.settings.quietHours.enabled = false
    w.at('2026-03-03T22:00:00.000Z')
    expect(w.notify()).toHaveLength(2)
  })
})

describe('at start', () => {
  it('everything that came due while the app was closed is one batch (the notifier makes it one summary)', () => {
    const w = world()
    w.note('jane')
    w.at(plusHours(END, 26)) // next day, 18:00 in Berlin: the app starts
    const plan = w.plan()
    expect(plan.toNotify.map(keyOf)).toEqual([
      `thank-you:${w.interviewId}:jane`,
      `thank-you:${w.interviewId}:raj`
    ])
    expect(plan.due.every((i) => i.overdue)).toBe(true)
  })
})

describe('capture while fresh', () => {
  it('asks once, a few minutes after an interview without notes, and stops when a note is taken', () => {
    const w = world()
    w.at(new Date(Date.parse(END) + CAPTURE_DELAY_MS - 1).toISOString())
    expect(w.plan().captures).toEqual([])
    expect(w.plan().nextChangeAt).toBe(new Date(Date.parse(END) + CAPTURE_DELAY_MS).toISOString())
    w.advance(1)
    const [prompt] = w.plan().captures
    expect(prompt).toMatchObject({
      key: `capture:${w.interviewId}`,
      company: 'Northwind',
      interviewPhrase: 'peer interview',
      people: [
        { personId: 'jane', name: 'Jane Doe' },
        { personId: 'raj', name: 'Raj Patel' }
      ]
    })
    expect(w.notify()).toEqual([`capture:${w.interviewId}`])
    expect(w.notify()).toEqual([])
    w.note('raj')
    expect(w.plan().captures).toEqual([])
  })

  it('is gone after the thank-you deadline (the thank-you reminder asks for the note then)', () => {
    const w = world()
    w.at(plusHours(END, 24))
    expect(w.plan().captures).toEqual([])
  })
})
