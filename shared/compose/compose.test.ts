import { describe, expect, it } from 'vitest'
import type { CheckContext, DraftKind } from '../etiquette/contract'
import { ComposedDraft } from '../etiquette/contract'
import { compose, draftSimilarity, COMPOSER_WORD_LIMITS } from './index'
import { CONTEXTS, contextFor } from '../../test/compose/test-contexts'
import { countWords } from '../policy'

const KINDS: readonly DraftKind[] = ['thank-you', 'check-in']
const byId = (id: string): CheckContext => {
  const found = CONTEXTS.find((c) => c.id === id)
  if (!found) throw new Error(`no context ${id}`)
  return found.context
}

describe('compose: every table context, both kinds', () => {
  it('has at least 15 distinct contexts', () => {
    expect(new Set(CONTEXTS.map((c) => c.id)).size).toBeGreaterThanOrEqual(15)
  })

  for (const { id, context } of CONTEXTS) {
    for (const kind of KINDS) {
      it(`${id} / ${kind}`, () => {
        const ctx = contextFor(kind, context)
        const draft = compose({ kind, context: ctx })
        expect(ComposedDraft.safeParse(draft).success).toBe(true)
        const { body, subject } = draft
        expect(subject.trim()).not.toBe('')
        expect(countWords(body)).toBeLessThanOrEqual(COMPOSER_WORD_LIMITS[kind])
        // Greets by first name, names role and company, thanks, reaffirms interest, offers to answer questions.
        expect(body).toMatch(/^(?:Hi|Hello|Dear) \S[^\n]*,\n\n/u)
        expect(body).toContain(ctx.role.trim())
        expect(body).toContain(ctx.company.trim())
        expect(body).toMatch(/\b(?:thank|thanks|grateful|appreciated)\b/i)
        expect(body).toMatch(/\b(?:excited|interested|interest|enthusiastic)\b/i)
        expect(body).toMatch(/\bquestions\b/i)
        // No leftovers from raw notes.
        expect(body).not.toMatch(
          /!!|[[\]{}<>]|\p{Extended_Pictographic}|\b(?:abt|ppl|w\/|b\/c|lol|btw|gonna|asap)\b|\s[,.]/iu
        )
        expect(body).not.toMatch(/\b(\p{L}+) \1\b/iu)
        expect(body).not.toMatch(/Globex|Initech/)
        // Signs off with the candidate's name, or without one when the journal has none.
        const name = ctx.candidate?.name?.trim()
        if (name) expect(body.toLowerCase().endsWith(`,\n${name.toLowerCase()}`)).toBe(true)
        else expect(body).toMatch(/\n\n[A-Z][a-z]+ (?:regards|wishes)$/)
        // Each source points at a whole sentence of the body and at a note that exists.
        for (const source of draft.sources) {
          expect(source.end).toBeGreaterThan(source.start)
          expect(source.end).toBeLessThanOrEqual(body.length)
          expect(source.note).toBeLessThan(ctx.notes?.length ?? 0)
          const sentence = body.slice(source.start, source.end)
          expect(sentence).toMatch(/^\p{Lu}/u)
          expect(sentence).toMatch(/[.?”]$/u)
        }
        if (kind === 'check-in') expect(draft.sources.length).toBeLessThanOrEqual(1)
      })
    }
  }
})

describe('compose: sources', () => {
  it('ties each note sentence to the note it came from', () => {
    const ctx = contextFor('thank-you', byId('acme-shorthand'))
    const draft = compose({ kind: 'thank-you', context: ctx })
    const byNote = new Map(draft.sources.map((s) => [s.note, draft.body.slice(s.start, s.end)]))
    expect(byNote.size).toBeGreaterThanOrEqual(2)
    for (const [note, sentence] of byNote) {
      const expected: Record<number, RegExp> = {
        0: /k8s migration/,
        1: /how you deploy: canary, 5% first/,
        2: /Friday demos/,
        3: /your team is 6 people, mostly remote/
      }
      expect(sentence).toMatch(expected[note] ?? /^$/)
    }
  })
  it('skips notes it cannot use without shifting the indexes of the others', () => {
    const ctx = contextFor('thank-you', byId('mentions-other-company'))
    const draft = compose({ kind: 'thank-you', context: ctx })
    expect(draft.sources.map((s) => s.note)).toEqual([1])
    expect(draft.body.slice(draft.sources[0]?.start, draft.sources[0]?.end)).toMatch(
      /payments ledger rewrite in Go/
    )
  })
  it('has no sources when there are no notes, and still names the role and company', () => {
    const ctx = contextFor('thank-you', byId('no-notes-no-title-no-candidate-name'))
    const draft = compose({ kind: 'thank-you', context: ctx })
    expect(draft.sources).toEqual([])
    expect(draft.body).toContain('Support Specialist')
    expect(draft.body).toContain('Northwind Traders')
  })
})

