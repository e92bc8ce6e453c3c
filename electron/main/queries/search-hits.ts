/**
 * What a search shows, from the SearchIndex: why a listed application matched (a person or a note, when its
 * company and role alone did not) and the grouped hits of the global search.
 *
 * A hit is a record whose own text holds at least one word of the query and whose context holds them all: an
 * application by its company and role; a person by their name and title plus the application's company and role
 * ("jane acme"); a note by its text plus its person and application ("jane billing"). Better hits first (more
 * words in the record itself), then newest application first.
 */
import type { SearchMatch, SearchResults } from '../../../shared/ipc/contract'
import { snippetAround } from '../../../shared/search/text'
import type { NoteInApplication, PersonInApplication, SearchIndex } from './search-index'

/** How many of the words `text` holds (a loop, not filter: this runs for every note of a broad search). */
function count(text: string, words: readonly string[]): number {
  let n = 0
  for (const word of words) if (text.includes(word)) n++
  return n
}
/** Whether every word is in one of the three texts (a record, its person, its application). */
function all(words: readonly string[], a: string, b: string, c: string): boolean {
  for (const word of words) if (!a.includes(word) && !b.includes(word) && !c.includes(word)) return false
  return true
}

/** Why the application matched, when its company and role do not hold every word; null when they do. */
export function explainMatch(
  index: SearchIndex,
  applicationId: string,
  words: readonly string[]
): SearchMatch | null {
  if (words.length === 0 || index.headMatches(applicationId, words)) return null
  let best: { score: number; match: () => SearchMatch } | null = null
  for (const { person } of index.peopleIn(applicationId)) {
    const score = count(person.folded, words)
    if (score > (best?.score ?? 0))
      best = { score, match: () => ({ kind: 'person', personName: person.name, snippet: person.title }) }
  }
  for (const { note, person } of index.notesIn(applicationId)) {
    const score = count(note.folded, words)
    if (score > (best?.score ?? 0)) {
      best = {
        score,
        match: () => ({
          kind: 'note',
          personName: person?.name ?? '',
          snippet: snippetAround(note.text, words).text,
          ...(note.private ? { private: true } : {})
        })
      }
    }
  }
  return best ? best.match() : null
}

type Ranked<T> = { score: number; rank: number; item: T }

/** The `limit` best of `hits` (more words in the record first, then the order found), and how many there were. */
function top<T, H>(hits: Ranked<T>[], limit: number, show: (item: T) => H): { total: number; items: H[] } {
  hits.sort((a, b) => b.score - a.score || a.rank - b.rank)
  return { total: hits.length, items: hits.slice(0, limit).map((hit) => show(hit.item)) }
}

type AppRef = { applicationId: string; company: string; role: string }
type Found<T> = { entry: T; ref: AppRef }

/** The grouped hits of a search: at most `limit` of each group, with the totals. */
export function searchJournal(
  index: SearchIndex,
  words: readonly string[],
  limit: number
): Omit<SearchResults, 'words'> {
  const apps: Ranked<string>[] = []
  const people: Ranked<Found<PersonInApplication>>[] = []
  const notes: Ranked<Found<NoteInApplication>>[] = []
  if (words.length > 0) {
    for (const applicationId of index.matching(words)) {
      const app = index.application(applicationId)
      if (!app) continue
      const ref = { applicationId, company: app.company, role: app.role }
      const rank = apps.length + people.length + notes.length
      if (index.headMatches(applicationId, words))
        apps.push({ score: count(app.head, words), rank, item: applicationId })
      const seen = new Set<string>()
      for (const met of index.peopleIn(applicationId)) {
        const score = count(met.person.folded, words)
        if (score === 0 || seen.has(met.personId) || !all(words, met.person.folded, app.head, '')) continue
        seen.add(met.personId)
        people.push({ score, rank, item: { entry: met, ref } })
      }
      for (const found of index.notesIn(applicationId)) {
        const score = count(found.note.folded, words)
        if (score === 0 || !all(words, found.note.folded, found.person?.folded ?? '', app.head)) continue
        notes.push({ score, rank, item: { entry: found, ref } })
      }
    }
  }
  return {
    applications: top(apps, limit, (applicationId) => {
      const app = index.application(applicationId)
      return {
        applicationId,
        company: app?.company ?? '',
        role: app?.role ?? '',
        status: app?.status ?? 'applied'
      }
    }),
    people: top(people, limit, ({ entry: { personId, interviewId, person }, ref }) => ({
      personId,
      name: person.name,
      title: person.title,
      interviewId,
      ...ref
    })),
    notes: top(notes, limit, ({ entry: { noteId, note, person }, ref }) => {
      const snippet = snippetAround(note.text, words)
      return {
        noteId,
        snippet: snippet.text,
        hit: snippet.hit,
        private: note.private,
        personId: note.personId,
        personName: person?.name ?? '',
        interviewId: note.interviewId,
        ...ref
      }
    })
  }
}
