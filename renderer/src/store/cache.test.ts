/** The renderer cache's patching: a change delta updates the open application's records and nothing else. */
import { describe, expect, it } from 'vitest'
import { changesList, detailFrom, patchDetail, type Change, type Detail } from './cache'
import { application, draft, interview, meeting, person, stamps } from '../../../test/renderer/records'

function detail(): Detail {
  return detailFrom({
    application,
    interviews: [interview],
    meetings: [meeting('m1', 'jane'), meeting('m2', 'bob')],
    people: [person('jane', 'Jane'), person('bob', 'Bob')],
    notes: [{ id: 'n1', ...stamps, interviewId: 'int1', personId: 'jane', text: 'Rust', order: 0 }],
    drafts: [draft('d1', 'jane', 'Hi Jane')],
    contactLog: []
  })
}
const change = (patch: Partial<Change>): Change => ({ reason: 'test', revision: 1, ...patch })

describe('patchDetail', () => {
  it('an autosave replaces that one draft and keeps every other table by reference', () => {
    const before = detail()
    const after = patchDetail(before, change({ put: { drafts: [draft('d1', 'jane', 'Hi Jane, thanks')] } }))
    expect(after?.drafts['d1']?.body).toBe('Hi Jane, thanks')
    for (const key of ['interviews', 'meetings', 'people', 'notes', 'contactLog'] as const) {
      expect(after?.[key]).toBe(before[key])
    }
    expect(after?.application).toBe(before.application)
  })

  it('ignores records of other applications: the same detail object comes back', () => {
    const before = detail()
    const elsewhere = { ...draft('d9', 'zoe', 'Hi Zoe'), interviewId: 'int-other' }
    const otherInterview = { ...interview, id: 'int-other', applicationId: 'app2' }
    expect(patchDetail(before, change({ put: { drafts: [elsewhere], interviews: [otherInterview] } }))).toBe(
      before
    )
  })

  it('a person added to an interview of this application arrives with their meeting', () => {
    const after = patchDetail(
      detail(),
      change({ put: { people: [person('ann', 'Ann')], meetings: [meeting('m3', 'ann')] } })
    )
    expect(after?.people['ann']?.name).toBe('Ann')
    expect(after?.meetings['m3']).toBeDefined()
  })

  it('deletes remove the records; deleting the application empties the detail', () => {
    const after = patchDetail(
      detail(),
      change({ deleted: { meetings: ['m1'], notes: ['n1'], drafts: ['d1'], people: ['jane'] } })
    )
    expect(Object.keys(after?.people ?? {})).toEqual(['bob'])
    expect(after?.notes).toEqual({})
    expect(after?.drafts).toEqual({})
    expect(patchDetail(detail(), change({ deleted: { applications: ['app1'] } }))).toBeNull()
  })

  it('an update of the application itself is patched in', () => {
    const updated = { ...application, status: 'offer' as const }
    expect(patchDetail(detail(), change({ put: { applications: [updated] } }))?.application.status).toBe(
      'offer'
    )
  })
})

describe('changesList', () => {
  it('asks the list again for what its rows show, not for drafts or notes', () => {
    expect(changesList(change({ put: { drafts: [draft('d1', 'jane', 'x')] } }))).toBe(false)
    expect(changesList(change({ deleted: { notes: ['n1'] } }))).toBe(false)
    expect(changesList(change({ put: { applications: [application] } }))).toBe(true)
    expect(changesList(change({ deleted: { interviews: ['int1'] } }))).toBe(true)
    expect(changesList(change({ reset: true }))).toBe(true)
    expect(changesList(change({ due: { due: [], stopped: [], nextChangeAt: null } }))).toBe(true)
  })
})
