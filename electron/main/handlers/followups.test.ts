import { afterEach, describe, expect, it } from 'vitest'
import type { FollowUpList } from '../../../shared/followup'
import { MISSED_LISTED } from '../../../shared/followup/schema'
import { THANK_YOU_GIVE_UP_MS } from '../../../shared/policy'
import type { Draft } from '../../../shared/model/journal'
import { openHarness, seedJournal, type Harness } from '../../../test/main/handlers/test-harness'

const HOUR = 3600_000
const DAY = 24 * HOUR
let h: Harness

afterEach(async () => {
  await h.close()
})

const list = () => h.call<FollowUpList>('followups:list')
const who = (l: FollowUpList) => l.due.map((i) => `${i.kind} ${i.personName}${i.overdue ? ' (overdue)' : ''}`)

describe('reminders:snooze and reminders:dismiss', () => {
  it('a snoozed reminder leaves the due list until its time, a dismissed one for good', async () => {
    h = await openHarness({ at: '2026-03-03T17:00:00Z' })
    await seedJournal(h)
    const [bob, jane] = (await list()).due
    const snoozed = await h.call<{ snoozedUntil: string }>('reminders:snooze', {
      keys: [jane!.key],
      choice: 'hour'
    })
    expect(snoozed).toEqual({ snoozedUntil: '2026-03-03T18:00:00.000Z' })
    await h.call('reminders:dismiss', { key: bob!.key })
    let l = await list()
    expect(who(l)).toEqual([])
    expect(l.snoozed.map((i) => [i.personName, i.snoozedUntil])).toEqual([['Jane Doe', snoozed.snoozedUntil]])
    expect(l.nextChangeAt).toBe(snoozed.snoozedUntil)

    h.clock.advance(HOUR)
    l = await list()
    expect(who(l)).toEqual(['thank-you Jane Doe'])
    expect(h.store.get().reminders[bob!.key]).toMatchObject({ dismissed: true })
  })

  it('refuses keys that are not reminder keys, in words', async () => {
    h = await openHarness({ at: '2026-03-03T17:00:00Z' })
    const result = await h.invoke('reminders:snooze', { keys: ['no key'], choice: 'hour' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })
})

describe('followups:list', () => {
  it('follows the journal and the clock: thank each, then check in with the thanked, until they reply', async () => {
    h = await openHarness({ at: '2026-03-03T17:00:00Z' }) // the seeded interview ended at 15:00Z
    const seeded = await seedJournal(h)
    let l = await list()
    expect(who(l)).toEqual(['thank-you Bob Stone', 'thank-you Jane Doe'])
    expect(l.due[1]).toMatchObject({
      personId: seeded.janeId,
      interviewId: seeded.interviewId,
      applicationId: seeded.applicationId,
      company: 'Acme',
      role: 'Backend Engineer',
      dueAt: '2026-03-03T15:00:00.000Z'
    })
    expect(l.due[1]!.reason).toMatch(/^Thank Jane Doe for the peer interview: due by \w{3} \d+ Mar, \d\d:00$/)
    expect(l.nextChangeAt).toBe('2026-03-04T15:00:00.000Z')

    const target = { interviewId: seeded.interviewId, personId: seeded.janeId, kind: 'thank-you' }
    const { draft } = await h.call<{ draft: Draft }>('drafts:compose', target)
    await h.call('drafts:markSent', { id: draft.id })
    expect(who(await list())).toEqual(['thank-you Bob Stone'])

    h.clock.advance(DAY)
    expect(who(await list())).toEqual(['thank-you Bob Stone (overdue)'])

    h.clock.advance(7 * DAY)
    l = await list()
    expect(who(l)).toEqual(['check-in Jane Doe'])
    expect(l.stopped).toEqual([])

    await h.call('contacts:logReply', {
      personId: seeded.janeId,
      interviewId: seeded.interviewId,
      channel: 'email'
    })
    expect(who(await list())).toEqual([])
  })

  it('has nothing due for a closed application', async () => {
    h = await openHarness({ at: '2026-03-03T17:00:00Z' })
    const seeded = await seedJournal(h)
    await h.call('applications:update', { id: seeded.applicationId, patch: { status: 'rejected' } })
    expect(await list()).toMatchObject({
      due: [],
      stopped: [],
      snoozed: [],
      captures: [],
      nextChangeAt: null
    })
  })

  it('refuses a payload it does not expect', async () => {
    h = await openHarness()
    const result = await h.invoke('followups:list', { extra: true })
    expect(result.ok).toBe(false)
  })
})

describe('followups:list on a long search', () => {
  it('lists the newest missed thank-yous and counts the older ones; a dismissal brings the next one in', async () => {
    h = await openHarness({ at: '2026-03-03T17:00:00Z' })
    const application = await h.call<{ id: string }>('applications:create', { company: 'Acme', role: 'SRE' })
    const total = MISSED_LISTED + 3
    for (let day = 0; day < total; day++) {
      const end = Date.parse('2026-03-03T15:00:00Z') + day * DAY
      const interview = await h.call<{ id: string }>('interviews:create', {
        applicationId: application.id,
        startAt: new Date(end - HOUR).toISOString(),
        endAt: new Date(end).toISOString(),
        type: 'peer'
      })
      await h.call('people:add', {
        interviewId: interview.id,
        person: { name: `Person ${day}`, contacts: [] }
      })
    }
    // Past the give-up time of the last interview: every thank-you is missed.
    h.clock.advance((total - 1) * DAY + THANK_YOU_GIVE_UP_MS + HOUR)
    let l = await list()
    expect(l.missed).toHaveLength(MISSED_LISTED)
    expect(l.missedMore).toBe(3)
    // Newest first: the last interview's person leads, the three oldest wait.
    expect(l.missed[0]!.personName).toBe(`Person ${total - 1}`)
    expect(l.missed.map((m) => m.personName)).not.toContain('Person 2')
    await h.call('reminders:dismiss', { key: l.missed[0]!.key })
    l = await list()
    expect(l.missed).toHaveLength(MISSED_LISTED)
    expect(l.missedMore).toBe(2)
    expect(l.missed.at(-1)!.personName).toBe('Person 2')
  })
})
