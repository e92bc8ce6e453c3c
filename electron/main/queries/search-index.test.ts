/**
 * The search index and its hits on small hand-made journals, and a property test: after any sequence of puts and
 * deletes (in any order, orphans included), the index kept op by op answers exactly as one rebuilt from the journal.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyJournal, type Journal } from '../../../shared/model/journal'
import { applyOp, type JournalOp } from '../../../shared/model/ops'
import { queryWords } from '../../../shared/search/text'
import { SearchIndex } from './search-index'
import { explainMatch, searchJournal } from './search-hits'

const AT = '2026-03-01T10:00:00Z'
const at = (minute: number) => new Date(Date.parse(AT) + minute * 60_000).toISOString()
const stamp = (id: string, minute = 0) => ({ id, createdAt: at(minute), updatedAt: at(minute) })

const app = (id: string, company: string, role: string, minute = 0) =>
  put('applications', { ...stamp(id, minute), company, role, status: 'applied' })
const interview = (id: string, applicationId: string) =>
  put('interviews', { ...stamp(id), applicationId, startAt: AT, endAt: AT, type: 'peer' })
const person = (id: string, name: string, title = '') =>
  put('people', { ...stamp(id), name, title, contacts: [] })
const meeting = (id: string, interviewId: string, personId: string) =>
  put('meetings', { ...stamp(id), interviewId, personId })
const note = (id: string, interviewId: string, personId: string, text: string, use = 'auto') =>
  put('notes', { ...stamp(id), interviewId, personId, text, use, order: 0 })

type Put = Extract<JournalOp, { type: 'put' }>
function put(collection: Put['collection'], record: object): JournalOp {
  return { type: 'put', collection, record: record as Record<string, unknown> }
}
const del = (collection: Put['collection'], id: string): JournalOp => ({
  type: 'delete',
  collection,
  id
})

function journalOf(ops: readonly JournalOp[]): Journal {
  const journal = emptyJournal()
  for (const op of ops) applyOp(journal, op)
  return journal
}

/** Acme (Jane Doe, a note on billing; Bob, a private note) and Globex (José Müller, met twice). */
const SEED: JournalOp[] = [
  app('acme', 'Acme Payments', 'Backend Engineer', 0),
  app('globex', 'Globex', 'Site Reliability Engineer', 10),
  interview('i1', 'acme'),
  interview('i2', 'globex'),
  interview('i3', 'globex'),
  person('jane', 'Jane Doe', 'Senior Engineer'),
  person('bob', 'Bob Stone', 'Recruiter'),
  person('jose', 'José Müller', 'Head of Platform'),
  meeting('m1', 'i1', 'jane'),
  meeting('m2', 'i1', 'bob'),
  meeting('m3', 'i2', 'jose'),
  meeting('m4', 'i3', 'jose'),
  note('n1', 'i1', 'jane', 'They are migrating billing to event sourcing this year'),
  note('n2', 'i1', 'bob', 'Salary band felt low', 'private'),
  note('n3', 'i2', 'jose', 'Asked about on-call at Globex')
]
const seeded = () => new SearchIndex(journalOf(SEED))
const find = (index: SearchIndex, query: string) => index.matching(queryWords(query))

describe('SearchIndex.matching', () => {
  it('finds an application by company, role, person, title or note, ignoring case and accents', () => {
    const index = seeded()
    expect(find(index, 'acme')).toEqual(['acme'])
    expect(find(index, 'ENGINEER')).toEqual(['globex', 'acme']) // newest first
    expect(find(index, 'jose')).toEqual(['globex'])
    expect(find(index, 'MULLER')).toEqual(['globex'])
    expect(find(index, 'platform')).toEqual(['globex'])
    expect(find(index, 'event sourc')).toEqual(['acme'])
    expect(find(index, 'salary')).toEqual(['acme']) // private notes are the user's own: searchable
    expect(find(index, 'nobody')).toEqual([])
  })

  it('needs every word in the same application, each a substring of some word there', () => {
    const index = seeded()
    expect(find(index, 'acme billing jane')).toEqual(['acme'])
    expect(find(index, 'billing jose')).toEqual([])
    expect(find(index, 'bill jan')).toEqual(['acme'])
  })

  it('follows renames, deletes and an interview moved to another application', () => {
    const index = seeded()
    index.apply([person('jane', 'Janet Roe', 'Senior Engineer')])
    expect(find(index, 'doe')).toEqual([])
    expect(find(index, 'janet')).toEqual(['acme'])
    index.apply([del('notes', 'n1')])
    expect(find(index, 'billing')).toEqual([])
    index.apply([interview('i1', 'globex')])
    expect(find(index, 'janet')).toEqual(['globex'])
    index.apply([del('applications', 'globex')])
    expect(find(index, 'janet')).toEqual([])
    expect(find(index, 'engineer')).toEqual(['acme'])
  })
})

