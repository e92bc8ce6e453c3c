/** The draft handlers through the router, against the real store in a temp dir and a clock moved by hand. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Speller } from '../../../shared/etiquette'
import type { Draft } from '../../../shared/model/journal'
import { loadSpeller } from '../etiquette/speller'
import type { SpellerSource } from './deps'
import { openHarness, seedJournal, type Harness, type Seeded } from '../../../test/main/handlers/test-harness'

interface Composed {
  draft: Draft
  sources: Array<{ start: number; end: number; note: number }>
}
interface Checked {
  findings: Array<{ rule: string; field: string; start: number; end: number }>
  spelling: string
}

let h: Harness
let s: Seeded
let speller: Speller

beforeAll(async () => {
  speller = await loadSpeller()
})
afterEach(async () => {
  await h.close()
})

async function start(spellerSource?: SpellerSource) {
  h = await openHarness(spellerSource ? { speller: spellerSource } : {})
  s = await seedJournal(h)
}

const ready = (): SpellerSource => ({ current: () => speller, state: () => 'ready' })
const janeThankYou = () => ({ interviewId: s.interviewId, personId: s.janeId, kind: 'thank-you' })
const text = (body: string, subject = 'Thank you') => ({
  channel: 'email',
  to: 'jane@acme.example',
  subject,
  body
})
const GOOD_BODY =
  'Dear Jane,\n\nThank you for taking the time to speak with me today about the Backend Engineer role at Acme. ' +
  'I enjoyed hearing how you moved billing to event sourcing, and I am excited about the chance to join the team.\n\n' +
  'Best regards,\nAlex Kim'

describe('drafts:compose', () => {
  it('writes a draft that greets the person by first name, to their first professional contact', async () => {
    await start()
    const { draft, sources } = await h.call<Composed>('drafts:compose', janeThankYou())
    expect(draft).toMatchObject({
      ...janeThankYou(),
      state: 'draft',
      to: 'jane@acme.example',
      channel: 'email'
    })
    expect(draft.body).toMatch(/^(Dear|Hi|Hello) Jane,/)
    expect(draft.body).not.toContain('Jane Doe,')
    expect(draft.subject).not.toBe('')
    expect(draft.history).toEqual([
      { at: '2026-03-03T18:00:00.000Z', subject: draft.subject, body: draft.body, source: 'composer' }
    ])
    // The note on Jane is woven in, and the sources point at it.
    expect(sources.length).toBeGreaterThan(0)
    expect(sources.every((x) => x.note === 0 && x.end > x.start)).toBe(true)
    expect(h.store.get().drafts[draft.id]).toEqual(draft)
    // The change names the one draft written, without its history (which stays in main) but with its newest revision.
    const { history, ...rest } = draft
    const view = { ...rest, lastRevision: history.at(-1) }
    expect(h.events).toEqual([
      {
        event: 'journal:changed',
        payload: { reason: 'drafts:compose', revision: h.store.revision(), put: { drafts: [view] } }
      }
    ])
    const bob = await h.call<Composed>('drafts:compose', { ...janeThankYou(), personId: s.bobId })
    expect(bob.draft.to).toBe('https://www.linkedin.com/in/bobstone')
    expect(bob.draft.body).toMatch(/^(Dear|Hi|Hello) Bob,/)
  })

  it('rewrites the same open draft and keeps the earlier versions in its history', async () => {
    await start()
    const first = await h.call<Composed>('drafts:compose', janeThankYou())
    h.clock.advance(60_000)
    await h.call('drafts:save', { ...janeThankYou(), text: text('My own words, Jane.') })
    h.clock.advance(60_000)
    const second = await h.call<Composed>('drafts:compose', janeThankYou())
    expect(second.draft.id).toBe(first.draft.id)
    expect(second.draft.body).toBe(first.draft.body)
    expect(Object.keys(h.store.get().drafts)).toEqual([first.draft.id])
    expect(second.draft.history.map((r) => [r.source, r.body])).toEqual([
      ['composer', first.draft.body],
      ['user', 'My own words, Jane.'],
      ['composer', first.draft.body]
    ])
  })
})

describe('drafts:save', () => {
  it('keeps the text and merges the user’s saves made within ten minutes into one revision', async () => {
    await start()
    const saved = await h.call<Draft>('drafts:save', { ...janeThankYou(), text: text('Draft one') })
    expect(saved).toMatchObject({
      ...text('Draft one'),
      state: 'draft',
      createdAt: '2026-03-03T18:00:00.000Z'
    })
    h.clock.advance(5 * 60_000)
    const merged = await h.call<Draft>('drafts:save', { ...janeThankYou(), text: text('Draft two') })
    expect(merged.id).toBe(saved.id)
    expect(merged.history.map((r) => [r.at, r.body])).toEqual([['2026-03-03T18:05:00.000Z', 'Draft two']])
    h.clock.advance(15 * 60_000)
    const kept = await h.call<Draft>('drafts:save', {
      ...janeThankYou(),
      text: { ...text('Draft three', 'Thanks again'), channel: 'linkedin', to: 'jane-li' }
    })
    expect(kept).toMatchObject({
      subject: 'Thanks again',
      body: 'Draft three',
      channel: 'linkedin',
      to: 'jane-li'
    })
    expect(kept.history.map((r) => [r.at, r.body, r.source])).toEqual([
      ['2026-03-03T18:05:00.000Z', 'Draft two', 'user'],
      ['2026-03-03T18:20:00.000Z', 'Draft three', 'user']
    ])
    expect(h.store.get().drafts[saved.id]).toEqual(kept)
  })
})

describe('drafts:check', () => {
  it('finds a casual greeting, and nothing of a rule the user switched off', async () => {
    await start()
    const casual = text(GOOD_BODY.replace('Dear Jane,', 'Hey Jane,'))
    const on = await h.call<Checked>('drafts:check', { ...janeThankYou(), text: casual })
    const hey = on.findings.find((f) => f.rule === 'tone.casual')
    expect(hey).toMatchObject({ field: 'body', start: 0, end: 3 })
    await h.call('settings:update', { patch: { disabledRules: ['tone.casual'] } })
    const off = await h.call<Checked>('drafts:check', { ...janeThankYou(), text: casual })
    expect(off.findings.map((f) => f.rule)).not.toContain('tone.casual')
    expect(off.findings).toEqual(on.findings.filter((f) => f.rule !== 'tone.casual'))
  })

  it('checks what is typed without saving it', async () => {
    await start()
    await h.call('drafts:check', { ...janeThankYou(), text: text(GOOD_BODY) })
    expect(h.store.get().drafts).toEqual({})
    expect(h.events).toEqual([])
  })

  it('reports spelling as loading until the speller is ready, and only then finds a misspelling', async () => {
    const misspelt = text(GOOD_BODY.replace('enjoyed', 'enjoyd'))
    await start()
    const loading = await h.call<Checked>('drafts:check', { ...janeThankYou(), text: misspelt })
    expect(loading.spelling).toBe('loading')
    expect(loading.findings.map((f) => f.rule)).not.toContain('spelling')
    await h.close()

    await start(ready())
    const checked = await h.call<Checked>('drafts:check', { ...janeThankYou(), text: misspelt })
    expect(checked.spelling).toBe('ready')
    const at = misspelt.body.indexOf('enjoyd')
    expect(checked.findings.filter((f) => f.rule === 'spelling')).toMatchObject([
      { field: 'body', start: at, end: at + 'enjoyd'.length }
    ])
    const clean = await h.call<Checked>('drafts:check', { ...janeThankYou(), text: text(GOOD_BODY) })
    expect(clean.findings.map((f) => f.rule)).not.toContain('spelling')
  })

  it('warns about a third follow-up after two check-ins sent without a reply', async () => {
    await start()
    const followUp = { ...janeThankYou(), kind: 'check-in' }
    for (const day of ['2026-03-11', '2026-03-19']) {
      h.clock.set(`${day}T09:00:00Z`)
      const { draft } = await h.call<Composed>('drafts:compose', followUp)
      await h.call('drafts:markSent', { id: draft.id })
    }
    h.clock.set('2026-03-27T09:00:00Z')
    const third = await h.call<Checked>('drafts:check', { ...followUp, text: text('Dear Jane, any news?') })
    expect(third.findings.map((f) => f.rule)).toContain('overfollow')
    await h.call('contacts:logReply', { personId: s.janeId, interviewId: s.interviewId, channel: 'email' })
    const replied = await h.call<Checked>('drafts:check', { ...followUp, text: text('Dear Jane, any news?') })
    expect(replied.findings.map((f) => f.rule)).not.toContain('overfollow')
  })
})

describe('drafts:suggest', () => {
  it('suggests spellings once the speller is ready, and nothing before', async () => {
    await start()
    expect(await h.call('drafts:suggest', { word: 'intervew' })).toEqual({ suggestions: [] })
    await h.close()
    await start(ready())
    const { suggestions } = await h.call<{ suggestions: string[] }>('drafts:suggest', { word: 'intervew' })
    expect(suggestions).toContain('interview')
    expect(await h.call('drafts:suggest', { word: 'interview' })).toEqual({ suggestions: [] })
  })
})

describe('drafts:markSent', () => {
  it('marks the draft sent, logs a thank-you with the application, refuses a second time', async () => {
    await start()
    const { draft } = await h.call<Composed>('drafts:compose', janeThankYou())
    h.clock.advance(60_000)
    const sent = await h.call<Draft>('drafts:markSent', { id: draft.id })
    expect(sent).toMatchObject({ id: draft.id, state: 'sent', sentAt: '2026-03-03T18:01:00.000Z' })
    expect(Object.values(h.store.get().contactLog)).toMatchObject([
      {
        personId: s.janeId,
        applicationId: s.applicationId,
        interviewId: s.interviewId,
        kind: 'thank-you-sent',
        at: '2026-03-03T18:01:00.000Z',
        channel: 'email'
      }
    ])
    const before = JSON.stringify(h.store.get())
    const again = await h.invoke('drafts:markSent', { id: draft.id })
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(JSON.stringify(h.store.get())).toBe(before)
  })

  it('logs a check-in for a follow-up at the time given', async () => {
    await start()
    const { draft } = await h.call<Composed>('drafts:compose', { ...janeThankYou(), kind: 'check-in' })
    await h.call('drafts:markSent', { id: draft.id, at: '2026-03-10T08:30:00Z' })
    expect(Object.values(h.store.get().contactLog)).toMatchObject([
      { kind: 'check-in-sent', at: '2026-03-10T08:30:00Z', applicationId: s.applicationId }
    ])
  })

  it('after a thank-you is sent, a new compose starts a new draft and leaves the sent one alone', async () => {
    await start()
    const { draft } = await h.call<Composed>('drafts:compose', janeThankYou())
    const sent = await h.call<Draft>('drafts:markSent', { id: draft.id })
    const next = await h.call<Composed>('drafts:compose', janeThankYou())
    expect(next.draft.id).not.toBe(draft.id)
    expect(next.draft.state).toBe('draft')
    expect(h.store.get().drafts[draft.id]).toEqual(sent)
    const saved = await h.call<Draft>('drafts:save', { ...janeThankYou(), text: text('Another note') })
    expect(saved.id).toBe(next.draft.id)
  })
})

describe('refusals', () => {
  it('answers unknown ids with not-found and changes nothing', async () => {
    await start()
    const before = JSON.stringify(h.store.get())
    const cases: Array<[string, unknown]> = [
      ['drafts:compose', { ...janeThankYou(), interviewId: 'nope' }],
      ['drafts:compose', { ...janeThankYou(), personId: 'nope' }],
      ['drafts:save', { ...janeThankYou(), personId: 'nope', text: text('x') }],
      ['drafts:check', { ...janeThankYou(), interviewId: 'nope', text: text('x') }],
      ['drafts:markSent', { id: 'nope' }]
    ]
    for (const [channel, payload] of cases) {
      const result = await h.invoke(channel, payload)
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'not-found' } })
      expect(!result.ok && result.error.message, channel).toMatch(/nope|not listed/)
    }
    expect(JSON.stringify(h.store.get())).toBe(before)
  })

  it('does not mistake names of Object.prototype members for ids', async () => {
    await start()
    const before = JSON.stringify(h.store.get())
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      for (const [channel, payload] of [
        ['drafts:markSent', { id }],
        ['drafts:compose', { ...janeThankYou(), personId: id }],
        ['drafts:save', { ...janeThankYou(), interviewId: id, text: text('x') }]
      ] as const) {
        // Refused at the gate (the Id schema), so no handler ever looks such an id up.
        expect(await h.invoke(channel, payload), `${channel} ${id}`).toMatchObject({
          ok: false,
          error: { code: 'invalid-request' }
        })
      }
    }
    expect(JSON.stringify(h.store.get())).toBe(before)
  })

  it('refuses a draft for someone not met in that interview', async () => {
    await start()
    const other = await h.call<{ id: string }>('interviews:create', {
      applicationId: s.applicationId,
      startAt: '2026-03-05T14:00:00Z',
      endAt: '2026-03-05T15:00:00Z',
      type: 'panel'
    })
    const result = await h.invoke('drafts:compose', { ...janeThankYou(), interviewId: other.id })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('settings:addWord', () => {
  it('offers “Add to dictionary” on a spelling finding, and a word added is no longer a misspelling', async () => {
    await start(ready())
    const jargon = text(GOOD_BODY.replace('enjoyed', 'enjoyed the zorbulator demo and'))
    const before = await h.call<Checked>('drafts:check', { ...janeThankYou(), text: jargon })
    const flagged = before.findings.find((f) => f.rule === 'spelling')
    expect(flagged).toMatchObject({ action: { kind: 'add-to-dictionary', word: 'zorbulator' } })
    const settings = await h.call<{ dictionary: string[] }>('settings:addWord', { word: 'zorbulator' })
    expect(settings.dictionary).toEqual(['zorbulator'])
    expect(h.events.map((e) => e.payload)).toContainEqual(
      expect.objectContaining({
        reason: 'settings:addWord',
        settings: expect.objectContaining({ dictionary: expect.any(Array) })
      })
    )
    const again = await h.call<{ dictionary: string[] }>('settings:addWord', { word: 'zorbulator' })
    expect(again.dictionary).toEqual(['zorbulator'])
    const after = await h.call<Checked>('drafts:check', { ...janeThankYou(), text: jargon })
    expect(after.findings.map((f) => f.rule)).not.toContain('spelling')
  })

  it('refuses more than one word, with a message a user can read', async () => {
    await start()
    const result = await h.invoke('settings:addWord', { word: 'two words' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(h.store.get().settings.dictionary).toEqual([])
  })
})

describe('rules:list', () => {
  it('lists every rule with whether the user switched it off', async () => {
    await start()
    await h.call('settings:update', { patch: { disabledRules: ['tone.casual'] } })
    const { rules } = await h.call<{ rules: Array<{ id: string; enabled: boolean }> }>('rules:list')
    expect(rules.find((r) => r.id === 'tone.casual')?.enabled).toBe(false)
    expect(rules.filter((r) => !r.enabled)).toHaveLength(1)
  })
})
