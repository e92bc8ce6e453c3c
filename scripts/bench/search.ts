/**
 * Search on the heavy journal (scripts/fixtures/heavy-journal.ts: 2,000 applications, 12,000 people, 30,000 notes),
 * through the views main answers with, as the window asks:
 * - search.build_ms: the index built from the journal (once per session, on the first search).
 * - search.first_query_ms: that first search, after the build (each application's text is joined once).
 * - search.query_ms_p50 / _p95: one `journal:search` (grouped hits, 5 per group) for a mix of queries: a company,
 *   a name without its accent, a note phrase, two words from different records, a one-letter word matching nearly
 *   everything, and no match; 40 rounds.
 * - search.list_ms_p50 / _p95: one page (100 rows) of `journal:applications` with the same searches.
 * - search.after_edit_ms_p50: a search right after a note edit (the touched application's text is joined again).
 * Usage: node --import tsx scripts/bench/search.ts
 */
import { JournalViews } from '../../electron/main/queries/views'
import { applyOp, type JournalOp } from '../../shared/model/ops'
import type { Note } from '../../shared/model/journal'
import { generateHeavyJournal } from '../fixtures/heavy-journal'

function emit(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}\n`)
}
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN

const QUERIES = [
  'globex',
  'chloe garcia',
  'migration project',
  'tanaka relocation',
  'a',
  'hiring freeze staff engineer',
  'zzzz nothing'
]

function timed(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

function main(): void {
  const journal = generateHeavyJournal()
  let revision = 0
  const store = { get: () => journal, revision: () => revision }
  const views = new JournalViews(store, () => new Date('2026-03-03T18:00:00Z'))
  emit(
    'search.build_ms',
    timed(() => views.search()),
    'ms'
  )
  // The first query also joins every application's text once (later ones reuse it until an op touches them).
  emit(
    'search.first_query_ms',
    timed(() => views.find({ query: 'globex', limit: 5 })),
    'ms'
  )

  const queries: number[] = []
  const lists: number[] = []
  for (let round = 0; round < 40; round++) {
    for (const query of QUERIES) {
      queries.push(timed(() => views.find({ query, limit: 5 })))
      lists.push(timed(() => views.applications({ offset: 0, limit: 100, search: query })))
    }
  }
  queries.sort((a, b) => a - b)
  lists.sort((a, b) => a - b)
  emit('search.query_ms_p50', percentile(queries, 50), 'ms')
  emit('search.query_ms_p95', percentile(queries, 95), 'ms')
  emit('search.list_ms_p50', percentile(lists, 50), 'ms')
  emit('search.list_ms_p95', percentile(lists, 95), 'ms')

  const noteIds = Object.keys(journal.notes)
  const afterEdit: number[] = []
  for (let i = 0; i < 100; i++) {
    const id = noteIds[(i * 7919) % noteIds.length] ?? 'note-0'
    const op: JournalOp = {
      type: 'put',
      collection: 'notes',
      record: { ...(journal.notes[id] as Note), text: `edited note ${i} about the migration project` }
    }
    const before = revision
    applyOp(journal, op)
    revision++
    views.afterApply([op], before)
    afterEdit.push(timed(() => views.find({ query: 'migration', limit: 5 })))
  }
  afterEdit.sort((a, b) => a - b)
  emit('search.after_edit_ms_p50', percentile(afterEdit, 50), 'ms')
}

main()
