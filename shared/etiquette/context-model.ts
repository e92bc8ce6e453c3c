/**
 * What the checks need from the journal context, derived once per context object (the app passes the same
 * context while the user types, so this work stays off the keystroke path).
 */
import { notesWithUse, type CheckContext } from './contract'
import { expandedWords } from '../language/shorthand'
import { otherCompaniesOf, type OtherCompany } from './other-companies'
import { fold, stem, words } from './text/fold'
import { shortFormsOf } from './text/nicknames'

export interface PersonName {
  /** The name without a title, as written: "Jane Doe". */
  full: string
  /** Its words, as written: ["Jane", "Doe"]. */
  parts: string[]
  /** The same words folded: ["jane", "doe"]. */
  folded: string[]
}

export interface NoteKeywords {
  note: string
  stems: string[]
}

/** A note marked private: what a draft must not repeat. */
export interface PrivateNote {
  text: string
  /** Stems of its distinctive words (not shared with the usable notes, the names, the company or the role). */
  stems: Set<string>
  /** Figures ("150k", "20%") and proper nouns ("bluebird"), folded: one of them alone gives the note away. */
  telltales: Set<string>
}

export interface ContextModel {
  interviewer: PersonName
  otherPeople: PersonName[]
  /** Folded name parts of everyone in the context (set aside when comparing drafts). */
  nameParts: Set<string>
  /** Folded words from the context: never misspellings. */
  knownWords: Set<string>
  /** Folded words of the notes: jargon the user wrote, accepted unless shaped like a typo. */
  noteWords: Set<string>
  notes: NoteKeywords[]
  privateNotes: PrivateNote[]
  roleStems: string[]
  roleFolded: string
  companyFolded: string
  /** Prepared once per distinct list (see other-companies.ts), not per context. */
  otherCompanies: OtherCompany[]
}

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|madam|mme|mlle|herr|frau)\.?$/i

/**
 * Words that say nothing specific: stop words, the words every interview shares (the contract's list) and the
 * vocabulary of any thank-you ("talk", "learn", "share"), which a generic note uses as much as a personal one.
 */
const NOT_SPECIFIC = new Set(
  (
    'a an the and or but of to in on at by for with from into about as is are was were be been being it its this that these ' +
    'those i me my we our you your he she they them their his her him us who what which when where how why not no so ' +
    'very really more most some any all also just than then there here can could would should will shall may might must ' +
    'do does did done have has had get got two one three few many much other others new good great well ' +
    'team teams company companies role roles position positions interview interviews interviewing interviewed work ' +
    'working worked job jobs opportunity opportunities talk talked talking discuss discussed discussion conversation chat ' +
    'learn learned learning hear heard hearing share shared sharing meet meeting met time today day week thank thanks ' +
    'enjoy enjoyed like liked love loved way ways thing things part lot'
  ).split(' ')
)

export function isSpecificWord(foldedWord: string): boolean {
  return foldedWord.length > 1 && !NOT_SPECIFIC.has(foldedWord)
}

export function personName(name: string): PersonName {
  const parts = name.split(/\s+/).filter((w) => w && !TITLES.test(w))
  return { full: parts.join(' '), parts, folded: parts.map((p) => fold(p)) }
}

