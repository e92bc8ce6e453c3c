/**
 * Offline composer latency: compose every realistic context of the composer's tests as a thank-you and a
 * follow-up, many times, and print the median and p99 of one compose (and of one compose with the drafts of two
 * colleagues in `otherDrafts`, which makes it try other wordings), plus the first call in a fresh process.
 */
import { performance } from 'node:perf_hooks'
import { compose } from '../../shared/compose'
import { CONTEXTS, contextFor } from '../../test/compose/test-contexts'
import type { ComposeInput } from '../../shared/etiquette/contract'
import { CORPUS } from '../../test/compose/corpus-v2'
import { loadSpeller } from '../../electron/main/etiquette/speller'

const emit = (name: string, value: number, unit = 'ms') =>
  process.stdout.write(`${JSON.stringify({ name, value: Number(value.toFixed(4)), unit })}\n`)

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

const inputs: ComposeInput[] = CONTEXTS.flatMap(({ context }) =>
  (['thank-you', 'check-in'] as const).map((kind) => ({ kind, context: contextFor(kind, context) }))
)

const first = performance.now()
compose(inputs[0] as ComposeInput)
emit('compose.first_call_ms', performance.now() - first)

type Options = Parameters<typeof compose>[1]

function time(
  label: string,
  make: (input: ComposeInput) => ComposeInput,
  set: readonly ComposeInput[] = inputs,
  options: Options = {}
): void {
  const samples: number[] = []
  for (let round = 0; round < 60; round++) {
    for (const input of set) {
      const prepared = make(input)
      const start = performance.now()
      compose(prepared, options)
      if (round >= 10) samples.push(performance.now() - start)
    }
  }
  samples.sort((a, b) => a - b)
  emit(`${label}.median_ms`, percentile(samples, 50))
  emit(`${label}.p99_ms`, percentile(samples, 99))
}

time('compose', (input) => input)
time('compose.with_other_drafts', (input) => {
  const other = compose({ ...input, context: { ...input.context, interviewer: { name: 'Raj Patel' } } })
  const third = compose({ ...input, context: { ...input.context, interviewer: { name: 'Mei Chen' } } })
  return { ...input, context: { ...input.context, otherDrafts: [other.body, third.body] } }
})

// The v2 corpus: messy notes with sensitive ones and shorthand, with and without the speller that corrects typos.
const corpusInputs: ComposeInput[] = CORPUS.flatMap(({ context }) =>
  (['thank-you', 'check-in'] as const).map((kind) => ({ kind, context: contextFor(kind, context) }))
)
time('compose.v2_corpus', (input) => input, corpusInputs)
loadSpeller().then(
  (speller) => time('compose.v2_corpus_with_speller', (input) => input, corpusInputs, { speller }),
  (error: unknown) => process.stderr.write(`compose bench: no speller (${String(error)})\n`)
)