describe('compose: determinism and variety', () => {
  it('gives the same draft for the same input', () => {
    for (const { context } of CONTEXTS) {
      for (const kind of KINDS) {
        const ctx = contextFor(kind, context)
        expect(compose({ kind, context: ctx })).toEqual(compose({ kind, context: structuredClone(ctx) }))
      }
    }
  })

  const interview = (names: string[], notes: string[][]): CheckContext[] =>
    names.map((name, i) => ({
      ...contextFor('thank-you', byId('acme-shorthand')),
      interviewer: { name, contacts: [] },
      otherInterviewers: names.filter((other) => other !== name),
      notes: notes[i] ?? []
    }))

  it('writes clearly different drafts to two interviewers of one interview', () => {
    const [jane, raj] = interview(
      ['Jane Doe', 'Raj Patel'],
      [
        ['talked abt their k8s migration', 'Friday demos!!'],
        ['Q: how do they deploy? A: canary, 5% first', 'her team = 6 ppl']
      ]
    )
    for (const kind of KINDS) {
      const a = compose({ kind, context: jane! })
      const b = compose({ kind, context: raj! })
      expect(draftSimilarity(a.body, b.body, ['Jane Doe', 'Raj Patel', 'Alex Kim'])).toBeLessThan(0.3)
      expect(a.subject).not.toBe(b.subject)
    }
  })

  it('differs even when the interviewers share the same notes, or have none', () => {
    for (const notes of [
      ['shared on-call rotation', 'Friday demos', 'migrating billing to event sourcing'],
      []
    ]) {
      const people = interview(
        ['Jane Doe', 'Raj Patel', 'Ana María López', 'Li'],
        [notes, notes, notes, notes]
      )
      for (const kind of KINDS) {
        const drafts = people.map((context) => compose({ kind, context }))
        for (let i = 0; i < drafts.length; i++)
          for (let j = i + 1; j < drafts.length; j++)
            expect(
              draftSimilarity(drafts[i]!.body, drafts[j]!.body, [
                'Jane Doe',
                'Raj Patel',
                'Ana María López',
                'Li',
                'Alex Kim'
              ])
            ).toBeLessThan(0.3)
      }
    }
  })

  it('moves to another wording when a known draft to a colleague is too close', () => {
    const [jane] = interview(['Jane Doe'], [['Friday demos']])
    const first = compose({ kind: 'thank-you', context: jane! })
    const again = compose({
      kind: 'thank-you',
      context: { ...jane!, otherDrafts: [first.body.replace('Jane', 'Raj')] }
    })
    expect(draftSimilarity(first.body, again.body, ['Jane', 'Raj', 'Alex Kim'])).toBeLessThan(0.3)
  })
})

describe('compose: edges', () => {
  it('uses the availability when it was requested, and only then', () => {
    const asked = contextFor('check-in', byId('availability-shorthand'))
    expect(compose({ kind: 'check-in', context: asked }).body).toContain('Tuesday or Thursday afternoon')
    const notAsked = { ...asked, availabilityRequested: false }
    expect(compose({ kind: 'check-in', context: notAsked }).body).not.toContain('Tuesday')
  })
  it('shortens one very long note at a clause boundary', () => {
    const draft = compose({ kind: 'thank-you', context: contextFor('thank-you', byId('one-very-long-note')) })
    const sentence = draft.body.slice(draft.sources[0]?.start, draft.sources[0]?.end)
    expect(sentence).toContain('migrating the claims system to event sourcing')
    expect(sentence).not.toContain('compliance')
    expect(countWords(sentence)).toBeLessThan(35)
  })
  it('stays under the word limits when every note is long', () => {
    const long = Array.from(
      { length: 8 },
      (_, i) => `topic ${i} ` + 'with a great many words about the platform '.repeat(6)
    )
    for (const kind of KINDS) {
      const ctx = { ...contextFor(kind, byId('acme-shorthand')), notes: long }
      expect(countWords(compose({ kind, context: ctx }).body)).toBeLessThanOrEqual(COMPOSER_WORD_LIMITS[kind])
    }
  })
  it('greets single-name, accented, titled and comma-written interviewers by their first name', () => {
    const greet = (id: string): string =>
      compose({ kind: 'thank-you', context: contextFor('thank-you', byId(id)) }).body.split(',')[0] ?? ''
    expect(greet('single-name-no-title')).toMatch(/ Prince$/)
    expect(greet('accents')).toMatch(/ José$/)
    // v2: a doctor is greeted by title and surname unless the user prefers first names.
    expect(greet('availability-times')).toBe('Dear Dr. Okafor')
    expect(greet('unlabelled-question-answer')).toMatch(/ John$/)
  })
  it('sets a question-only note as a question, not a fact', () => {
    const draft = compose({ kind: 'thank-you', context: contextFor('thank-you', byId('question-only')) })
    expect(draft.body.slice(draft.sources[0]?.start, draft.sources[0]?.end)).toMatch(
      /ask what on-call looks like\.$/
    )
  })
})
