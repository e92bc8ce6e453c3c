/** Hand-off through main: the URLs the shared hand-off builds pass the allow-list and reach the OS unchanged. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { handoffFor, mailtoUrl, MAILTO_MAX_LENGTH } from '../../../shared/handoff'
import { isAllowedExternalUrl } from '../security/external-url'
import { openHarness, type Harness } from '../../../test/main/handlers/test-harness'

let h: Harness
beforeEach(async () => {
  h = await openHarness()
})
afterEach(async () => {
  await h.close()
})

describe('shell:openExternal with a hand-off', () => {
  it('asks the OS to open exactly the mailto URL of the draft', async () => {
    const handoff = handoffFor(
      {
        channel: 'email',
        to: 'rené.dupont@acme.example',
        subject: 'Merci & à bientôt',
        body: 'Cher René,\nMerci !'
      },
      []
    )
    if (handoff.kind !== 'mail') throw new Error(handoff.kind)
    expect(await h.call('shell:openExternal', { url: handoff.url })).toEqual({ opened: true })
    expect(h.opened).toEqual([
      'mailto:ren%C3%A9.dupont@acme.example?subject=Merci%20%26%20%C3%A0%20bient%C3%B4t&body=Cher%20Ren%C3%A9%2C%0D%0AMerci%20!'
    ])
  })

  it('opens the normalised LinkedIn profile', async () => {
    const handoff = handoffFor({ channel: 'linkedin', to: '', subject: '', body: 'Hi Bob' }, [
      { kind: 'linkedin', value: 'http://linkedin.com/in/bobstone/?trk=x' }
    ])
    if (handoff.kind !== 'linkedin') throw new Error(handoff.kind)
    await h.call('shell:openExternal', { url: handoff.profileUrl })
    expect(h.opened).toEqual(['https://www.linkedin.com/in/bobstone'])
  })

  it('every mailto URL up to the limit passes the allow-list', () => {
    const bodies = ['', 'x', 'a b\nc', 'é'.repeat(300), 'R&D?#'.repeat(100), ' '.repeat(600)]
    for (const body of bodies) {
      const r = mailtoUrl({ to: 'jane@acme.example', subject: 'Hi there', body })
      if (r.kind === 'mailto') expect(isAllowedExternalUrl(r.url), body.slice(0, 10)).toBe(true)
      else expect(r.kind).toBe('too-long')
    }
    expect(MAILTO_MAX_LENGTH).toBeLessThanOrEqual(2048)
  })

  it('refuses anything else with a plain message and opens nothing', async () => {
    for (const url of ['file:///etc/passwd', 'http://acme.example', 'javascript:alert(1)', 'mailto:nobody']) {
      expect(await h.invoke('shell:openExternal', { url })).toEqual({
        ok: false,
        error: {
          code: 'not-allowed',
          message: 'Only https: links and mailto: addresses can be opened outside the app.'
        }
      })
    }
    expect(h.opened).toEqual([])
  })
})