function specificStems(text: string, exclude: ReadonlySet<string> = new Set()): string[] {
  const stems = new Set<string>()
  for (const w of words(text)) {
    const base = fold(w).replace(/'s$/, '')
    // "a11y" also stands for "accessibility": a draft may spell shorthand out.
    for (const piece of [...base.split('-'), ...expandedWords(base)]) {
      if (isSpecificWord(piece) && !exclude.has(piece)) stems.add(stem(piece))
    }
  }
  return [...stems]
}

/** Words that say when or who said it: a private note and a draft may share them by chance. */
const INCIDENTAL = new Set(
  (
    'said says told tell mentioned mention asked ask think thinks thought maybe probably seems seemed last next ' +
    'quarter year years month months week weeks q1 q2 q3 q4 ago now still already bit quite pretty kind sort ' +
    'she he they someone somebody person people'
  ).split(' ')
)
/** A figure as notes and drafts write it: "$150k", "20%", "120,000". */
export const FIGURE = /[$£€]?\d[\d,.]*(?:k|m|%)?/giu
const PROPER_NOUN = /(?<=\S\s+)\p{Lu}\p{Ll}+/gu

function privateNote(text: string, usable: ReadonlySet<string>, exclude: ReadonlySet<string>): PrivateNote {
  const stems = new Set(
    specificStems(text, exclude).filter((s) => !usable.has(s) && !INCIDENTAL.has(s) && s.length >= 3)
  )
  const telltales = new Set<string>()
  for (const figure of text.match(FIGURE) ?? []) if (/\d{2}|%|k|m/i.test(figure)) telltales.add(fold(figure))
  for (const name of text.match(PROPER_NOUN) ?? []) {
    const f = fold(name)
    if (!exclude.has(f) && !INCIDENTAL.has(f) && !usable.has(stem(f))) telltales.add(f)
  }
  return { text, stems, telltales }
}

function build(ctx: CheckContext): ContextModel {
  const interviewer = personName(ctx.interviewer.name)
  const otherPeople = [...(ctx.otherInterviewers ?? []), ctx.candidate?.name ?? '']
    .filter(Boolean)
    .map(personName)
  const nameParts = new Set([interviewer, ...otherPeople].flatMap((p) => p.folded))
  const knownWords = new Set<string>()
  const contextTexts = [
    ctx.interviewer.name,
    ctx.interviewer.title ?? '',
    ctx.company,
    ctx.role,
    ctx.candidate?.name ?? '',
    ...(ctx.dictionary ?? []),
    ...(ctx.otherInterviewers ?? [])
  ]
  for (const text of contextTexts) {
    for (const w of words(text)) {
      const f = fold(w)
      knownWords.add(f)
      for (const piece of f.split(/['-]/)) knownWords.add(piece)
    }
  }
  const companyFolded = fold(ctx.company.trim())
  const otherCompanies = otherCompaniesOf(ctx.otherCompanies, companyFolded)
  for (const w of otherCompanies.words) knownWords.add(w)
  const noteWords = new Set<string>()
  for (const note of notesWithUse(ctx.notes)) for (const w of words(note.text)) noteWords.add(fold(w))
  // A greeting may use a short form, in any case ("hi sam,"): it is a name, not a misspelling.
  for (const part of nameParts) for (const short of shortFormsOf(part)) knownWords.add(short)
  const notSpecificHere = new Set([...nameParts, ...words(companyFolded), ...words(fold(ctx.role))])
  const allNotes = notesWithUse(ctx.notes)
  const usableNotes = allNotes
    .filter((n) => n.use !== 'private')
    .map(({ text }) => ({ note: text, stems: specificStems(text, notSpecificHere) }))
    .filter((n) => n.stems.length > 0)
  const usableStems = new Set(usableNotes.flatMap((n) => n.stems))
  return {
    interviewer,
    otherPeople,
    nameParts,
    knownWords,
    noteWords,
    // A note's reference to a person, the company or the role is not specific: every note names them.
    notes: usableNotes,
    privateNotes: allNotes
      .filter((n) => n.use === 'private')
      .map((n) => privateNote(n.text, usableStems, notSpecificHere)),
    roleStems: specificStems(ctx.role),
    roleFolded: fold(ctx.role.trim()),
    companyFolded,
    otherCompanies: otherCompanies.list
  }
}

const cache = new WeakMap<CheckContext, ContextModel>()

export function contextModel(ctx: CheckContext): ContextModel {
  let model = cache.get(ctx)
  if (!model) {
    model = build(ctx)
    cache.set(ctx, model)
  }
  return model
}
