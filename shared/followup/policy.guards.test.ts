/**
 * Rules of the follow-up policy that no other test pinned down (found by mutation testing): no check-in while a
 * later interview is scheduled, a sent draft that is also in the contact log counted once, a thank-you settling only
 * its own interview, and the order and timing details of the plan. Through the exported planner only.
 */
import { describe, expect, it } from 'vitest'
import { CHECK_IN_SILENCE_MS, followUpPlan, MAX_UNANSWERED_CHECK_INS } from './policy'
import { JournalBuilder, plusDays, plusHours } from '../../test/followup/test-journal'

const END = '2026-03-03T15:00:00Z'
const at = (iso: string) => new Date(iso)
const summary = (items: Array<{ kind: string; personId: string; interviewId: string }>) =>
  items.map((i) => `${i.kind} ${i.personId} ${i.interviewId}`)

/** Acme, Jane met in a peer interview that ended at END and thanked an hour later. */
function thankedJane() {
  const b = new JournalBuilder()
  const app = b.application()
  const int = b.interview(app, END)
  const jane = b.person('Jane Doe', int)
  b.log('thank-you-sent', jane, int, plusHours(END, 1))
  return { b, app, int, jane }
}

describe('no check-in while a later interview is scheduled', () => {
  it('a week of silence brings no check-in while the next interview is still ahead; it is the next change', () => {
    const { b, app } = thankedJane()
    b.interview(app, plusDays(END, 20))
    const plan = followUpPlan(b.journal, at(plusDays(END, 10)))
    expect(plan.due).toEqual([])
    expect(plan.upcoming).toEqual([])
    expect(plan.nextChangeAt).toBe(at(plusDays(END, 20)).toISOString())
    // Once it is over (Jane was not in it), the week of silence starts again from its end.
    const after = followUpPlan(b.journal, at(plusDays(END, 21)))
    expect(after.due).toEqual([])
    expect(after.upcoming.map((i) => [i.kind, i.dueAt])).toEqual([
      ['check-in', new Date(Date.parse(plusDays(END, 20)) + CHECK_IN_SILENCE_MS).toISOString()]
    ])
  })

  it('an interview that ends exactly now counts as over', () => {
    const { b, app } = thankedJane()
    b.interview(app, plusDays(END, 10))
    const plan = followUpPlan(b.journal, at(plusDays(END, 10)))
    expect(plan.upcoming.map((i) => i.kind)).toEqual(['check-in'])
  })
})

describe('a sent draft that is also in the contact log', () => {
  it('is counted once: one check-in, logged and sent as a draft, is one unanswered check-in', () => {
    const { b, int, jane } = thankedJane()
    const sentAt = plusDays(END, 8)
    b.log('check-in-sent', jane, int, sentAt)
    b.draft(jane, int, 'check-in', sentAt)
    const plan = followUpPlan(b.journal, at(plusDays(END, 20)))
    expect(plan.stopped).toEqual([])
    expect(plan.due.map((i) => [i.kind, i.dueAt])).toEqual([
      ['check-in', new Date(Date.parse(sentAt) + CHECK_IN_SILENCE_MS).toISOString()]
    ])
  })

  it('a sent draft with no log entry counts; an unsent one does not', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const int = b.interview(app, END)
    const jane = b.person('Jane Doe', int)
    const raj = b.person('Raj Patel', int)
    b.draft(jane, int, 'thank-you', plusHours(END, 2))
    b.draft(raj, int, 'thank-you', null)
    const plan = followUpPlan(b.journal, at(plusHours(END, 3)))
    expect(summary(plan.due)).toEqual([`thank-you raj ${int}`])
  })

  it(`two separate check-ins (log and draft at different times) are ${MAX_UNANSWERED_CHECK_INS}: stop`, () => {
    const { b, int, jane } = thankedJane()
    b.log('check-in-sent', jane, int, plusDays(END, 8))
    b.draft(jane, int, 'check-in', plusDays(END, 16))
    const plan = followUpPlan(b.journal, at(plusDays(END, 30)))
    expect(plan.due).toEqual([])
    expect(plan.stopped.map((s) => [s.personId, s.checkInsUnanswered, s.lastCheckInAt])).toEqual([
      [jane, 2, at(plusDays(END, 16)).toISOString()]
    ])
  })
})

