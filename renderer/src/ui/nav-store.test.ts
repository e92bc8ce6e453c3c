// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Place } from './nav-store'

const acme: Place = { kind: 'application', applicationId: 'app-1' }
const janeDraft: Place = {
  kind: 'draft',
  applicationId: 'app-1',
  interviewId: 'int-1',
  personId: 'p-jane',
  draftKind: 'thank-you'
}

/** A fresh store module, as after a restart: it reads localStorage when it loads. */
async function freshNav() {
  vi.resetModules()
  return import('./nav-store')
}

beforeEach(() => {
  localStorage.clear()
})

describe('places with Back and Forward', () => {
  it('starts on Today, goes to places, and moves back and forward through them', async () => {
    const { useNav } = await freshNav()
    const nav = () => useNav.getState()
    expect(nav().current()).toEqual({ kind: 'today' })
    expect(nav().canGoBack()).toBe(false)
    nav().go({ kind: 'applications' })
    nav().go(acme)
    nav().go(janeDraft)
    nav().back()
    expect(nav().current()).toEqual(acme)
    nav().back()
    expect(nav().current()).toEqual({ kind: 'applications' })
    expect(nav().canGoForward()).toBe(true)
    nav().forward()
    expect(nav().current()).toEqual(acme)
  })

  it('drops the forward places when going somewhere new, and ignores going where it already is', async () => {
    const { useNav } = await freshNav()
    const nav = () => useNav.getState()
    nav().go(acme)
    nav().go(janeDraft)
    nav().back()
    nav().go({ kind: 'settings' })
    expect(nav().canGoForward()).toBe(false)
    nav().go({ kind: 'settings' })
    expect(nav().history).toEqual([{ kind: 'today' }, acme, { kind: 'settings' }])
    nav().back()
    nav().back()
    nav().back() // at the start already: nothing happens
    expect(nav().current()).toEqual({ kind: 'today' })
  })

  it('replaces the current place without a new step (the application was deleted)', async () => {
    const { useNav } = await freshNav()
    useNav.getState().go(acme)
    useNav.getState().replace({ kind: 'applications' })
    expect(useNav.getState().history).toEqual([{ kind: 'today' }, { kind: 'applications' }])
  })

  it('keeps at most HISTORY_LIMIT places', async () => {
    const { useNav, HISTORY_LIMIT } = await freshNav()
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) {
      useNav.getState().go({ kind: 'application', applicationId: `app-${i}` })
    }
    expect(useNav.getState().history).toHaveLength(HISTORY_LIMIT)
    expect(useNav.getState().current()).toEqual({
      kind: 'application',
      applicationId: `app-${HISTORY_LIMIT + 9}`
    })
  })
})

describe('the last place after a restart', () => {
  it('reopens where the user was, from localStorage', async () => {
    const first = await freshNav()
    first.useNav.getState().go(janeDraft)
    expect(JSON.parse(localStorage.getItem(first.PLACE_STORAGE_KEY) ?? 'null')).toEqual(janeDraft)
    const second = await freshNav()
    expect(second.useNav.getState().current()).toEqual(janeDraft)
    expect(second.useNav.getState().canGoBack()).toBe(false)
  })

  it('reads a draft place whatever the order of its stored keys, and writes them in one order', async () => {
    const { asPlace, draftPlace } = await freshNav()
    const stored = {
      personId: 'p-jane',
      draftKind: 'thank-you',
      kind: 'draft',
      interviewId: 'int-1',
      applicationId: 'app-1'
    }
    expect(JSON.stringify(asPlace(stored))).toBe(JSON.stringify(janeDraft))
    expect(
      JSON.stringify(draftPlace('app-1', { interviewId: 'int-1', personId: 'p-jane', kind: 'thank-you' }))
    ).toBe(JSON.stringify(janeDraft))
  })

  it.each([
    ['not JSON', '{oops'],
    ['an unknown place', '{"kind":"admin"}'],
    ['a place with a bad id', '{"kind":"application","applicationId":"__proto__"}'],
    [
      'a draft without its person',
      '{"kind":"draft","applicationId":"a","interviewId":"i","draftKind":"thank-you"}'
    ],
    [
      'a draft with a bad application id',
      '{"kind":"draft","applicationId":"__proto__","interviewId":"i","personId":"p","draftKind":"thank-you"}'
    ],
    [
      'a draft stored by an older version (no application)',
      '{"kind":"draft","interviewId":"i","personId":"p","draftKind":"thank-you"}'
    ],
    [
      'a draft of a kind that does not exist',
      '{"kind":"draft","applicationId":"a","interviewId":"i","personId":"p","draftKind":"offer"}'
    ],
    ['a place with a key it never has', '{"kind":"settings","extra":1}']
  ])('starts on Today when the stored value is %s', async (_, raw) => {
    localStorage.setItem('afterword.place', raw)
    const { useNav } = await freshNav()
    expect(useNav.getState().current()).toEqual({ kind: 'today' })
  })
})
