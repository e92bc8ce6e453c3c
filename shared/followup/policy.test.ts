import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dueFollowUps, followUpPlan } from './policy'
import { formatDueMoment } from './wording'
import { JournalBuilder, plusDays, plusHours } from '../../test/followup/test-journal'

/** The peer interview of most tests ended here (a Tuesday). */
const END = '2026-03-03T15:00:00Z'
const at = (iso: string) => new Date(iso)

/** Acme, one peer interview that ended at END, Jane and Raj met in it. */
function peerInterview() {
  const b = new JournalBuilder()
  const app = b.application()
  const int = b.interview(app, END)
  const jane = b.person('Jane Doe', int)
  const raj = b.person('Raj Patel', int)
  return { b, app, int, jane, raj }
}

const summary = (items: Array<{ kind: string; personId: string }>) =>
  items.map((i) => `${i.kind} ${i.personId}`)

describe('thank-you reminders', () => {
  it('nothing is due before the interview ends; the end is the next change', () => {
    const { b } = peerInterview()
    const plan = followUpPlan(b.journal, at(plusHours(END, -0.5)))
    expect(plan.due).toEqual([])
    expect(summary(plan.upcoming)).toEqual(['thank-you jane', 'thank-you raj'])
    expect(plan.nextChangeAt).toBe(at(END).toISOString())
  })

  it('thanks each person met, from the end of the interview, due by 24 hours later', () => {
    const { b, app, int } = peerInterview()
    const due = dueFollowUps(b.journal, at(END))
    expect(summary(due)).toEqual(['thank-you jane', 'thank-you raj'])
    expect(due[0]).toEqual({
      personId: 'jane',
      interviewId: int,
      applicationId: app,
      personName: 'Jane Doe',
      company: 'Acme',
      role: 'Backend Engineer',
      key: `thank-you:${int}:jane`,
      kind: 'thank-you',
      dueAt: at(END).toISOString(),
      deadline: '2026-03-04T15:00:00.000Z',
      overdue: false,
      reason: 'Thank Jane Doe for the peer interview: due by Wed 4 Mar, 15:00'
    })
    expect(followUpPlan(b.journal, at(END)).nextChangeAt).toBe('2026-03-04T15:00:00.000Z')
  })

  it('owes no thank-you for a cancelled interview, and a cancelled interview is no news for check-ins', () => {
    const { b, int } = peerInterview()
    b.journal.interviews[int]!.status = 'cancelled'
    const plan = followUpPlan(b.journal, at(END))
    expect(plan.due).toEqual([])
    expect(plan.upcoming).toEqual([])
    b.journal.interviews[int]!.status = 'scheduled'
    expect(summary(dueFollowUps(b.journal, at(END)))).toEqual(['thank-you jane', 'thank-you raj'])
  })

  it('is overdue just after 24 hours, not at 24 hours', () => {
    const { b } = peerInterview()
    expect(dueFollowUps(b.journal, at(plusHours(END, 24))).map((i) => i.overdue)).toEqual([false, false])
    const late = dueFollowUps(b.journal, new Date(Date.parse(END) + 24 * 3600_000 + 1))
    expect(late.map((i) => i.overdue)).toEqual([true, true])
    expect(late[0]!.reason).toBe(
      // Same local date as now: the time alone, the date is written only when it differs.
      'Thank Jane Doe for the peer interview: overdue since 15:00 today, a late note beats none'
    )
  })

  it('stops nagging a week after the interview', () => {
    const { b } = peerInterview()
    expect(dueFollowUps(b.journal, at(plusDays(plusHours(END, -1), 7)))).toHaveLength(2)
    const plan = followUpPlan(b.journal, at(plusDays(END, 7)))
    expect(plan.due).toEqual([])
    expect(plan.upcoming).toEqual([])
    expect(plan.nextChangeAt).toBeNull()
  })

  it('a logged thank-you settles that person only', () => {
    const { b, int, jane } = peerInterview()
    b.log('thank-you-sent', jane, int, plusHours(END, 2))
    expect(summary(dueFollowUps(b.journal, at(plusHours(END, 3))))).toEqual(['thank-you raj'])
  })

  it('a draft marked sent counts even when the contact log has no event for it', () => {
    const { b, int, raj } = peerInterview()
    b.draft(raj, int, 'thank-you', plusHours(END, 1))
    b.draft('jane', int, 'thank-you', null) // written, not sent: still due
    expect(summary(dueFollowUps(b.journal, at(plusHours(END, 2))))).toEqual(['thank-you jane'])
  })

  it('a thank-you logged without an interview covers the interviews that had ended when it was sent', () => {
    const { b, app, jane, raj } = peerInterview()
    b.log('thank-you-sent', jane, null, plusHours(END, 1), app)
    b.log('thank-you-sent', raj, null, plusHours(END, -2), app) // before the end: about something else
    expect(summary(dueFollowUps(b.journal, at(plusHours(END, 2))))).toEqual(['thank-you raj'])
  })

  it('a thank-you for one interview does not cover another interview with the same person', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const first = b.interview(app, END)
    const second = b.interview(app, plusDays(END, 2), 'hiring-manager')
    b.person('Jane Doe', first, second)
    b.log('thank-you-sent', 'jane', first, plusHours(END, 1))
    const due = dueFollowUps(b.journal, at(plusDays(END, 2.1)))
    expect(due.map((i) => i.key)).toEqual([`thank-you:${second}:jane`])
    expect(due[0]!.reason).toMatch(
      /^Thank Jane Doe for the hiring manager interview: due by Fri 6 Mar, 15:00$/
    )
  })

  it('someone met twice gets one thank-you per interview, each with its own key', () => {
    const b = new JournalBuilder()
    const app = b.application()
    const first = b.interview(app, END)
    const second = b.interview(app, plusHours(END, 3), 'technical')
    b.person('Jane Doe', first, second)
    const due = dueFollowUps(b.journal, at(plusHours(END, 4)))
    expect(due.map((i) => [i.key, i.deadline])).toEqual([
      [`thank-you:${first}:jane`, '2026-03-04T15:00:00.000Z'],
      [`thank-you:${second}:jane`, '2026-03-04T18:00:00.000Z']
    ])
  })
})