describe('a thank-you settles only its own interview', () => {
  it('thanks for the first interview leave the second one owed', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const first = b.interview(app, END)
    const second = b.interview(app, plusDays(END, 2))
    const jane = b.person('Jane Doe', first, second)
    b.log('thank-you-sent', jane, first, plusHours(END, 1))
    const plan = followUpPlan(b.journal, at(plusDays(END, 2)))
    expect(summary(plan.due)).toEqual([`thank-you jane ${second}`])
  })

  it('a thank-you logged with no interview covers only the interviews already over when it was sent', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const first = b.interview(app, END)
    const second = b.interview(app, plusDays(END, 2))
    const jane = b.person('Jane Doe', first, second)
    b.log('thank-you-sent', jane, null, plusHours(END, 1), app)
    expect(summary(followUpPlan(b.journal, at(plusDays(END, 2))).due)).toEqual([`thank-you jane ${second}`])
    // Sent exactly at the end of the second interview: it covers that one too.
    b.log('thank-you-sent', jane, null, plusDays(END, 2), app)
    expect(followUpPlan(b.journal, at(plusDays(END, 2))).due).toEqual([])
  })

  it('a thank-you in another application settles nothing here', () => {
    const b = new JournalBuilder()
    const acme = b.application()
    const globex = b.application({ company: 'Globex' })
    const int = b.interview(acme, END)
    const other = b.interview(globex, END)
    const jane = b.person('Jane Doe', int, other)
    b.log('thank-you-sent', jane, other, plusHours(END, 1))
    expect(summary(followUpPlan(b.journal, at(plusHours(END, 2))).due)).toEqual([`thank-you jane ${int}`])
  })
})

describe('timing and order', () => {
  it('a thank-you is due at the end, overdue only after the deadline, and gone at the give-up point', () => {
    const { b, int } = (() => {
      const builder = new JournalBuilder()
      const app = builder.application()
      const interview = builder.interview(app, END)
      builder.person('Jane Doe', interview)
      return { b: builder, int: interview }
    })()
    const deadline = plusDays(END, 1)
    expect(followUpPlan(b.journal, at(deadline)).due.map((i) => i.overdue)).toEqual([false])
    expect(followUpPlan(b.journal, at(plusHours(deadline, 0.001))).due.map((i) => i.overdue)).toEqual([true])
    expect(followUpPlan(b.journal, at(plusHours(plusDays(END, 7), -0.001))).due).toHaveLength(1)
    const gone = followUpPlan(b.journal, at(plusDays(END, 7)))
    expect([gone.due, gone.upcoming]).toEqual([[], []])
    const before = followUpPlan(b.journal, at(plusHours(END, -1)))
    expect(before.upcoming.map((i) => [i.interviewId, i.dueAt, i.deadline])).toEqual([
      [int, at(END).toISOString(), at(deadline).toISOString()]
    ])
  })

  it('a check-in falls due exactly a week after the last message, and the next change is then', () => {
    const { b } = thankedJane()
    const dueAt = plusDays(plusHours(END, 1), 7)
    const early = followUpPlan(b.journal, at(plusHours(dueAt, -1)))
    expect(early.upcoming.map((i) => i.kind)).toEqual(['check-in'])
    expect(early.nextChangeAt).toBe(at(dueAt).toISOString())
    const now = followUpPlan(b.journal, at(dueAt))
    expect(now.due.map((i) => [i.kind, i.dueAt, i.deadline, i.overdue])).toEqual([
      ['check-in', at(dueAt).toISOString(), null, false]
    ])
    expect(now.nextChangeAt).toBeNull()
  })

  it('a reply restarts the week of silence', () => {
    const { b, int, jane } = thankedJane()
    b.log('reply-received', jane, int, plusDays(END, 5))
    const plan = followUpPlan(b.journal, at(plusDays(END, 10)))
    expect(plan.upcoming.map((i) => i.dueAt)).toEqual([at(plusDays(END, 12)).toISOString()])
  })

  it('due items: thank-yous by deadline first, then check-ins; names break ties', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const old = b.interview(app, plusDays(END, -9))
    const early = b.interview(app, plusDays(END, -1))
    const late = b.interview(app, END)
    const zoe = b.person('Zoe Adams', old, late)
    b.log('thank-you-sent', zoe, old, plusDays(END, -9))
    b.person('Amy Brown', early)
    b.person('Bob Clark', late)
    const plan = followUpPlan(b.journal, at(plusHours(END, 2)))
    expect(summary(plan.due)).toEqual([
      `thank-you amy ${early}`,
      `thank-you bob ${late}`,
      `thank-you zoe ${late}`
    ])
  })

  it('closed applications and people no longer in the journal have nothing due', () => {
    const b = new JournalBuilder()
    const closed = b.application({ status: 'rejected' })
    b.person('Jane Doe', b.interview(closed, END))
    const open = b.application()
    const int = b.interview(open, END)
    b.meet(int, 'ghost')
    expect(followUpPlan(b.journal, at(plusHours(END, 1))).due).toEqual([])
  })

  it('stop notes are sorted by name', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const int = b.interview(app, END)
    for (const name of ['Zoe Adams', 'Amy Brown']) {
      const id = b.person(name, int)
      b.log('thank-you-sent', id, int, plusHours(END, 1))
      b.log('check-in-sent', id, int, plusDays(END, 8))
      b.log('check-in-sent', id, int, plusDays(END, 16))
    }
    expect(followUpPlan(b.journal, at(plusDays(END, 30))).stopped.map((s) => s.personName)).toEqual([
      'Amy Brown',
      'Zoe Adams'
    ])
  })
})

