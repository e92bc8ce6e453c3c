/**
 * Personalisation: the note must refer to the conversation (personal.missing), must not be the same text as the
 * notes to the other interviewers (personal.duplicate), and must greet the interviewer by name (personal.generic).
 */
import { finding, whole } from '../rules'
import { fold, stem, words } from '../text/fold'
import { isSpecificWord } from '../context-model'
import type { Doc } from '../doc'
import type { Check } from './types'

/** Stems of a note and of the draft meet when equal or when one is a long prefix of the other. */
function stemMatches(noteStem: string, bodyStems: ReadonlySet<string>): boolean {
  if (bodyStems.has(noteStem)) return true
  if (noteStem.length < 5) return false
  for (const s of bodyStems) {
    if (s.length >= 5 && (s.startsWith(noteStem) || noteStem.startsWith(s))) return true
  }
  return false
}

const stemCache = new Map<string, string>()

/** Stem of a folded word, memoised: a draft re-uses the same few hundred words on every keystroke. */
function cachedStem(word: string): string {
  let s = stemCache.get(word)
  if (s === undefined) {
    if (stemCache.size > 20000) stemCache.clear()
    stemCache.set(word, (s = stem(word)))
  }
  return s
}

function bodyStems(doc: Doc): Set<string> {
  const stems = new Set<string>()
  for (const w of words(doc.bodyFolded)) {
    const base = w.endsWith("'s") ? w.slice(0, -2) : w
    for (const piece of base.includes('-') ? base.split('-') : [base]) {
      if (isSpecificWord(piece)) stems.add(cachedStem(piece))
    }
  }
  return stems
}

export const personalMissing: Check = {
  id: 'personal.missing',
  run(doc, out) {
    const { notes, roleStems, roleFolded } = doc.model
    const followUp = doc.draft.kind === 'follow-up'
    if (!followUp && notes.length === 0) return // nothing to compare with: cannot know
    const stems = bodyStems(doc)
    if (notes.some((n) => n.stems.some((s) => stemMatches(s, stems)))) return
    if (followUp) {
      const namesRole =
        (roleFolded !== '' && doc.bodyFolded.includes(roleFolded)) ||
        (roleStems.length > 0 && roleStems.every((s) => stemMatches(s, stems)))
      if (namesRole) return
    }
    const first = doc.model.interviewer.parts[0] ?? 'the interviewer'
    const example = notes[0] ? ` such as “${notes[0].note}”` : ''
    const what = followUp
      ? `the ${doc.ctx.role} role or something you discussed${example}`
      : `something specific you discussed${example}`
    out.push(
      whole(
        'personal.missing',
        `Nothing in the note refers to your conversation with ${first}, so it reads like a template; mention ${what}.`
      )
    )
  }
}

const SHINGLE = 3
const DUPLICATE_THRESHOLD = 0.5
const MIN_WORDS = 12
const shingleCache = new Map<string, Set<string>>()

/** Word 3-shingles of a note, with the greeting line and every known name set aside. */
function shingles(text: string, names: ReadonlySet<string>): Set<string> {
  const lines = text.trim().split('\n')
  const firstLine = lines[0] ?? ''
  const body = words(firstLine).length <= 5 ? lines.slice(1).join('\n') : text
  const ws = words(fold(body)).filter((w) => !names.has(w))
  const out = new Set<string>()
  if (ws.length < MIN_WORDS) return out
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.add(ws.slice(i, i + SHINGLE).join(' '))
  return out
}

function cachedShingles(text: string, names: ReadonlySet<string>): Set<string> {
  const key = `${[...names].join(' ')}\u0000${text}`
  let hit = shingleCache.get(key)
  if (!hit) {
    if (shingleCache.size > 200) shingleCache.clear()
    hit = shingles(text, names)
    shingleCache.set(key, hit)
  }
  return hit
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const s of a) if (b.has(s)) shared++
  return shared / (a.size + b.size - shared)
}

/** Who another draft greets, to name it in the message ("your note to Raj"). */
function addressee(doc: Doc, other: string): string {
  const firstLine = fold(other.trim().split('\n')[0] ?? '')
  const person = doc.model.otherPeople.find((p) => p.folded[0] && words(firstLine).includes(p.folded[0]))
  return person?.parts[0] ? `your note to ${person.parts[0]}` : 'another of your notes'
}

export const personalDuplicate: Check = {
  id: 'personal.duplicate',
  run(doc, out) {
    const others = doc.ctx.otherDrafts ?? []
    if (others.length === 0) return
    const names = doc.model.nameParts
    const mine = shingles(doc.body, names)
    let best = 0
    let bestText = ''
    for (const other of others) {
      const score = similarity(mine, cachedShingles(other, names))
      if (score > best) [best, bestText] = [score, other]
    }
    if (best < DUPLICATE_THRESHOLD) return
    out.push(
      whole(
        'personal.duplicate',
        `This note is nearly the same as ${addressee(doc, bestText)} (${Math.round(best * 100)}% of its phrasing once names are set aside); give each interviewer a note of their own about what you discussed with them.`
      )
    )
  }
}

const GENERIC_GREETING =
  /^(\s*)(to whom it may concern|dear\s+sir(?:\s*(?:or|\/)\s*madam)?|dear\s+madam|dear\s+hiring\s+(?:manager|team|committee)|dear\s+(?:recruiter|interviewer|recruiting\s+team|team)|(?:hi|hello|hey)\s+(?:there|all|everyone|team|folks)|greetings)(?![\p{L}])/iu

export const personalGeneric: Check = {
  id: 'personal.generic',
  run(doc, out) {
    const first = doc.model.interviewer.parts[0]
    const line = doc.firstLine
    if (!first || !line) return
    const m = GENERIC_GREETING.exec(line.text)
    if (!m) return
    const lead = (m[1] ?? '').length
    const phrase = m[2] ?? ''
    const start = line.start + lead
    const salutation = /^(?:hi|hello|hey)\b/i.test(phrase) ? 'Hi' : 'Dear'
    out.push(
      finding(
        'personal.generic',
        'body',
        start,
        start + phrase.length,
        `“${phrase}” is impersonal when you know who you met; greet ${doc.model.interviewer.full} by name.`,
        `${salutation} ${first}`
      )
    )
  }
}
