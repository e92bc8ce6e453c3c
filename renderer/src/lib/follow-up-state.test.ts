import { describe, expect, it } from 'vitest'
import { followUpState } from './follow-up-state'

const where = { locale: 'en-GB', timeZone: 'Europe/London' }
const now = new Date('2026-12-02T12:00:00Z')
const none = { thankYouSentAt: null, checkInsSent: 0, lastCheckInAt: null, lastReplyAt: null }

describe('followUpState', () => {
  it('asks for the thank-you first', () => {
    expect(followUpState(none, now, where)).toEqual({
      facts: [{ text: 'No thank-you sent yet', tone: 'todo' }],
      next: 'thank-you',
      awaitingReply: true
    })
  })

  it('a reply before any thank-you is shown, and the thank-you is still the next step', () => {
    const state = followUpState({ ...none, lastReplyAt: '2026-12-02T09:00:00Z' }, now, where)
    expect(state.facts.map((f) => f.text)).toEqual(['No thank-you sent yet', 'Replied Today'])
    expect(state).toMatchObject({ next: 'thank-you', awaitingReply: false })
  })

  it('after the thank-you: says when it went and when a check-in is due, and offers the check-in', () => {
    const state = followUpState({ ...none, thankYouSentAt: '2026-12-01T10:00:00Z' }, now, where)
    expect(state.facts.map((f) => f.text)).toEqual(['Thank-you sent Yesterday', 'Check-in due Tue 8 Dec'])
    expect(state.next).toBe('check-in')
    expect(state.awaitingReply).toBe(true)
  })

  it('after a reply: says so and offers nothing more', () => {
    const state = followUpState(
      { ...none, thankYouSentAt: '2026-11-24T10:00:00Z', lastReplyAt: '2026-11-26T09:00:00Z' },
      now,
      where
    )
    expect(state.facts.map((f) => f.text)).toEqual(['Thank-you sent Tue 24 Nov', 'Replied Thu 26 Nov'])
    expect(state).toMatchObject({ next: null, awaitingReply: false })
  })

  it('a reply older than the last check-in does not end it; the cap of unanswered check-ins does', () => {
    const state = followUpState(
      {
        thankYouSentAt: '2026-11-01T10:00:00Z',
        lastReplyAt: '2026-11-02T10:00:00Z',
        checkInsSent: 2,
        lastCheckInAt: '2026-11-20T10:00:00Z'
      },
      now,
      where
    )
    expect(state.next).toBeNull()
    expect(state.awaitingReply).toBe(true)
    expect(state.facts.map((f) => f.text)).toContain('2 check-ins sent, last Fri 20 Nov')
  })

  it('marks an overdue check-in as to do', () => {
    const state = followUpState({ ...none, thankYouSentAt: '2026-11-20T10:00:00Z' }, now, where)
    expect(state.facts.at(-1)).toEqual({ text: 'Check-in due Fri 27 Nov', tone: 'todo' })
  })
})
