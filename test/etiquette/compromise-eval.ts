/**
 * Should the checker use `compromise` (English NLP) where it reads phrasing: negation for interest.missing, and verb
 * forms for the reference match of personal.missing? Measures both on labelled sentences, and its cost on a
 * 300-word draft. Run: `npx tsx test/etiquette/compromise-eval.ts` (prints one JSON line per figure).
 */
import nlp from 'compromise'
import { INTEREST, NEGATED_BEFORE } from '../../shared/etiquette/checks/interest'
import { stem } from '../../shared/etiquette/text/fold'

/** Sentences and whether they reaffirm interest (true) or not (false). */
const INTEREST_CASES: Array<[string, boolean]> = [
  ['I am even more excited about the role now.', true],
  ['I came away keener than ever on the role.', true],
  ['I would love to be part of the platform team.', true],
  ['I am no longer interested in the position.', false],
  ['I am not excited about the commute, but the role is great.', false],
  ["I'm not sure I'd be a good fit for the on-call load.", false],
  ["I can't wait to hear more about the roadmap.", true],
  ['I am still very interested in joining Acme.', true],
  ['Unfortunately I am not interested in moving forward.', false],
  ['I never thought I would be this excited about payments.', true],
  ['I remain keen to contribute to the team.', true],
  ['I am hardly excited about the travel requirement.', false],
  ["I don't think I have ever been more eager to join a team.", true],
  ['The role is exactly the kind of work I want to do.', true],
  ['I was not enthusiastic at first, but now I am eager to join.', true]
]

function handList(sentence: string): boolean {
  const text = sentence.toLowerCase()
  INTEREST.lastIndex = 0
  for (let m = INTEREST.exec(text); m; m = INTEREST.exec(text)) {
    if (!NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true
  }
  return false
}

function withCompromise(sentence: string): boolean {
  const text = sentence.toLowerCase()
  INTEREST.lastIndex = 0
  if (!INTEREST.test(text)) return false
  // Each clause on its own: "not enthusiastic at first, but now I am eager" has one negative, one positive clause.
  const clauses = nlp(sentence).clauses()
  return clauses.some((clause) => {
    INTEREST.lastIndex = 0
    return INTEREST.test(clause.text().toLowerCase()) && !clause.has('#Negative')
  }).found
}

/** Note words and draft paraphrases: the same idea in another form (true) or not (false). */
const REFERENCE_CASES: Array<[string, string, boolean]> = [
  ['migrating billing to event sourcing', 'the migration of the billing service', true],
  ['she ran the Lisbon offsite', 'how you run the offsite in Lisbon', true],
  ['they rebuilt the ETL jobs', 'the rebuilding of your data jobs', true],
  ['hiring two more nurses', 'the nurses you hope to hire', true],
  ['went over the quarterly forecast', 'the forecasting process', true],
  ['children ran the science fair', 'the child-led fair', true],
  ['analyzed churn', 'the analysis of customer churn', true],
  ['wrote the grant', 'writing proposals', false],
  ['the team meets weekly', 'meeting you', false]
]

function stemsMatch(note: string, draft: string): boolean {
  const a = new Set(
    note
      .toLowerCase()
      .match(/\p{L}{4,}/gu)
      ?.map(stem)
  )
  return (draft.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => {
    const s = stem(w)
    return [...a].some(
      (n) => n === s || (n.length >= 5 && s.length >= 5 && (n.startsWith(s) || s.startsWith(n)))
    )
  })
}

function lemmas(text: string): Set<string> {
  const doc = nlp(text)
  doc.compute('root')
  const roots = (doc.json() as Array<{ terms: Array<{ root?: string; normal: string; tags: string[] }> }>)
    .flatMap((s) => s.terms)
    .filter((t) => t.normal.length >= 4 && !t.tags.includes('Determiner'))
    .map((t) => t.root ?? t.normal)
  return new Set(roots)
}

function compromiseMatch(note: string, draft: string): boolean {
  const a = lemmas(note)
  return [...lemmas(draft)].some((w) => a.has(w))
}

function score<T extends unknown[]>(cases: Array<[...T, boolean]>, f: (...args: T) => boolean): number {
  return cases.filter((c) => f(...(c.slice(0, -1) as T)) === c[c.length - 1]).length
}

function median(run: () => void, times = 200): number {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const t = performance.now()
    run()
    samples.push(performance.now() - t)
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)] ?? 0
}

const draft = Array.from({ length: 20 }, (_, i) =>
  i % 2
    ? 'I am excited about the role and would love to help with the migration.'
    : 'We talked about event sourcing, the on-call rotation and how the team reviews code.'
).join(' ')

const out = [
  {
    figure: 'interest.negation.hand-list',
    correct: score(INTEREST_CASES, handList),
    of: INTEREST_CASES.length
  },
  {
    figure: 'interest.negation.compromise',
    correct: score(INTEREST_CASES, withCompromise),
    of: INTEREST_CASES.length
  },
  { figure: 'reference.stems', correct: score(REFERENCE_CASES, stemsMatch), of: REFERENCE_CASES.length },
  {
    figure: 'reference.compromise-roots',
    correct: score(REFERENCE_CASES, compromiseMatch),
    of: REFERENCE_CASES.length
  },
  { figure: 'cost.hand-list.300w.ms', median: median(() => handList(draft)) },
  { figure: 'cost.compromise-parse.300w.ms', median: median(() => nlp(draft)) },
  { figure: 'cost.compromise-clauses-negation.300w.ms', median: median(() => withCompromise(draft)) }
]
for (const line of out) process.stdout.write(`${JSON.stringify(line)}\n`)
