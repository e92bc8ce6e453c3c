// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { asPlace } from './nav-store'
import { placeOf } from './place-sync'
import type { Editing } from '../store/journal-store'

const target = { interviewId: 'int-1', personId: 'p-jane', kind: 'thank-you' as const }
const editing = { target, draft: {} } as unknown as Editing

describe('placeOf', () => {
  it('names the application of an open draft, so a restart can reopen it', () => {
    const place = placeOf('journal', { applicationId: 'app-1', interviewId: 'int-1' }, editing)
    expect(place).toEqual({
      kind: 'draft',
      applicationId: 'app-1',
      interviewId: 'int-1',
      personId: 'p-jane',
      draftKind: 'thank-you'
    })
    // What is stored reads back as the same place.
    expect(asPlace(JSON.parse(JSON.stringify(place)))).toEqual(place)
  })

  it('is the application, Today, Settings or Data otherwise', () => {
    expect(placeOf('journal', { applicationId: 'app-1', interviewId: null }, null)).toEqual({
      kind: 'application',
      applicationId: 'app-1'
    })
    expect(placeOf('journal', { applicationId: null, interviewId: null }, null)).toEqual({ kind: 'today' })
    expect(placeOf('settings', { applicationId: 'app-1', interviewId: null }, editing)).toEqual({
      kind: 'settings'
    })
    expect(placeOf('data', { applicationId: null, interviewId: null }, null)).toEqual({ kind: 'data' })
  })
})

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