describe('closed applications', () => {
  it.each(['accepted', 'rejected', 'withdrawn'] as const)('nothing is due once %s', (status) => {
    const { b, app, jane, int } = peerInterview()
    b.log('thank-you-sent', jane, int, plusHours(END, 1))
    b.log('check-in-sent', jane, int, plusDays(END, 8))
    b.log('check-in-sent', jane, int, plusDays(END, 16))
    b.journal.applications[app]!.status = status
    const plan = followUpPlan(b.journal, at(plusHours(END, 2)))
    expect([plan.due, plan.upcoming, plan.stopped, plan.nextChangeAt]).toEqual([[], [], [], null])
  })

  it('an offer is still an open application', () => {
    const { b, app } = peerInterview()
    b.journal.applications[app]!.status = 'offer'
    expect(dueFollowUps(b.journal, at(plusHours(END, 2)))).toHaveLength(2)
  })
})

describe('check-in reminders', () => {
  it('after a week of silence since the thank-you, with the person already thanked only', () => {
    const { b, int, jane } = peerInterview()
    const sent = plusHours(END, 2)
    b.log('thank-you-sent', jane, int, sent)
    const before = followUpPlan(b.journal, at(plusDays(sent, 7 - 1 / 24)))
    expect(before.due).toEqual([])
    expect(before.nextChangeAt).toBe(plusDays(sent, 7))
    const due = dueFollowUps(b.journal, at(plusDays(sent, 7)))
    expect(summary(due)).toEqual(['check-in jane']) // Raj was never thanked: his thank-you lapsed, no check-in
    expect(due[0]).toMatchObject({
      key: `check-in:app-1:jane:${sent}`,
      interviewId: int,
      dueAt: plusDays(sent, 7),
      deadline: null,
      overdue: false,
      reason: 'Check in with Jane Doe about the Backend Engineer role at Acme: no news since Tue 3 Mar, 17:00'
    })
  })

  it('a reply is news: the check-in goes away and the week starts again from the reply', () => {
    const { b, int, jane } = peerInterview()
    b.log('thank-you-sent', jane, int, plusHours(END, 2))
    const reply = plusDays(END, 8)
    b.log('reply-received', jane, int, reply)
    expect(dueFollowUps(b.journal, at(plusDays(END, 8)))).toEqual([])
    const due = dueFollowUps(b.journal, at(plusDays(reply, 7)))
    expect(due.map((i) => i.key)).toEqual([`check-in:app-1:jane:${reply}`])
  })

  it('one check-in sent: the next comes a week later and says it is the last', () => {
    const { b, int, jane } = peerInterview()
    b.log('thank-you-sent', jane, int, plusHours(END, 2))
    const checkIn = plusDays(END, 8)
    b.log('check-in-sent', jane, int, checkIn)
    expect(dueFollowUps(b.journal, at(plusDays(END, 14)))).toEqual([])
    const [item] = dueFollowUps(b.journal, at(plusDays(checkIn, 7)))
    expect(item?.key).toBe(`check-in:app-1:jane:${checkIn}`)
    expect(item?.reason).toMatch(/\(your last check-in: after it, wait for them\)$/)
  })

  it('two unanswered check-ins: a stop note, never a reminder', () => {
    const { b, int, jane } = peerInterview()
    b.log('thank-you-sent', jane, int, plusHours(END, 2))
    b.log('check-in-sent', jane, int, plusDays(END, 8))
    b.draft(jane, int, 'check-in', plusDays(END, 16)) // the second one, sent but never logged
    const plan = followUpPlan(b.journal, at(plusDays(END, 60)))
    expect(plan.due).toEqual([])
    expect(plan.upcoming).toEqual([])
    expect(plan.stopped).toEqual([
      expect.objectContaining({
        personId: 'jane',
        checkInsUnanswered: 2,
        lastCheckInAt: plusDays(END, 16),
        reason:
          "Jane Doe has not answered 2 check-ins about the Backend Engineer role at Acme: don't follow up again."
      })
    ])
  })

  it('a reply after two check-ins lifts the stop', () => {
    const { b, int, jane } = peerInterview()
    b.log('thank-you-sent', jane, int, plusHours(END, 2))
    b.log('check-in-sent', jane, int, plusDays(END, 8))
    b.log('check-in-sent', jane, int, plusDays(END, 16))
    b.log('reply-received', jane, int, plusDays(END, 17))
    const plan = followUpPlan(b.journal, at(plusDays(END, 24)))
    expect(plan.stopped).toEqual([])
    expect(summary(plan.due)).toEqual(['check-in jane'])
  })

  it('a reply about another application does not count', () => {
    const { b, int, jane } = peerInterview()
    const other = b.application({ company: 'Globex' })
    b.log('thank-you-sent', jane, int, plusHours(END, 2))
    b.log('reply-received', jane, null, plusDays(END, 5), other)
    expect(summary(dueFollowUps(b.journal, at(plusDays(END, 8))))).toEqual(['check-in jane'])
  })
})

