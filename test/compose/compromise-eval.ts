import nlp from 'compromise'
import { ING_NOUNS } from '../../shared/compose/grammar'
import { CORPUS } from './corpus-v2'
import { CONTEXTS } from './test-contexts'
import { notesWithUse } from '../../shared/etiquette/contract'
const notes = [...CORPUS.map(c => c.context), ...CONTEXTS.map(c => c.context)].flatMap(c => notesWithUse(c.notes).map(n => n.text))
let agree = 0, total = 0; const dis: string[] = []
const t0 = performance.now()
for (const n of notes) {
  const doc = nlp(n)
  for (const t of doc.terms().json() as any[]) {
    const w = t.terms[0].normal as string
    if (!/^[a-z]{2,}ing$/.test(w)) continue
    total++
    const listNoun = ING_NOUNS.has(w)
    const tags: string[] = t.terms[0].tags
    const nlpNoun = !tags.includes('Gerund') && !tags.includes('Verb')
    if (listNoun === nlpNoun) agree++; else dis.push(`${w} list:${listNoun?'noun':'verb'} nlp:${nlpNoun?'noun':'verb'} in "${n}"`)
  }
}
const ms = performance.now() - t0
console.log(JSON.stringify({ notes: notes.length, ingWords: total, agree, ms_total: +ms.toFixed(1), ms_per_note: +(ms/notes.length).toFixed(3) }))
console.log(dis.join('\n'))
const t1 = performance.now()
for (const n of notes) nlp(n).terms().json()
const t2 = performance.now()
for (const n of notes) nlp(n)
const t3 = performance.now()
console.log(JSON.stringify({ warm_ms_per_note_json: +((t2 - t1) / notes.length).toFixed(3), warm_ms_per_note_parse: +((t3 - t2) / notes.length).toFixed(3) }))
const times = notes.map((n) => { const a = performance.now(); nlp(n); return performance.now() - a }).sort((a, b) => a - b)
console.log(JSON.stringify({ median_ms_per_note_parse: +times[Math.floor(times.length / 2)]!.toFixed(3), p90: +times[Math.floor(times.length * 0.9)]!.toFixed(3) }))
