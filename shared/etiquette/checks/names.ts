/**
 * name.mismatch: the greeting names someone else, or misspells the interviewer's name (accent-insensitive, so
 * "Jose" greets José). "Dear Dr. Doe", "Ms. Doe", the full name and common short forms ("Alex" for Alexandra,
 * "Bob" for Robert) are right. company.mismatch: another company of the journal appears (a copy-paste slip).
 */
import type { PersonName } from '../context-model'
import { overlaps, type Doc, type Line, type Range } from '../doc'
import type { Field, Report } from '../rules/define'
import { editDistance, fold } from '../text/fold'
import { isNickname } from '../text/nicknames'

const SALUTATION =
  /^\s*(?:hi|hello|hey|hiya|howdy|yo|dear|greetings|(?:good\s+)?(?:morning|afternoon|evening)|good\s+day)\b[\s,]*(?:again\b[\s,]*)?/iu
/** One to three capitalised words separated by white space, then a comma: linear time (see NAME_LINE in doc.ts). */
const BARE_NAME_LINE =
  /^\s*[\p{Lu}][\p{L}\p{M}.'\u2019-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'\u2019-]*){0,2}\s*[,:!]\s*$/u
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|mme|mlle|herr|frau)\.?$/i
const PARTICLE = /^(?:de|da|di|du|del|della|van|von|der|den|la|le|bin|al|el|dos|das)$/i
const NOT_A_NAME =
  /^(?:team|there|all|everyone|everybody|hiring|folks|sir|sirs|madam|recruiter|recruiters|recruiting|recruitment|talent|selection|search|interview|interviewer|interviewers|panel|committee|manager|hr|human|people|admissions|friends|again|and)$/i
const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}.'\u2019-]*/gu

interface NameGroup {
  words: string[]
  start: number
  end: number
}

interface Greeting {
  titled: boolean
  groups: NameGroup[]
  /** A bare "Name," line: only trusted when it resembles someone we know. */
  bare: boolean
}

function parseGreeting(line: Line): Greeting | undefined {
  const sal = SALUTATION.exec(line.text)
  const bare = !sal && BARE_NAME_LINE.test(line.text)
  if (!sal && !bare) return undefined
  const from = sal ? sal[0].length : 0
  const rest = line.text.slice(from).split(/[,!:;?]/)[0] ?? ''
  const groups: NameGroup[] = []
  let titled = false
  let current: NameGroup | undefined
  NAME_WORD.lastIndex = 0
  for (let m = NAME_WORD.exec(rest); m; m = NAME_WORD.exec(rest)) {
    const word = m[0]
    const start = line.start + from + m.index
    if (groups.length === 0 && !current && TITLE.test(word)) {
      titled = true
      continue
    }
    if (/^(?:and|&)$/i.test(word)) {
      current = undefined
      continue
    }
    const capital = word.charAt(0) !== word.charAt(0).toLowerCase()
    if (!capital && !PARTICLE.test(word)) break
    if (!current && NOT_A_NAME.test(word)) break
    const clean = word.replace(/\.+$/, '')
    if (!current) groups.push((current = { words: [], start, end: start }))
    current.words.push(clean)
    current.end = start + clean.length
    if (word.endsWith('.') && clean.length > 1) break // "Hi Jane. Thank you..." ends the name
  }
  return { titled, groups: groups.filter((g) => g.words.length > 0), bare }
}

function wordMatches(greeted: string, part: string, isFirst: boolean): boolean {
  if (greeted === part) return true
  if (greeted.length === 1) return part.startsWith(greeted) // an initial
  if (!isFirst) return false
  // "Bob" for Robert, and "Robert" for someone the journal knows as Bob: both are their name.
  return (
    (greeted.length >= 3 && part.length >= greeted.length + 2 && part.startsWith(greeted)) ||
    isNickname(greeted, part) ||
    isNickname(part, greeted)
  )
}

/** Every greeted word is a word of the person's name (or the first name's short form). */
function greets(group: NameGroup, person: PersonName): boolean {
  return group.words.every((w) => {
    const f = fold(w)
    return person.folded.some((part, i) => wordMatches(f, part, i === 0))
  })
}

function closeTo(a: string, b: string): boolean {
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 3))
}

function reportGreeting(doc: Doc, greeting: Greeting, report: Report): void {
  const group = greeting.groups[0]
  const me = doc.model.interviewer
  if (!group || me.parts.length === 0) return
  const written = group.words.join(' ')
  const first = me.parts[0] as string
  const last = me.parts[me.parts.length - 1] as string
  const other = doc.model.otherPeople.find((p) => greets(group, p))
  const candidates = greeting.titled ? [last] : group.words.length > 1 ? [me.full] : [first, last]
  const closest = candidates.find((c) => closeTo(fold(written), fold(c)))
  let message: string
  let fix: string
  if (other && other.folded.join(' ') !== me.folded.join(' ')) {
    fix = candidates[0] as string
    message = `The greeting is addressed to ${written}, but this note goes to ${me.full}.`
  } else if (closest) {
    fix = closest
    message = `“${written}” looks like a misspelling of ${me.full}'s name; getting a name wrong undoes a personal note.`
  } else {
    if (greeting.bare) return
    fix = candidates[0] as string
    message = `The greeting names ${written}, but this note goes to ${me.full}.`
  }
  report('body', group.start, group.end, message, fix)
}

/** name.mismatch: reports a greeting that names someone else or misspells the interviewer's name. */
export function checkGreetedName(doc: Doc, report: Report): void {
  const line = doc.firstLine
  if (!line) return
  const greeting = parseGreeting(line)
  if (!greeting || greeting.groups.length === 0) return
  if (greeting.groups.some((g) => greets(g, doc.model.interviewer))) return
  reportGreeting(doc, greeting, report)
}

function ownCompanyRanges(folded: string, company: string): Range[] {
  const ranges: Range[] = []
  if (!company) return ranges
  for (let i = folded.indexOf(company); i >= 0; i = folded.indexOf(company, i + 1)) {
    ranges.push({ start: i, end: i + company.length })
  }
  return ranges
}

function scanCompanies(
  doc: Doc,
  text: string,
  folded: string,
  field: Field,
  skip: Range[],
  report: Report
): void {
  const own = ownCompanyRanges(folded, doc.model.companyFolded)
  // Cheap tests first: most companies are absent, and their regex is then never compiled.
  let collapsed: string | undefined
  for (const company of doc.model.otherCompanies) {
    if (!folded.includes(company.needle)) continue
    collapsed ??= folded.replace(/\s+/g, ' ')
    if (!collapsed.includes(company.phrase)) continue
    const pattern = company.pattern()
    pattern.lastIndex = 0
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      const start = m.index
      const end = start + m[0].length
      const head = text.charAt(start)
      // "square" or "meta" in lower case is a word, not the company Square or Meta.
      if (head !== head.toUpperCase() || overlaps(own, start, end) || overlaps(skip, start, end)) continue
      const message = `${text.slice(start, end)} is another company you applied to, but this note goes to ${doc.ctx.company}: likely a copy-paste slip.`
      report(field, start, end, message, doc.ctx.company)
    }
  }
}

/** company.mismatch: reports other companies of the journal named in the subject or the body. */
export function checkCompanies(doc: Doc, report: Report): void {
  if (doc.model.otherCompanies.length === 0) return
  if (doc.subject) scanCompanies(doc, doc.subject, fold(doc.subject), 'subject', [], report)
  scanCompanies(doc, doc.body, doc.bodyFolded, 'body', doc.links, report)
}
