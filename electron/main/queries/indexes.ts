/**
 * Indexes over the journal, kept up to date op by op, so a question about one application (its interviews, the
 * people met, their notes and drafts) costs what that application holds, not a scan of the whole journal.
 * Each record's links are remembered when it is indexed, so a delete (which carries only an id) can be unlinked.
 */
import type { Collection, Journal } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'

/** Which owners a record hangs off, as "kind:id" bucket keys (e.g. "app:a1", "int:i1", "person:p1"). */
type Links = string[]

function linksOf(collection: Collection, record: Record<string, unknown>): Links {
  const id = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null)
  const links: Array<string | null> = []
  switch (collection) {
    case 'interviews':
      links.push(`app:${id('applicationId')}`)
      break
    case 'meetings':
    case 'notes':
    case 'drafts':
      links.push(`int:${id('interviewId')}`, `person:${id('personId')}`)
      break
    case 'contactLog':
      links.push(`app:${id('applicationId')}`, `person:${id('personId')}`)
      if (id('interviewId')) links.push(`int:${id('interviewId')}`)
      break
    default:
      break
  }
  return links.filter((link): link is string => link !== null && !link.endsWith(':null'))
}

export class JournalIndex {
  /** bucket key → collection → ids */
  private readonly buckets = new Map<string, Map<Collection, Set<string>>>()
  /** "collection:id" → the buckets that record sits in */
  private readonly linked = new Map<string, Links>()

  constructor(journal: Journal) {
    for (const collection of ['interviews', 'meetings', 'notes', 'drafts', 'contactLog'] as const) {
      for (const record of Object.values(journal[collection])) this.put(collection, record)
    }
  }

  /** Brings the index up to date with ops the store has just applied. */
  apply(ops: readonly JournalOp[]): void {
    for (const op of ops) {
      if (op.type === 'put') this.put(op.collection, op.record)
      else if (op.type === 'delete') this.remove(op.collection, op.id)
    }
  }

  /** Ids in `collection` that hang off `owner` ("app:…", "int:…" or "person:…"). */
  ids(owner: string, collection: Collection): ReadonlySet<string> {
    return this.buckets.get(owner)?.get(collection) ?? EMPTY
  }

  /** The owners a record was indexed under ("app:…", "int:…", "person:…"): what a delete of it unlinks. */
  linksOf(collection: Collection, id: string): readonly string[] {
    return this.linked.get(`${collection}:${id}`) ?? []
  }

  interviewsOf(applicationId: string): ReadonlySet<string> {
    return this.ids(`app:${applicationId}`, 'interviews')
  }

  private put(collection: Collection, record: object): void {
    const fields = record as Record<string, unknown>
    const key = `${collection}:${String(fields['id'])}`
    this.remove(collection, String(fields['id']))
    const links = linksOf(collection, fields)
    if (links.length === 0) return
    this.linked.set(key, links)
    for (const owner of links) {
      let byCollection = this.buckets.get(owner)
      if (!byCollection) this.buckets.set(owner, (byCollection = new Map()))
      let ids = byCollection.get(collection)
      if (!ids) byCollection.set(collection, (ids = new Set()))
      ids.add(String(fields['id']))
    }
  }

  private remove(collection: Collection, id: string): void {
    const key = `${collection}:${id}`
    for (const owner of this.linked.get(key) ?? []) {
      const ids = this.buckets.get(owner)?.get(collection)
      ids?.delete(id)
      if (ids?.size === 0) this.buckets.get(owner)?.delete(collection)
      if (this.buckets.get(owner)?.size === 0) this.buckets.delete(owner)
    }
    this.linked.delete(key)
  }
}

const EMPTY: ReadonlySet<string> = new Set()
