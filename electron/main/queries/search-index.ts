/**
 * Search across the journal: per application, the folded text (lower case, no accents) of its company and role,
 * the people met in its interviews (name, title) and its notes. Kept current op by op like JournalIndex: each op
 * updates the records it names and marks the applications it touches stale; a stale application's text is joined
 * again on the next search, from what it holds (not the whole journal).
 *
 * A query's words must all occur in one application (AND), each as a substring of a word there (see
 * shared/search/text.ts). Records may arrive in any order (a note before its interview): links are kept by id and
 * joined when an application's text is built, so the index equals one rebuilt from the journal.
 */
import type { ApplicationStatus } from '../../../shared/model/constants'
import type { Collection, Journal } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import { fold } from '../../../shared/search/text'

interface AppEntry {
  company: string
  role: string
  status: ApplicationStatus
  createdAt: string
  /** Folded "company\nrole". */
  head: string
}
interface MeetingEntry {
  interviewId: string
  personId: string
}
interface NoteEntry extends MeetingEntry {
  text: string
  folded: string
  private: boolean
  order: number
  createdAt: string
}
interface PersonEntry {
  name: string
  title: string
  /** Folded "name\ntitle". */
  folded: string
}

/** A person met in one interview, or a note: what a hit inside an application points at. */
export interface PersonInApplication {
  personId: string
  interviewId: string
  person: PersonEntry
}
export interface NoteInApplication {
  noteId: string
  note: NoteEntry
  person: PersonEntry | undefined
}

interface AppDoc {
  text: string
  people: PersonInApplication[]
  notes: NoteInApplication[]
}

/** Code-unit order (not localeCompare: ISO dates and ids need no collation, and this runs per note). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byNoteOrder = (a: NoteInApplication, b: NoteInApplication) =>
  a.note.order - b.note.order || compare(a.note.createdAt, b.note.createdAt) || compare(a.noteId, b.noteId)

type Record_ = Record<string, unknown>
const str = (record: Record_, key: string): string =>
  typeof record[key] === 'string' ? (record[key] as string) : ''

/** A set per key: add, remove, read. */
class Links {
  private readonly sets = new Map<string, Set<string>>()
  add(key: string, id: string): void {
    let set = this.sets.get(key)
    if (!set) this.sets.set(key, (set = new Set()))
    set.add(id)
  }
  remove(key: string, id: string): void {
    const set = this.sets.get(key)
    set?.delete(id)
    if (set?.size === 0) this.sets.delete(key)
  }
  get(key: string): ReadonlySet<string> {
    return this.sets.get(key) ?? NONE
  }
}
const NONE: ReadonlySet<string> = new Set()

export class SearchIndex {
  private readonly apps = new Map<string, AppEntry>()
  private readonly interviewApp = new Map<string, string>()
  private readonly appInterviews = new Links()
  private readonly meetings = new Map<string, MeetingEntry>()
  private readonly notes = new Map<string, NoteEntry>()
  private readonly people = new Map<string, PersonEntry>()
  /** interview id → meeting ids, note ids; person id → meeting ids, note ids. */
  private readonly interviewMeetings = new Links()
  private readonly interviewNotes = new Links()
  private readonly personMeetings = new Links()
  private readonly personNotes = new Links()
  /** application id → what it holds, joined (see docOf); absent while stale. */
  private readonly docs = new Map<string, AppDoc>()
  private order: string[] | null = null

  constructor(journal: Journal) {
    for (const collection of ['applications', 'interviews', 'people', 'meetings', 'notes'] as const) {
      for (const record of Object.values(journal[collection])) this.put(collection, record as Record_)
    }
  }

  /** Brings the index up to date with ops the store has just applied. */
  apply(ops: readonly JournalOp[]): void {
    for (const op of ops) {
      if (op.type === 'put') this.put(op.collection, op.record)
      else if (op.type === 'delete') this.remove(op.collection, op.id)
    }
  }

  /** The applications holding every word (folded, see queryWords), newest first. */
  matching(words: readonly string[]): string[] {
    return this.newestFirst().filter((id) => words.every((word) => this.textOf(id).includes(word)))
  }

  /** Whether the company and role alone hold every word. */
  headMatches(applicationId: string, words: readonly string[]): boolean {
    const head = this.apps.get(applicationId)?.head ?? ''
    return words.every((word) => head.includes(word))
  }

  application(id: string): Readonly<AppEntry> | undefined {
    return this.apps.get(id)
  }

  /** The people met in the application's interviews, one entry per person and interview, in id order. */
  peopleIn(applicationId: string): readonly PersonInApplication[] {
    return this.docOf(applicationId).people
  }

  /** The notes of the application's interviews, in interview id, then note order. */
  notesIn(applicationId: string): readonly NoteInApplication[] {
    return this.docOf(applicationId).notes
  }

  /** Application ids, newest first (as the list shows them). */
  newestFirst(): string[] {
    if (!this.order) {
      this.order = [...this.apps.entries()]
        .sort(([a, x], [b, y]) => compare(y.createdAt, x.createdAt) || compare(a, b))
        .map(([id]) => id)
    }
    return this.order
  }

  private textOf(applicationId: string): string {
    return this.docOf(applicationId).text
  }