describe('explainMatch', () => {
  it('says nothing when the company and role hold every word', () => {
    expect(explainMatch(seeded(), 'acme', queryWords('acme backend'))).toBeNull()
  })

  it('names the note, with a snippet around the hit, or the person met', () => {
    const index = seeded()
    expect(explainMatch(index, 'acme', queryWords('acme billing'))).toEqual({
      kind: 'note',
      personName: 'Jane Doe',
      snippet: 'They are migrating billing to event sourcing this year'
    })
    expect(explainMatch(index, 'globex', queryWords('jose'))).toEqual({
      kind: 'person',
      personName: 'José Müller',
      snippet: 'Head of Platform'
    })
    expect(explainMatch(index, 'acme', queryWords('salary'))).toMatchObject({ kind: 'note', private: true })
  })
})

describe('searchJournal', () => {
  it('groups the hits, every word in the record or its context, at least one in the record itself', () => {
    const index = seeded()
    const r = searchJournal(index, queryWords('jane billing'), 5)
    expect(r.applications.total).toBe(0)
    expect(r.people.total).toBe(0) // "billing" is not in Jane's name, title or Acme's company and role
    expect(r.notes.items).toEqual([
      expect.objectContaining({
        noteId: 'n1',
        personName: 'Jane Doe',
        company: 'Acme Payments',
        private: false
      })
    ])
    const note = r.notes.items[0]!
    expect(note.snippet.slice(note.hit.start, note.hit.end)).toBe('billing')

    expect(searchJournal(index, queryWords('jane acme'), 5).people.items).toEqual([
      expect.objectContaining({
        personId: 'jane',
        name: 'Jane Doe',
        applicationId: 'acme',
        interviewId: 'i1'
      })
    ])
    // "acme" alone is an application hit, not every person and note at Acme.
    const acme = searchJournal(index, queryWords('acme'), 5)
    expect([acme.applications.total, acme.people.total, acme.notes.total]).toEqual([1, 0, 0])
    // A person met in two interviews of one application is one hit.
    expect(searchJournal(index, queryWords('jose'), 5).people.total).toBe(1)
    expect(searchJournal(index, queryWords('salary'), 5).notes.items[0]).toMatchObject({ private: true })
  })

  it('caps each group at the limit and counts them all', () => {
    const ops = [...SEED]
    for (let i = 0; i < 12; i++) ops.push(note(`x${i}`, 'i1', 'jane', `billing detail ${i}`))
    const r = searchJournal(new SearchIndex(journalOf(ops)), queryWords('billing'), 3)
    expect(r.notes.total).toBe(13)
    expect(r.notes.items).toHaveLength(3)
  })
})

describe('kept op by op', () => {
  const ids = (prefix: string) => fc.constantFrom(`${prefix}1`, `${prefix}2`, `${prefix}3`)
  const words = fc.constantFrom('José', 'jose', 'Billing', 'acme', 'Müller', 'on-call', 'Zoë', 'sourcing')
  const text = fc.array(words, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '))
  const op: fc.Arbitrary<JournalOp> = fc.oneof(
    fc.tuple(ids('a'), text, text, fc.nat(5)).map(([id, c, r, m]) => app(id, c, r, m)),
    fc.tuple(ids('i'), ids('a')).map(([id, a]) => interview(id, a)),
    fc.tuple(ids('p'), text, text).map(([id, name, title]) => person(id, name, title)),
    fc.tuple(ids('m'), ids('i'), ids('p')).map(([id, i, p]) => meeting(id, i, p)),
    fc
      .tuple(ids('n'), ids('i'), ids('p'), text, fc.constantFrom('auto', 'private'))
      .map(([id, i, p, t, use]) => note(id, i, p, t, use)),
    fc
      .constantFrom(
        ['applications', 'a'] as const,
        ['interviews', 'i'] as const,
        ['people', 'p'] as const,
        ['meetings', 'm'] as const,
        ['notes', 'n'] as const
      )
      .chain(([collection, prefix]) => ids(prefix).map((id) => del(collection, id)))
  )
  const queries = ['jose', 'billing acme', 'mull', 'on-call', 'zoe', 'sourcing jose', 'a']

  it('answers like an index rebuilt from the journal, after any ops', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 2, maxLength: 60, size: 'medium' }), fc.nat(), (ops, cut) => {
        const split = cut % ops.length
        const kept = new SearchIndex(journalOf(ops.slice(0, split)))
        // Search midway, so stale texts are cached and must be dropped by the later ops.
        for (const q of queries) kept.matching(queryWords(q))
        for (const o of ops.slice(split)) kept.apply([o])
        const fresh = new SearchIndex(journalOf(ops))
        for (const q of queries) {
          const w = queryWords(q)
          expect(kept.matching(w), q).toEqual(fresh.matching(w))
          expect(searchJournal(kept, w, 3), q).toEqual(searchJournal(fresh, w, 3))
          for (const id of fresh.matching(w))
            expect(explainMatch(kept, id, w)).toEqual(explainMatch(fresh, id, w))
        }
      }),
      { numRuns: 300 }
    )
  })
})
