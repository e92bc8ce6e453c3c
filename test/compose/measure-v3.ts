/**
 * Prints how the composer does on the v3 notes: one JSON line per figure, then every finding and every draft (with
 * `--drafts`) for a person to read. Run: `npx tsx test/compose/measure-v3.ts [--drafts] [--only id]`.
 */
import { loadSpeller } from '../../electron/main/etiquette/speller'
import { notesWithUse } from '../../shared/etiquette/contract'
import { MESSY_NOTES_V3 } from './messy-notes-v3'
import { judgeV3, type CaseVerdict } from './v3-referee'

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
  // harper.js is ESM only: a dynamic import loads it from this CommonJS script.
  const { Dialect, LocalLinter } = await import('harper.js')
  const { binary } = await import('harper.js/binary')
  const harper = new LocalLinter({ binary, dialect: Dialect.American })
  await harper.setup()
  const speller = await loadSpeller()
  const cases = MESSY_NOTES_V3.filter((c) => only === undefined || c.id === only)
  const verdicts: CaseVerdict[] = []
  for (const item of cases) verdicts.push(await judgeV3(item, speller, harper))
  const drafts = verdicts.flatMap((v) => [v.thankYou, v.checkIn])
  const overlaps = verdicts.map((v) => v.bodyOverlap)
  const callbacks = verdicts.flatMap((v) => (v.callbackOverlap === null ? [] : [v.callbackOverlap]))
  const figures: Record<string, number> = {
    contexts: cases.length,
    notes: cases.reduce((sum, c) => sum + notesWithUse(c.context.notes).length, 0),
    industries: new Set(cases.map((c) => c.industry)).size,
    drafts: drafts.length,
    checkerFindings: drafts.reduce((sum, d) => sum + d.checker.length, 0),
    harperGrammarLints: drafts.reduce((sum, d) => sum + d.harper.length, 0),
    harperSpellingLints: drafts.reduce((sum, d) => sum + d.harperSpelling.length, 0),
    rawFragments: drafts.reduce((sum, d) => sum + d.raw.length, 0),
    leaks: verdicts.reduce((sum, v) => sum + v.leaks.length, 0),
    checkInsGeneric: verdicts.filter((v) => v.checkInGeneric).length,
    checkInsReusingANote: callbacks.length,
    callbackOverlapMax: Math.max(0, ...callbacks),
    bodyOverlapMax: Math.max(0, ...overlaps),
    bodyOverlapMean: overlaps.reduce((a, b) => a + b, 0) / Math.max(1, overlaps.length),
    notesReferredTo: drafts.reduce((sum, d) => sum + d.notes.length, 0)
  }
  for (const [name, value] of Object.entries(figures))
    console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000 }))
  for (const v of verdicts) {
    for (const d of [v.thankYou, v.checkIn]) {
      const findings = [
        ...d.checker,
        ...d.harper.map((h) => `harper ${h}`),
        ...d.harperSpelling.map((h) => `harper ${h}`),
        ...d.raw
      ]
      for (const f of findings) console.log(`${v.id} / ${d.kind}: ${f}`)
    }
    if (v.checkInGeneric) console.log(`${v.id} / check-in: refers to nothing from the conversation`)
    for (const leak of v.leaks) console.log(`${v.id}: ${leak}`)
  }
  if (args.includes('--drafts'))
    for (const v of verdicts)
      for (const d of [v.thankYou, v.checkIn]) console.log(`\n=== ${v.id} / ${d.kind} ===\n${d.body}`)
}

void main()
