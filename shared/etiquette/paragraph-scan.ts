/**
 * Runs a text scan paragraph by paragraph and remembers each paragraph's findings by its text: while the user
 * types, only the paragraph being edited is scanned again (the same idea as the token cache in text/tokens.ts).
 * A scan must depend on the paragraph's text alone; anything that depends on the context is applied afterwards.
 */
import type { Doc } from './doc'
import type { Field, Report } from './rules/define'
import type { Severity } from './contract'

export interface Hit {
  start: number
  end: number
  message: string
  fix?: string
}

/** Reports into `hits`, offsets relative to the text scanned. */
export type ParagraphScan = (text: string, folded: string, report: Report) => void

interface Cache {
  body: string
  previous: Map<string, readonly Hit[]>
  current: Map<string, readonly Hit[]>
}
const caches = new Map<ParagraphScan, Cache>()

function collect(scan: ParagraphScan, text: string, folded: string): readonly Hit[] {
  const hits: Hit[] = []
  const report: Report = (_field: Field, start, end, message, fix?: string, _severity?: Severity) => {
    hits.push(fix === undefined ? { start, end, message } : { start, end, message, fix })
  }
  scan(text, folded, report)
  return hits
}

/** The scan's hits over the body up to `until` (the sign-off, say), offsets into the body. */
export function scanParagraphs(doc: Doc, scan: ParagraphScan, until = doc.body.length): Hit[] {
  let cache = caches.get(scan)
  if (!cache) caches.set(scan, (cache = { body: '', previous: new Map(), current: new Map() }))
  if (cache.body !== doc.body) {
    // Keep two generations only: the text checked last, and this one.
    cache.previous = cache.current
    cache.current = new Map()
    cache.body = doc.body
  }
  const out: Hit[] = []
  for (const paragraph of doc.paragraphs) {
    if (paragraph.start >= until) break
    const end = Math.min(paragraph.end, until)
    const text = doc.body.slice(paragraph.start, end)
    let hits = cache.current.get(text) ?? cache.previous.get(text)
    if (!hits) hits = collect(scan, text, doc.bodyFolded.slice(paragraph.start, end))
    cache.current.set(text, hits)
    for (const h of hits) out.push({ ...h, start: h.start + paragraph.start, end: h.end + paragraph.start })
  }
  return out
}
