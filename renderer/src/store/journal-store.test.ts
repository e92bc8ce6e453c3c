/**
 * What an autosave does to the store: the cache takes the one draft from the change event, and every slice other
 * views select (the list, the interview's people and notes, the other person's drafts) stays the same object, so
 * zustand re-renders only the components whose selection changed: the editor and that person's card.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { findOpenDraft, followUpStatus } from '../lib/drafts'
import { detailFrom } from './cache'
import { application, at, draft, interview, meeting, person } from '../../../test/renderer/records'
import { useJournal } from './journal-store'

const target = (personId: string) => ({ interviewId: 'int1', personId, kind: 'thank-you' as const })

beforeEach(() => {
  useJournal.setState({
    list: { total: 1, pages: { 0: [] } },
    detail: detailFrom({
      application,
      interviews: [interview],
      meetings: ['jane', 'bob'].map((p) => meeting(`m-${p}`, p)),
      people: ['jane', 'bob'].map((p) => person(p, p)),
      notes: [],
      drafts: [draft('dj', 'jane', 'Hi Jane'), draft('db', 'bob', 'Hi Bob')],
      contactLog: []
    })
  })
})

describe('an autosave in the store', () => {
  it("changes Jane's draft and keeps what Bob's card, the interview and the list select", () => {
    const before = useJournal.getState()
    const bobDraft = findOpenDraft(before.detail?.drafts, target('bob'))
    const bobStatus = followUpStatus(before.detail?.contactLog, 'bob', 'int1')

    before.applyChange({
      reason: 'drafts:save',
      revision: 2,
      put: { drafts: [draft('dj', 'jane', 'Hi Jane!')] }
    })

    const after = useJournal.getState()
    expect(findOpenDraft(after.detail?.drafts, target('jane'))?.body).toBe('Hi Jane!')
    expect(findOpenDraft(after.detail?.drafts, target('bob'))).toBe(bobDraft)
    expect(followUpStatus(after.detail?.contactLog, 'bob', 'int1')).toEqual(bobStatus)
    for (const key of ['application', 'interviews', 'meetings', 'people', 'notes', 'contactLog'] as const) {
      expect(after.detail?.[key]).toBe(before.detail?.[key])
    }
    expect(after.list).toBe(before.list)
  })

  it('a change to another application leaves the detail object as it was', () => {
    const before = useJournal.getState().detail
    useJournal.getState().applyChange({
      reason: 'drafts:save',
      revision: 3,
      put: { drafts: [{ ...draft('dz', 'zoe', 'Hi Zoe'), interviewId: 'int-elsewhere' }] }
    })
    expect(useJournal.getState().detail).toBe(before)
  })
})

describe('showing a draft again (Back/Forward, a restart)', () => {
  /** main as the store sees it: the application's detail, and a composer that counts its calls. */
  function fakeMain(drafts: DraftView[]) {
    const detail = useJournal.getState().detail!
    const composed: unknown[] = []
    const answer = { ...detailAnswer(detail), drafts }
    const api = {
      journal: { application: async () => ({ ok: true, value: answer }) },
      drafts: {
        compose: async (t: unknown) => {
          composed.push(t)
          return { ok: false, error: { code: 'x', message: 'not in this test' } }
        }
      }
    }
    Object.assign(globalThis, { window: { api } })
    return composed
  }
  const detailAnswer = (d: NonNullable<ReturnType<typeof useJournal.getState>['detail']>) => ({
    application: d.application,
    interviews: Object.values(d.interviews),
    meetings: Object.values(d.meetings),
    people: Object.values(d.people),
    notes: Object.values(d.notes),
    contactLog: Object.values(d.contactLog)
  })
  const jane = { applicationId: 'app1', ...target('jane') }

  it('opens the open draft and never composes a new one', async () => {
    const composed = fakeMain([draft('dj', 'jane', 'Hi Jane, typed')])
    await useJournal.getState().openFollowUp(jane, { existingOnly: true })
    expect(useJournal.getState().editing?.draft.body).toBe('Hi Jane, typed')
    expect(composed).toEqual([])
  })

  it('opens the sent draft when that is all there is, and nothing when there is none', async () => {
    const sent = { ...draft('dj', 'jane', 'Sent text'), state: 'sent' as const, sentAt: at }
    let composed = fakeMain([sent])
    await useJournal.getState().openFollowUp(jane, { existingOnly: true })
    expect(useJournal.getState().editing?.draft.id).toBe('dj')
    expect(composed).toEqual([])

    useJournal.setState({ editing: null })
    composed = fakeMain([])
    await useJournal.getState().openFollowUp(jane, { existingOnly: true })
    expect(useJournal.getState().editing).toBeNull()
    expect(composed).toEqual([])
  })

  it('composes when a reminder opens a draft that does not exist yet', async () => {
    const composed = fakeMain([])
    await useJournal.getState().openFollowUp(jane)
    expect(composed).toEqual([target('jane')])
  })
})