  /**
   * What one application holds, joined from the records by id (cached until an op makes it stale): its folded
   * text (company, role, the people in its interviews, its notes), the people met and the notes, in a stable order.
   */
  private docOf(applicationId: string): AppDoc {
    const cached = this.docs.get(applicationId)
    if (cached) return cached
    const parts = [this.apps.get(applicationId)?.head ?? '']
    const people: PersonInApplication[] = []
    const notes: NoteInApplication[] = []
    for (const interviewId of sorted(this.appInterviews.get(applicationId))) {
      const met = new Set<string>()
      for (const meetingId of sorted(this.interviewMeetings.get(interviewId))) {
        const personId = this.meetings.get(meetingId)?.personId
        const person = personId === undefined ? undefined : this.people.get(personId)
        if (personId === undefined || met.has(personId)) continue
        met.add(personId)
        if (person) people.push({ personId, interviewId, person })
      }
      const noted: NoteInApplication[] = []
      for (const noteId of this.interviewNotes.get(interviewId)) {
        const note = this.notes.get(noteId)
        if (note) noted.push({ noteId, note, person: this.people.get(note.personId) })
        if (note) met.add(note.personId)
      }
      noted.sort(byNoteOrder)
      notes.push(...noted)
      for (const entry of noted) parts.push(entry.note.folded)
      for (const personId of met) parts.push(this.people.get(personId)?.folded ?? '')
    }
    const doc = { text: parts.join('\n'), people, notes }
    this.docs.set(applicationId, doc)
    return doc
  }

  private stale(interviewId: string): void {
    const applicationId = this.interviewApp.get(interviewId)
    if (applicationId) this.docs.delete(applicationId)
  }

  private put(collection: Collection, record: Record_): void {
    const id = str(record, 'id')
    this.remove(collection, id)
    switch (collection) {
      case 'applications': {
        const company = str(record, 'company')
        const role = str(record, 'role')
        const status = str(record, 'status') as ApplicationStatus
        this.apps.set(id, {
          company,
          role,
          status,
          createdAt: str(record, 'createdAt'),
          head: fold(`${company}\n${role}`)
        })
        this.order = null
        this.docs.delete(id)
        return
      }
      case 'interviews': {
        const applicationId = str(record, 'applicationId')
        this.interviewApp.set(id, applicationId)
        this.appInterviews.add(applicationId, id)
        return this.stale(id)
      }
      case 'meetings': {
        const meeting = { interviewId: str(record, 'interviewId'), personId: str(record, 'personId') }
        this.meetings.set(id, meeting)
        this.interviewMeetings.add(meeting.interviewId, id)
        this.personMeetings.add(meeting.personId, id)
        return this.stale(meeting.interviewId)
      }
      case 'notes':
        return this.putNote(id, record)
      case 'people': {
        const name = str(record, 'name')
        const title = str(record, 'title')
        this.people.set(id, { name, title, folded: fold(`${name}\n${title}`) })
        return this.personChanged(id)
      }
      default:
        return
    }
  }

  private putNote(id: string, record: Record_): void {
    const text = str(record, 'text')
    const note: NoteEntry = {
      interviewId: str(record, 'interviewId'),
      personId: str(record, 'personId'),
      text,
      folded: fold(text),
      private: record['use'] === 'private',
      order: typeof record['order'] === 'number' ? record['order'] : 0,
      createdAt: str(record, 'createdAt')
    }
    this.notes.set(id, note)
    this.interviewNotes.add(note.interviewId, id)
    this.personNotes.add(note.personId, id)
    this.stale(note.interviewId)
  }

  /** A person's name or title changed (or they were removed): every application they appear in is stale. */
  private personChanged(personId: string): void {
    for (const meetingId of this.personMeetings.get(personId)) {
      const meeting = this.meetings.get(meetingId)
      if (meeting) this.stale(meeting.interviewId)
    }
    for (const noteId of this.personNotes.get(personId)) {
      const note = this.notes.get(noteId)
      if (note) this.stale(note.interviewId)
    }
  }

  private remove(collection: Collection, id: string): void {
    switch (collection) {
      case 'applications':
        if (this.apps.delete(id)) this.order = null
        this.docs.delete(id)
        return
      case 'interviews': {
        this.stale(id)
        const applicationId = this.interviewApp.get(id)
        if (applicationId !== undefined) this.appInterviews.remove(applicationId, id)
        this.interviewApp.delete(id)
        return
      }
      case 'meetings': {
        const meeting = this.meetings.get(id)
        if (!meeting) return
        this.stale(meeting.interviewId)
        this.interviewMeetings.remove(meeting.interviewId, id)
        this.personMeetings.remove(meeting.personId, id)
        this.meetings.delete(id)
        return
      }
      case 'notes': {
        const note = this.notes.get(id)
        if (!note) return
        this.stale(note.interviewId)
        this.interviewNotes.remove(note.interviewId, id)
        this.personNotes.remove(note.personId, id)
        this.notes.delete(id)
        return
      }
      case 'people':
        this.personChanged(id)
        this.people.delete(id)
        return
      default:
        return
    }
  }
}

const sorted = (ids: ReadonlySet<string>): string[] => (ids.size < 2 ? [...ids] : [...ids].sort(compare))
