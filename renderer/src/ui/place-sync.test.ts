import { describe, expect, it } from 'vitest'
import { placeOf } from './place-sync'

const none = { applicationId: null, interviewId: null }
const acme = { applicationId: '11111111-1111-4111-8111-111111111111', interviewId: null }

describe('placeOf: where the journal store is', () => {
  it('is the journal home (Today or Applications) when no application is open', () => {
    expect(placeOf('journal', none, null)).toEqual({ kind: 'today' })
    expect(placeOf('journal', none, null, 'today')).toEqual({ kind: 'today' })
    expect(placeOf('journal', none, null, 'applications')).toEqual({ kind: 'applications' })
  })

  it('is the open application whichever home it was opened from', () => {
    expect(placeOf('journal', acme, null, 'applications')).toEqual({
      kind: 'application',
      ...acme,
      interviewId: undefined
    })
  })

  it('is Settings or Data over whatever is open', () => {
    expect(placeOf('settings', acme, null, 'applications')).toEqual({ kind: 'settings' })
    expect(placeOf('data', none, null)).toEqual({ kind: 'data' })
  })
})
