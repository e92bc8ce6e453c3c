/**
 * The journal's other companies, prepared for company.mismatch once per distinct list rather than once per draft
 * context. A heavy journal names thousands of companies and the app builds a fresh context for every draft, so
 * preparing them per context (and compiling a Unicode-aware regex per company, ~1.5 ms each in V8 counting its
 * tier-up) made the first check of a draft take seconds. Here a list is prepared once (looked up by the array,
 * then by its content, since contexts are rebuilt with equal arrays) and each company's regex is compiled only when
 * a draft actually contains its name, then kept for every later list that names the same company.
 */
import { escapeRegExp, fold, words } from './text/fold'

export interface OtherCompany {
  /** As the journal writes it, trimmed. */
  name: string
  /** Its first folded word: a cheap substring test on the folded text. */
  needle: string
  /** Its folded words joined by one space: present in the text with white space collapsed, or no match. */
  phrase: string
  /** The exact test (word boundaries, any white space between words), compiled on first use. */
  pattern: () => RegExp
}

/** How many lists and patterns were prepared so far: lets tests prove reuse without timing. */
export const otherCompanyStats = { listsPrepared: 0, patternsCompiled: 0 }

/** Compiled patterns by folded company name, shared by every list; bounded so a long session cannot grow it. */
const PATTERN_LIMIT = 10_000
const patterns = new Map<string, RegExp>()

function companyPattern(folded: string): RegExp {
  let pattern = patterns.get(folded)
  if (!pattern) {
    const body = folded.trim().split(/\s+/).map(escapeRegExp).join('\\s+')
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu')
    otherCompanyStats.patternsCompiled++
    if (patterns.size >= PATTERN_LIMIT) patterns.clear()
    patterns.set(folded, pattern)
  }
  return pattern
}

export interface OtherCompanies {
  list: OtherCompany[]
  /** Folded words of every name in the list and their pieces ("coca-cola": "coca", "cola"): never misspellings. */
  words: string[]
}

interface NameEntry {
  folded: string
  company: OtherCompany
  words: string[]
}

/** Each company name prepared once, whichever lists it appears in (a list leaves out the draft's own company). */
const NAME_LIMIT = 20_000
const byName = new Map<string, NameEntry>()

function nameEntry(raw: string): NameEntry {
  let entry = byName.get(raw)
  if (entry) return entry
  const name = raw.trim()
  const folded = fold(name)
  const known = new Set<string>()
  for (const w of words(raw)) {
    const f = fold(w)
    known.add(f)
    for (const piece of f.split(/['-]/)) known.add(piece)
  }
  const company: OtherCompany = {
    name,
    needle: folded.split(/\s+/)[0] ?? '',
    phrase: folded.trim().split(/\s+/).join(' '),
    pattern: () => companyPattern(folded)
  }
  entry = { folded, company, words: [...known] }
  if (byName.size >= NAME_LIMIT) byName.clear()
  byName.set(raw, entry)
  return entry
}

function prepare(names: readonly string[], ownFolded: string): OtherCompanies {
  otherCompanyStats.listsPrepared++
  const list: OtherCompany[] = []
  const known = new Set<string>()
  for (const raw of names) {
    const entry = nameEntry(raw)
    for (const w of entry.words) known.add(w)
    if (entry.company.name && entry.folded !== ownFolded) list.push(entry.company)
  }
  return { list, words: [...known] }
}

interface Prepared {
  ownFolded: string
  companies: OtherCompanies
}

/** The last few lists by content: one per application the user moves between is enough. */
const RECENT_LIMIT = 8
const byArray = new WeakMap<readonly string[], Prepared>()
const byContent = new Map<string, OtherCompanies>()
const NONE: OtherCompanies = { list: [], words: [] }

/** The other companies of a context, minus the draft's own company (folded), prepared once per distinct list. */
export function otherCompaniesOf(names: readonly string[] | undefined, ownFolded: string): OtherCompanies {
  if (!names || names.length === 0) return NONE
  const same = byArray.get(names)
  if (same && same.ownFolded === ownFolded) return same.companies
  // Company names never contain these control characters, so the key cannot confuse two lists.
  const key = `${ownFolded}\u0000${names.join('\u0001')}`
  let companies = byContent.get(key)
  if (companies)
    byContent.delete(key) // re-inserted below as the most recent
  else companies = prepare(names, ownFolded)
  byContent.set(key, companies)
  if (byContent.size > RECENT_LIMIT) byContent.delete(byContent.keys().next().value as string)
  byArray.set(names, { ownFolded, companies })
  return companies
}
