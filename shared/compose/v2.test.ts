/** Composer contract v2 in small, exact cases: names, punctuation, the policy's limits, note choice and leftOut. */
import { describe, expect, it } from 'vitest'
import * as policy from '../policy'
import type { CheckContext, ContextNote } from '../etiquette/contract'
import { compose, COMPOSER_WORD_LIMITS, countWords } from './index'
import { noteScore } from './choose'
import { greetingName, salutationName } from './names'
import { editDistance } from './note-spelling'

const base: CheckContext = {
  now: '2026-03-03T19:00:00Z',
  candidate: { name: 'Alex Kim' },
  company: 'Acme',
  role: 'Backend Engineer',
  interview: { type: 'peer', endedAt: '2026-03-03T16:00:00Z' },
  interviewer: { name: 'Jane Doe', contacts: ['jane@acme.example'] }
}

const withNotes = (notes: ContextNote[], extra: Partial<CheckContext> = {}): CheckContext => ({
  ...base,
  notes,
  ...extra
})

describe('the composer uses the policy', () => {
  it('takes its word limits and word count from shared/policy, the very same objects', () => {
    expect(COMPOSER_WORD_LIMITS).toBe(policy.COMPOSER_WORD_LIMITS)
    expect(countWords).toBe(policy.countWords)
  })
})

describe('names and punctuation', () => {
  it.each([
    ['Luz María Ortega', 'Luz María'],
    ['Mary-Kate Byrne', 'Mary-Kate'],
    ['Ana María López', 'Ana María'],
    ['Gabriel García Márquez', 'Gabriel'],
    ['Doe, Jane', 'Jane'],
    ['Ingrid Solberg, PhD', 'Ingrid'],
    ['Jane Doe (she/her)', 'Jane']
  ])('greets %s by the whole first name %s', (name, first) => {
    expect(greetingName(name)).toBe(first)
  })

  it('greets a titled name by title and surname unless the user prefers first names', () => {
    expect(salutationName('Dr. Ingrid Solberg', false)).toEqual({ name: 'Dr. Solberg', titled: true })
    expect(salutationName('Ingrid Solberg, PhD', false)).toEqual({ name: 'Dr. Solberg', titled: true })
    expect(salutationName('Dr. Hans van der Berg', false).name).toBe('Dr. van der Berg')
    expect(salutationName('Dr. Ingrid Solberg', true)).toEqual({ name: 'Ingrid', titled: false })
    expect(salutationName('Mr. David Osei', false)).toEqual({ name: 'David', titled: false })
    const titled = compose({
      kind: 'thank-you',
      context: { ...base, interviewer: { name: 'Dr. Ingrid Solberg' } }
    })
    expect(titled.body.startsWith('Dear Dr. Solberg,\n')).toBe(true)
    const informal = compose({
      kind: 'thank-you',
      context: {
        ...base,
        candidate: { name: 'Alex Kim', greetByFirstName: true },
        interviewer: { name: 'Dr. Ingrid Solberg' }
      }
    })
    expect(informal.body).toMatch(/^\p{L}+ Ingrid,\n/u)
  })

  it('never doubles the period of a company name that ends in one', () => {
    for (const kind of ['thank-you', 'check-in'] as const) {
      const { body, subject } = compose({ kind, context: { ...base, company: 'Pine & Co.' } })
      expect(`${subject}\n${body}`).not.toMatch(/Co\.\./)
      expect(body).toContain('Pine & Co.')
    }
  })
})