describe('a second round of interviews', () => {
  function twoRounds() {
    const { b, app, int, jane, raj } = peerInterview()
    b.log('thank-you-sent', jane, int, plusHours(END, 2))
    b.log('thank-you-sent', raj, int, plusHours(END, 2))
    const round2End = plusDays(END, 5)
    const round2 = b.interview(app, round2End, 'hiring-manager')
    const maria = b.person('Maria Lopez', round2)
    return { b, app, round2, round2End, maria }
  }

  it('while it is ahead, nobody gets a check-in; once over, its people get thank-yous', () => {
    const { b, round2, round2End } = twoRounds()
    const waiting = followUpPlan(b.journal, at(plusDays(END, 4)))
    expect(waiting.due).toEqual([])
    expect(waiting.nextChangeAt).toBe(round2End)
    const after = dueFollowUps(b.journal, at(plusHours(round2End, 1)))
    expect(after.map((i) => i.key)).toEqual([`thank-you:${round2}:maria`])
  })

  it("restarts the earlier interviewers' week of silence and answers their check-ins", () => {
    const { b, round2End } = twoRounds()
    b.log('check-in-sent', 'jane', 'int-2', plusDays(END, 3))
    b.log('check-in-sent', 'jane', 'int-2', plusDays(END, 4))
    // Two check-ins before round 2: answered by the new interview, so no stop note.
    const plan = followUpPlan(b.journal, at(plusDays(round2End, 7)))
    expect(plan.stopped).toEqual([])
    expect(summary(plan.due)).toEqual(['check-in jane', 'check-in raj'])
    expect(plan.due.every((i) => i.dueAt === plusDays(round2End, 7))).toBe(true)
  })
})