describe('details found by mutation testing', () => {
  it('the check-in is about the last interview that person was in, whatever order they were entered in', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const late = b.interview(app, plusDays(END, 3))
    const early = b.interview(app, END)
    const jane = b.person('Jane Doe', late, early)
    b.log('thank-you-sent', jane, early, plusHours(END, 1))
    b.log('thank-you-sent', jane, late, plusDays(END, 3))
    const plan = followUpPlan(b.journal, at(plusDays(END, 20)))
    expect(plan.due.map((i) => [i.kind, i.interviewId])).toEqual([['check-in', late]])
  })

  it('an interview that ends exactly now is the one the check-in is about', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const first = b.interview(app, END)
    const second = b.interview(app, plusDays(END, 3))
    const jane = b.person('Jane Doe', first, second)
    b.log('thank-you-sent', jane, first, plusHours(END, 1))
    const plan = followUpPlan(b.journal, at(plusDays(END, 3)))
    expect(plan.upcoming.filter((i) => i.kind === 'check-in').map((i) => i.interviewId)).toEqual([second])
  })

  it('upcoming reminders are listed soonest first', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const later = b.interview(app, plusDays(END, 2))
    const sooner = b.interview(app, plusDays(END, 1))
    b.person('Jane Doe', later)
    b.person('Raj Patel', sooner)
    expect(summary(followUpPlan(b.journal, at(END)).upcoming)).toEqual([
      `thank-you raj ${sooner}`,
      `thank-you jane ${later}`
    ])
  })

  it('only a thank-you settles a thank-you, and one for another interview does not', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const first = b.interview(app, END)
    const second = b.interview(app, plusHours(END, 2))
    const jane = b.person('Jane Doe', first, second)
    b.log('check-in-sent', jane, first, plusHours(END, 1))
    b.log('thank-you-sent', jane, second, plusHours(END, 3))
    expect(summary(followUpPlan(b.journal, at(plusHours(END, 4))).due)).toEqual([`thank-you jane ${first}`])
  })

  it('due thank-yous come before due check-ins, whatever the names', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const old = b.interview(app, plusDays(END, -10))
    const amy = b.person('Amy Brown', old)
    b.log('thank-you-sent', amy, old, plusDays(END, -10))
    const fresh = b.interview(b.application({ company: 'Globex' }), END)
    b.person('Zoe Adams', fresh)
    expect(summary(followUpPlan(b.journal, at(plusHours(END, 1))).due)).toEqual([
      `thank-you zoe ${fresh}`,
      `check-in amy ${old}`
    ])
  })

  it('a draft with a send time but not marked sent does not count', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const int = b.interview(app, END)
    const jane = b.person('Jane Doe', int)
    const draft = b.draft(jane, int, 'thank-you', plusHours(END, 1))
    b.journal.drafts[draft]!.state = 'draft'
    expect(summary(followUpPlan(b.journal, at(plusHours(END, 2))).due)).toEqual([`thank-you jane ${int}`])
  })

  it('a sent draft is the same message as a log entry only with the same kind, interview and time', () => {
    // A late thank-you logged at T1 and a check-in draft sent at T1 are two messages; with a check-in at T2 that
    // makes two unanswered check-ins: stop.
    const { b, int, jane } = thankedJane()
    const t1 = plusDays(END, 8)
    b.log('thank-you-sent', jane, int, t1)
    b.draft(jane, int, 'check-in', t1)
    b.log('check-in-sent', jane, int, plusDays(END, 16))
    expect(followUpPlan(b.journal, at(plusDays(END, 30))).stopped.map((s) => s.personId)).toEqual([jane])

    // A check-in logged for one interview and a check-in draft for another, at the same time: two check-ins.
    const other = thankedJane()
    const second = other.b.interview(other.app, plusHours(END, 2))
    other.b.meet(second, other.jane)
    other.b.log('thank-you-sent', other.jane, second, plusHours(END, 3))
    other.b.log('check-in-sent', other.jane, other.int, t1)
    other.b.draft(other.jane, second, 'check-in', t1)
    expect(
      followUpPlan(other.b.journal, at(plusDays(END, 30))).stopped.map((s) => s.checkInsUnanswered)
    ).toEqual([2])
  })

  it('a check-in sent at the very moment of a reply counts as answered', () => {
    const { b, int, jane } = thankedJane()
    b.log('check-in-sent', jane, int, plusDays(END, 8))
    b.log('check-in-sent', jane, int, plusDays(END, 16))
    b.log('reply-received', jane, int, plusDays(END, 16))
    expect(followUpPlan(b.journal, at(plusDays(END, 30))).stopped).toEqual([])
  })
})
