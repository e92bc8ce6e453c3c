/**
 * Evaluation of `compromise` (NLP tagger) against the composer's hand-kept -ing word list (ING_NOUNS in
 * shared/compose/grammar.ts), on every note of the composer corpora. Prints one JSON line per figure and the
 * disagreements for a person to judge. Run: `npx tsx test/compose/compromise-eval.ts`.
 */
import nlp from 'compromise'
import { ING_NOUNS } from '../../shared/compose/grammar'
import { notesWithUse } from '../../shared/etiquette/contract'
import { CORPUS } from './corpus-v2'
import { CONTEXTS } from './test-contexts'

interface Term {
  normal: string
  tags: string[]
}

const notes = [...CORPUS.map((c) => c.context), ...CONTEXTS.map((c) => c.context)].flatMap((c) =>
  notesWithUse(c.notes).map((n) => n.text)
)

function terms(text: string): Term[] {
  const json = nlp(text).json() as Array<{ terms: Term[] }>
  return json.flatMap((sentence) => sentence.terms)
}

let agree = 0
let total = 0
const disagreements: string[] = []
for (const note of notes) {
  for (const term of terms(note)) {
    if (!/^[a-z]{2,}ing$/.test(term.normal)) continue
    total++
    const listNoun = ING_NOUNS.has(term.normal)
    const nlpNoun = !term.tags.includes('Gerund') && !term.tags.includes('Verb')
    if (listNoun === nlpNoun) agree++
    else
      disagreements.push(
        `${term.normal}: list ${listNoun ? 'noun' : 'verb'}, compromise ${nlpNoun ? 'noun' : 'verb'} in “${note}”`
      )
  }
}
const times = notes
  .map((note) => {
    const start = performance.now()
    nlp(note).json()
    return performance.now() - start
  })
  .sort((a, b) => a - b)
const at = (q: number): number => Number((times[Math.floor(times.length * q)] ?? 0).toFixed(3))
console.log(
  JSON.stringify({
    figure: 'compromise -ing agreement with ING_NOUNS',
    notes: notes.length,
    ingWords: total,
    agree
  })
)
console.log(JSON.stringify({ figure: 'compromise parse ms per note', median: at(0.5), p90: at(0.9) }))
for (const line of disagreements) console.log(line)
