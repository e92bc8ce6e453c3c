/**
 * Chooses which notes a draft mentions, the way a thoughtful person would: first what the interviewer cares about or
 * wants in a hire, something they liked or asked, advice or insight they gave, a specific piece of the work the
 * candidate connects to; logistics and bare topic stubs last. Private and sensitive notes are never candidates, and
 * a note that cannot be made into clean language is left out as `unphraseable`. Every note not used is reported
 * with its reason (`leftOut`).
 */
import {
  notesWithUse,
  type CheckContext,
  type DraftKind,
  type LeftOutNote,
  type LeftOutReason
} from '../etiquette/contract'
import { proposeUse, userMayUse } from '../note-use/classify-use'
import { cleanNote, type CleanNote } from './clean-note'
import { correctNoteSpelling, type NoteSpeller } from './note-spelling'
import { wordsOf } from './text'

export interface UsableNote {
  index: number
  note: CleanNote
  /** How strongly it deserves a mention (see noteScore). */
  score: number
}

export interface NoteChoice {
  /** Best first; the draft uses as many as fit (at most three in a thank-you, one in a check-in). */
  ranked: UsableNote[]
  /** Notes that are out whatever fits, with why. */
  excluded: Map<number, LeftOutReason>
  /** For a check-in: usable notes an earlier message already referred to, best first (for a short callback). */
  said: UsableNote[]
}

/** What a thoughtful person would mention first; each pattern adds its weight once. */
const WEIGHTS: ReadonlyArray<readonly [RegExp, number]> = [
  // What the interviewer wants in a hire or cares about.
  [
    /\b(?:wants?|wanted|looking for|needs?|hiring for|hoping for|ideal (?:candidate|hire)|values?|cares? (?:a lot )?about|big on|priorit\w+|must[- ]have|someone (?:who|to)|expects?)\b/i,
    6
  ],
  // Something they liked about the candidate, or a question of the candidate's that landed well.
  [
    /\b(?:liked|loved|impressed|enjoyed|appreciated|received .* well|resonated|interested in my|excited about my)\b/i,
    5
  ],
  // A question they asked, or advice and insight they gave.
  [
    /\b(?:asked (?:me|about|how|what|why|if|whether)|(?:she|he|they) asked|advice|advised|recommend\w*|suggest\w*|tip\b|told me|explained|walked me through|showed me|insight|shared|pointed out|learned)\b/i,
    4
  ],
  // A specific piece of the work the candidate connects to.
  [
    /\b(?:my|I|I've|I'd)\b.{0,40}\b(?:work|experience|project|built|led|background|time at|did|ran|shipped)\b|\b(?:similar to|like (?:what|the one) I|connects? to|relevant)\b/i,
    4
  ],
  // Concrete work: a challenge, a build, a migration, a rewrite, a goal.
  [
    /\b(?:challenge|pain point|problem|rewrite|rebuild|migrat\w+|launch\w*|building|scal\w+|roadmap|goal|plan(?:s|ning)?|next year|initiative|project|rollout|redesign)\b/i,
    2
  ],
  // Logistics about the process carry nothing personal.
  [
    /\b(?:next (?:round|step|steps)|hear back|decision (?:by|in)|recruiter|onsite|on-site (?:is|will)|panel (?:is|next)|final round|timeline|scheduling)\b/i,
    -4
  ]
]

/** How strongly a note deserves a mention. */
export function noteScore(text: string): number {
  let score = 0
  for (const [pattern, weight] of WEIGHTS) if (pattern.test(text)) score += weight
  // A one- or two-word stub ("culture", "Friday demos") says less than a note with a point.
  const words = wordsOf(text).length
  if (words <= 2) score -= 2
  else if (words >= 5) score += 1
  return score
}

export interface ChooseOptions {
  kind: DraftKind
  speller?: NoteSpeller
}

/** Reads every note once: excluded ones with their reason, the rest ranked best first. */
export function chooseNotes(context: CheckContext, options: ChooseOptions): NoteChoice {
  const excluded = new Map<number, LeftOutReason>()
  const scored: UsableNote[] = []
  const known = knownWords(context)
  notesWithUse(context.notes).forEach(({ text, use }, index) => {
    if (use === 'private') return void excluded.set(index, 'private')
    const proposal = proposeUse(text)
    if (proposal.sensitive && !(use === 'use' && userMayUse(proposal.category)))
      return void excluded.set(index, 'sensitive')
    const spelled = correctNoteSpelling(text, options.speller, known)
    const note = spelled === null ? null : cleanNote(spelled, { avoid: context.otherCompanies ?? [] })
    if (note === null || rawLeft(note)) return void excluded.set(index, 'unphraseable')
    const score = noteScore(text) + (use === 'use' ? 20 : 0)
    scored.push({ index, note, score })
  })
  scored.sort((a, b) => b.score - a.score || a.index - b.index)
  const ranked = options.kind === 'check-in' ? notYetSaid(scored, context) : scored
  const fresh = new Set(ranked)
  return { ranked, excluded, said: scored.filter((note) => !fresh.has(note)) }
}

/**
 * A label or a slash left in the phrase ("big pain point: GPS pings late / out of order") means no sentence was
 * made of the note; pasting it would read as a raw fragment, so the note is left out instead.
 */
function rawLeft(note: CleanNote): boolean {
  // A one-word label before a list reads fine ("KPIs: NPS, churn and expansion revenue").
  return /\S+\s+\S+:\s|\s\/\s?|\s?\/\s/.test(noteText(note))
}

/** A check-in never repeats a note an earlier message to this person already referred to. */
function notYetSaid(ranked: UsableNote[], context: CheckContext): UsableNote[] {
  const previous = (context.previousMessages ?? []).map((body) => stems(body))
  if (previous.length === 0) return ranked
  return ranked.filter(({ note }) => {
    const mine = [...stems(noteText(note))]
    if (mine.length === 0) return true
    return previous.every((said) => mine.filter((stem) => said.has(stem)).length / mine.length < 0.5)
  })
}

/** The words a reader would recognise a note by. */
export function noteText(note: CleanNote): string {
  return note.kind === 'question' ? `${note.indirect ?? note.quoted} ${note.answer ?? ''}` : note.text
}

const COMMON =
  /^(?:the|and|for|with|that|this|your|you|our|about|from|into|what|when|how|they|them|their|have|been|were|was|are|team|role|work|company|interview|position|job|opportunity|thank|thanks)$/

function stems(text: string): Set<string> {
  return new Set(
    wordsOf(text.toLowerCase())
      .filter((word) => word.length >= 4 && !COMMON.test(word))
      .map((word) => word.slice(0, 5))
  )
}

/** Names and the user's own words: never corrected, always fine to write. */
function knownWords(context: CheckContext): Set<string> {
  const fields = [
    context.company,
    context.role,
    context.interviewer.name,
    context.interviewer.title ?? '',
    context.candidate?.name ?? '',
    ...(context.otherInterviewers ?? []),
    ...(context.dictionary ?? [])
  ]
  return new Set(fields.flatMap((field) => wordsOf(field.toLowerCase())))
}

/** Every note not in the draft, with its reason: excluded ones as read, the others `not-chosen`. */
export function leftOutNotes(
  noteCount: number,
  used: ReadonlySet<number>,
  excluded: ReadonlyMap<number, LeftOutReason>
): LeftOutNote[] {
  const out: LeftOutNote[] = []
  for (let note = 0; note < noteCount; note++) {
    if (used.has(note)) continue
    out.push({ note, reason: excluded.get(note) ?? 'not-chosen' })
  }
  return out
}
