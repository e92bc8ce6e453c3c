/**
 * `check.worst_case_ms`: the slowest check() over the pathological inputs of test/etiquette/pathological.ts
 * (20,000 characters of capitals, dots, spaces, brackets, URLs, one long word ...), each placed as the first line,
 * in the body, the subject and the To field. Best of 3 runs per input, then the worst input. One JSON line.
 */
import { check, type CheckInput } from '../../shared/etiquette/index'
import { input } from '../../test/etiquette/fixtures'
import { PATHOLOGICAL_LENGTH, PATHOLOGICAL_PATTERNS } from '../../test/etiquette/pathological'

function drafts(text: string): CheckInput[] {
  return [
    input({ body: `${text}\n\nThank you.\n\nBest,\nAlex Kim` }),
    input({ body: `Hi Jane,\n\n${text}\n\nBest,\nAlex Kim` }),
    input({ subject: text }),
    input({ to: text })
  ]
}

function bestOf(runs: number, draft: CheckInput): number {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    check(draft)
    best = Math.min(best, performance.now() - start)
  }
  return best
}

let worst = { ms: 0, what: '' }
for (const [name, make] of Object.entries(PATHOLOGICAL_PATTERNS)) {
  for (const [index, draft] of drafts(make(PATHOLOGICAL_LENGTH)).entries()) {
    const ms = bestOf(3, draft)
    if (ms > worst.ms) worst = { ms, what: `${name} #${index}` }
  }
}
process.stdout.write(
  `${JSON.stringify({ name: 'check.worst_case_ms', value: Math.round(worst.ms * 10) / 10, unit: 'ms', input: worst.what })}\n`
)