describe('ordering, robustness and time zones', () => {
  it('sorts by urgency: overdue thank-yous, then thank-yous by deadline, then check-ins', () => {
    const b = new JournalBuilder()
    const acme = b.application()
    const globex = b.application({ company: 'Globex' })
    const old = b.interview(acme, END)
    b.person('Zoe Old', old)
    const recent = b.interview(globex, plusDays(END, 1.5))
    b.person('Amy Recent', recent)
    const older = b.interview(b.application({ company: 'Initech' }), plusDays(END, -10))
    b.person('Carl Thanked', older)
    b.log('thank-you-sent', 'carl', older, plusDays(END, -10))
    const due = dueFollowUps(b.journal, at(plusDays(END, 1.6)))
    expect(due.map((i) => [i.personName, i.kind, i.overdue])).toEqual([
      ['Zoe Old', 'thank-you', true],
      ['Amy Recent', 'thank-you', false],
      ['Carl Thanked', 'check-in', false]
    ])
  })

  it('skips records whose person or interview is gone', () => {
    const { b, int } = peerInterview()
    b.meet(int, 'ghost')
    b.draft('ghost', 'int-deleted', 'thank-you', END)
    expect(summary(dueFollowUps(b.journal, at(plusHours(END, 1))))).toEqual([
      'thank-you jane',
      'thank-you raj'
    ])
  })

  it('compares instants, not text: offsets and fractions do not change the answer', () => {
    const { b, int, jane } = peerInterview()
    b.journal.interviews[int]!.endAt = '2026-03-03T16:00:00+01:00' // END, written in Berlin time
    b.log('thank-you-sent', jane, int, '2026-03-03T12:00:00.000-05:00') // END + 2 h, written in New York
    const due = dueFollowUps(b.journal, at('2026-03-04T15:00:00.000Z'))
    expect(due.map((i) => [i.personId, i.overdue])).toEqual([['raj', false]])
    expect(summary(dueFollowUps(b.journal, at(plusDays(END, 7.1))))).toEqual(['check-in jane'])
  })

  it('writes times in the given zone, falling back to UTC for an unknown one', () => {
    const { b } = peerInterview()
    const reason = (timeZone: string) => dueFollowUps(b.journal, at(END), { timeZone })[0]!.reason
    expect(reason('Europe/Berlin')).toMatch(/due by Wed 4 Mar, 16:00$/)
    expect(reason('America/New_York')).toMatch(/due by Wed 4 Mar, 10:00$/)
    expect(reason('Not/A_Zone')).toMatch(/due by Wed 4 Mar, 15:00$/)
    expect(formatDueMoment(Date.parse('2026-12-31T23:30:00Z'), 'Asia/Tokyo')).toBe('Fri 1 Jan, 08:30')
  })

  it('for any moment: due items are due, upcoming ones are not, keys are unique, next change is ahead', () => {
    const { b, int, jane } = peerInterview()
    b.log('thank-you-sent', jane, int, plusHours(END, 5))
    b.log('check-in-sent', jane, int, plusDays(END, 9))
    const start = Date.parse(END) - 2 * 86400_000
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 86400_000 }), (offset) => {
        const now = start + offset
        const plan = followUpPlan(b.journal, new Date(now))
        const keys = [...plan.due, ...plan.upcoming].map((i) => i.key)
        expect(new Set(keys).size).toBe(keys.length)
        expect(plan.due.every((i) => Date.parse(i.dueAt) <= now)).toBe(true)
        expect(plan.upcoming.every((i) => Date.parse(i.dueAt) > now)).toBe(true)
        if (plan.nextChangeAt) expect(Date.parse(plan.nextChangeAt)).toBeGreaterThan(now)
      }),
      { numRuns: 200 }
    )
  })
})
