import { describe, expect, it } from 'vitest'
import { Journal, SCHEMA_VERSION } from './journal'
import {
  MIGRATIONS,
  MigrationError,
  migrateToCurrent,
  migrateV0ToV1,
  migrateV1ToV2,
  migrateV2ToV3,
  NewerVersionError
} from './migrations'

const app = (id: string, company = `Company ${id}`) => ({
  id,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  company,
  role: 'Engineer',
  status: 'applied'
})

const V0_JOURNAL = {
  schemaVersion: 0,
  applications: [app('a1'), app('a2')],
  notes: [],
  settings: { candidateName: 'Sam' }
}

describe('journal migrations', () => {
  it('has a migration for every version below the current one', () => {
    for (let version = 0; version < SCHEMA_VERSION; version++)
      expect(MIGRATIONS[version]).toBeTypeOf('function')
  })

  it('turns format 0 arrays into records keyed by id, which the current schema accepts', () => {
    const { doc, fromVersion, steps } = migrateToCurrent(V0_JOURNAL)
    expect(fromVersion).toBe(0)
    expect(steps).toBe(SCHEMA_VERSION)
    const journal = Journal.parse(doc)
    expect(Object.keys(journal.applications)).toEqual(['a1', 'a2'])
    expect(journal.interviews).toEqual({})
    expect(journal.settings.candidateName).toBe('Sam')
  })

  it('gives every format 2 note use "auto" and keeps a use already set', () => {
    const note = (id: string, extra: object = {}) => ({
      id,
      createdAt: '2026-03-01T10:00:00Z',
      updatedAt: '2026-03-01T10:00:00Z',
      interviewId: 'i1',
      personId: 'p1',
      text: `note ${id}`,
      order: 0,
      ...extra
    })
    const v2 = { schemaVersion: 2, notes: { n1: note('n1'), n2: note('n2', { use: 'private' }) } }
    const doc = migrateV2ToV3(v2)
    expect(doc.schemaVersion).toBe(3)
    expect(doc.notes).toEqual({ n1: { ...note('n1'), use: 'auto' }, n2: note('n2', { use: 'private' }) })
    expect(v2.notes.n1).not.toHaveProperty('use')
    const { doc: current, steps } = migrateToCurrent({ ...v2, schemaVersion: 1 })
    expect(steps).toBe(2)
    expect(Journal.parse(current).notes.n1?.use).toBe('auto')
  })

  it('refuses a format 2 file whose notes are not keyed by id', () => {
    expect(() => migrateV2ToV3({ schemaVersion: 2, notes: [] })).toThrow(/keyed by id/)
  })

  it('is pure: the input document is not modified', () => {
    const input = structuredClone(V0_JOURNAL)
    migrateToCurrent(input)
    expect(input).toEqual(V0_JOURNAL)
  })

  it('keeps the later record when a format 0 file holds an id twice', () => {
    const doc = migrateV0ToV1({ schemaVersion: 0, applications: [app('a1', 'Old'), app('a1', 'New')] })
    expect(doc.applications).toEqual({ a1: app('a1', 'New') })
  })

  it('leaves a current document as it is', () => {
    const current = { schemaVersion: SCHEMA_VERSION, applications: {} }
    expect(migrateToCurrent(current)).toEqual({ doc: current, fromVersion: SCHEMA_VERSION, steps: 0 })
  })

  it('refuses a newer version with a message that says what to do', () => {
    expect(() => migrateToCurrent({ schemaVersion: SCHEMA_VERSION + 1 })).toThrow(NewerVersionError)
    expect(() => migrateToCurrent({ schemaVersion: SCHEMA_VERSION + 1 })).toThrow(/update Afterword/)
  })

  it('explains documents it cannot migrate', () => {
    expect(() => migrateToCurrent({ applications: [] })).toThrow(MigrationError)
    expect(() => migrateToCurrent([1, 2])).toThrow(/JSON object/)
    expect(() => migrateToCurrent({ schemaVersion: 0, applications: { a1: app('a1') } })).toThrow(
      /must be a list/
    )
    expect(() => migrateToCurrent({ schemaVersion: 0, notes: [{ text: 'no id' }] })).toThrow(
      /Record 1 in "notes"/
    )
  })

  it('adds the reminder state and default quiet hours to a format 1 journal, keeping what it has', () => {
    const v1 = { schemaVersion: 1, applications: { a1: app('a1') }, settings: { candidateName: 'Sam' } }
    const doc = migrateV1ToV2(v1)
    expect(doc).toMatchObject({ schemaVersion: 2, reminders: {} })
    const journal = Journal.parse(migrateToCurrent(v1).doc)
    expect(journal.settings).toMatchObject({
      candidateName: 'Sam',
      quietHours: { enabled: true, start: '21:00', end: '08:00' }
    })
    expect(journal.applications.a1?.company).toBe('Company a1')
    // Quiet hours a user already set (a hand-edited file) are kept.
    const own = { enabled: false, start: '22:30', end: '07:00' }
    expect(migrateV1ToV2({ schemaVersion: 1, settings: { quietHours: own } }).settings).toEqual({
      quietHours: own
    })
  })
})

describe('the second kind of message is a check-in', () => {
  it('reads a draft saved with the v1 kind name "follow-up" as a check-in, and writes "check-in"', () => {
    const stamp = '2026-03-01T10:00:00Z'
    const draft = {
      id: 'd1',
      createdAt: stamp,
      updatedAt: stamp,
      interviewId: 'i1',
      personId: 'p1',
      kind: 'follow-up',
      channel: 'email',
      to: '',
      subject: 'Checking in',
      body: 'Hi Jane',
      state: 'draft'
    }
    const journal = Journal.parse({ schemaVersion: SCHEMA_VERSION, drafts: { d1: draft } })
    expect(journal.drafts.d1?.kind).toBe('check-in')
    expect(JSON.stringify(journal)).not.toContain('follow-up')
    expect(() =>
      Journal.parse({ schemaVersion: SCHEMA_VERSION, drafts: { d1: { ...draft, kind: 'offer' } } })
    ).toThrow()
  })
})