describe('choosing notes', () => {
  it('ranks what the interviewer wants in a hire above a bare topic and logistics', () => {
    expect(noteScore('wants someone to own the ETA service rewrite')).toBeGreaterThan(
      noteScore('Friday demos')
    )
    expect(noteScore('Friday demos')).toBeGreaterThan(noteScore('recruiter will call about next round'))
    expect(noteScore('advice: read the Basel summaries first')).toBeGreaterThan(noteScore('culture'))
  })

  it('mentions one to three notes and gives every other one a reason', () => {
    const notes: ContextNote[] = [
      'Friday demos',
      'wants someone to own the ETA service rewrite',
      { text: 'salary band below my ask', use: 'private' },
      'attrition is brutal',
      'liked my idempotency work at prev job',
      'asked me how I would test retries',
      '#### ???'
    ]
    const draft = compose({ kind: 'thank-you', context: withNotes(notes) })
    const used = new Set(draft.sources.map((s) => s.note))
    expect(used.size).toBeGreaterThanOrEqual(1)
    expect(used.size).toBeLessThanOrEqual(3)
    expect(used.has(1)).toBe(true)
    expect(draft.leftOut).toContainEqual({ note: 2, reason: 'private' })
    expect(draft.leftOut).toContainEqual({ note: 3, reason: 'sensitive' })
    expect(draft.leftOut).toContainEqual({ note: 6, reason: 'unphraseable' })
    expect(draft.leftOut.map((l) => l.note).sort()).toEqual(
      notes.map((_n, i) => i).filter((i) => !used.has(i))
    )
    expect(draft.body).not.toMatch(/salary|attrition|prev job/i)
  })

  it('lets the user choose small talk, but never pay or bad news', () => {
    const notes: ContextNote[] = [
      { text: 'we both ran the Chicago marathon', use: 'use' },
      { text: 'attrition is brutal', use: 'use' }
    ]
    const draft = compose({ kind: 'thank-you', context: withNotes(notes) })
    expect(draft.sources.map((s) => s.note)).toEqual([0])
    expect(draft.leftOut).toEqual([{ note: 1, reason: 'sensitive' }])
  })

  it('writes a check-in about a note no earlier message used', () => {
    const notes = [
      'wants someone to own the ETA service rewrite',
      'shared on-call rotation with 2 teams',
      'they use Kafka for the GPS pings',
      'Friday demos for the whole company'
    ]
    const thanks = compose({ kind: 'thank-you', context: withNotes(notes) })
    const first = thanks.sources.map((s) => s.note)
    const checkIn = compose({
      kind: 'check-in',
      context: withNotes(notes, { previousMessages: [thanks.body] })
    })
    expect(checkIn.sources).toHaveLength(1)
    for (const s of checkIn.sources) expect(first).not.toContain(s.note)
    expect(checkIn.body).not.toBe(thanks.body)
  })

  it('refers back briefly, in other words, when the thank-you already used every note', () => {
    const notes = ['wants someone to own the ETA service rewrite', 'shared on-call rotation with 2 teams']
    const thanks = compose({ kind: 'thank-you', context: withNotes(notes) })
    expect(thanks.sources.map((s) => s.note).sort()).toEqual([0, 1])
    const checkIn = compose({
      kind: 'check-in',
      context: withNotes(notes, { previousMessages: [thanks.body] })
    })
    expect(checkIn.sources).toHaveLength(1)
    const [callback] = checkIn.sources
    const said = thanks.sources.find((s) => s.note === callback?.note)
    const mine = checkIn.body.slice(callback?.start, callback?.end)
    const theirs = thanks.body.slice(said?.start, said?.end)
    // A short name of the topic ("the ETA service rewrite"), not the thank-you's sentence again.
    expect(mine.split(' ').length).toBeLessThan(theirs.split(' ').length + 4)
    expect(mine).not.toContain(theirs.replace(/\.$/, ''))
    expect(mine).toMatch(/the ETA service rewrite|the shared on-call rotation/)
  })

  it('with only private notes still writes a whole draft that names the role and company', () => {
    const draft = compose({
      kind: 'thank-you',
      context: withNotes([{ text: 'salary band below my ask', use: 'private' }])
    })
    expect(draft.sources).toEqual([])
    expect(draft.leftOut).toEqual([{ note: 0, reason: 'private' }])
    expect(draft.body).toContain('Backend Engineer')
    expect(draft.body).toContain('Acme')
  })
})

describe('typo correction', () => {
  it('counts a swapped pair of letters as one edit', () => {
    expect(editDistance('recieved', 'received')).toBe(1)
    expect(editDistance('recert', 'revert')).toBe(1)
    expect(editDistance('abc', 'abc')).toBe(0)
  })
})
