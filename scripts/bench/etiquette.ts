/**
 * Etiquette checker latency, next to the prose linters the team compared (notes/etiquette-libraries.md), on the
 * same deterministic 150-, 300- and 1,000-word drafts in one run: our check() (spelling on, suggestions off),
 * write-good, alex's text() and a reused retext pipeline (english, spell, repeated-words, readability).
 * Two checker metrics (drafts built before the clock starts, so only check() is timed):
 * - `check.wN`: typing; each run edits one paragraph, the others come from the per-paragraph parse cache.
 * - `check_cold.wN`: a draft opened or pasted; every paragraph is new text, so every one is parsed again.
 * In both, word-level caches (spelling verdicts, stems) are warm, as after the first seconds in the app.
 * Prints one JSON line per metric.
 */
import { createRequire } from 'node:module'
import { loadSpeller } from '../../electron/main/etiquette/speller'
import { context as sampleContext } from '../../test/etiquette/fixtures'
import { check, type CheckInput, type Speller } from '../../shared/etiquette/index'

type Metric = { name: string; value: number; unit: string }
const emit = (m: Metric): void => void process.stdout.write(`${JSON.stringify(m)}\n`)

/** Deterministic PRNG (mulberry32), so every run benches the same text. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SENTENCES = [
  'Thank you for taking the time to talk with me about the Backend Engineer role at Acme Payments.',
  'I enjoyed hearing how the team is migrating the billing service to event sourcing, and why the on-call rotation is shared by two teams.',
  'Your point about keeping the ledger consistent during the migration stayed with me after our conversation.',
  'At my current company I led a similar project that moved our invoicing system to an append-only log, which cut reconciliation time in half.',
  'I beleive that experience would help the team avoid a few of the problems we ran into with replaying old events.',
  'Ms. Alvarez mentioned that the platform group is also looking at Kafka for the payments pipeline, which I found interesting.',
  'I would welcome the chance to contribute to that work and to learn from engineers like you and Dr. Lee.',
  'I also appreciated your honest answer about the challenges of the recieved payments backlog last quarter.',
  'If it would help, I can share the design document I wrote for our own migration at https://alexkim.dev/notes/event-sourcing.',
  'I remain very interested in joining Acme Payments and am happy to answer any other questions you may have.',
  'The way your team writes postmortems and runbooks together is something I would love to be part of.',
  'Our conversation about testing the consumers with recorded traffic gave me a few ideas I would like to explore further.'
]

function draftText(words: number, seed: number): string {
  const next = random(seed)
  const paragraphs: string[] = []
  let count = 0
  let paragraph: string[] = []
  while (count < words) {
    const sentence = SENTENCES[Math.floor(next() * SENTENCES.length)] as string
    paragraph.push(sentence)
    count += sentence.split(/\s+/).length
    if (paragraph.length >= 3) {
      paragraphs.push(paragraph.join(' '))
      paragraph = []
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '))
  return `Hi Jane,\n\n${paragraphs.join('\n\n')}\n\nBest regards,\nAlex Kim\n+1 555 014 2290`
}

/** One context for the whole run, as in the app, where it changes only when the journal does. */
const context: CheckInput['context'] = sampleContext({
  otherDrafts: [draftText(150, 99).replace('Hi Jane', 'Hi Raj')]
})

function input(body: string): CheckInput {
  return {
    draft: {
      kind: 'thank-you',
      channel: 'email',
      to: 'jane.doe@acme.example',
      subject: 'Thank you for today',
      body
    },
    context
  }
}

function stats(samples: number[]): { median: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
  return { median: at(0.5), p99: at(0.99) }
}

async function time(
  name: string,
  runs: number,
  warmup: number,
  fn: (i: number) => unknown | Promise<unknown>
): Promise<void> {
  for (let i = 0; i < warmup; i++) await fn(i)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn(warmup + i)
    samples.push(performance.now() - t0)
  }
  report(name, samples)
}

function report(name: string, samples: number[]): void {
  const { median, p99 } = stats(samples)
  emit({ name: `${name}.median_ms`, value: Number(median.toFixed(4)), unit: 'ms' })
  emit({ name: `${name}.p99_ms`, value: Number(p99.toFixed(4)), unit: 'ms' })
}

/** Times check() alone (synchronous, no await in the loop) on inputs prepared beforehand. */
function timeCheck(name: string, inputs: readonly CheckInput[], warmup: number, speller: Speller): void {
  for (let i = 0; i < warmup; i++) check(inputs[i] as CheckInput, { speller })
  const samples: number[] = []
  for (let i = warmup; i < inputs.length; i++) {
    const t0 = performance.now()
    check(inputs[i] as CheckInput, { speller })
    samples.push(performance.now() - t0)
  }
  report(name, samples)
}

/**
 * The same draft with the last typed paragraph, or every paragraph, made new: a run number appended to it, so
 * the text stays the same length (padding with spaces would grow a 300-word draft several-fold).
 */
function edited(text: string, i: number, everyParagraph: boolean): string {
  const parts = text.split('\n\n')
  if (everyParagraph) return parts.map((p) => `${p} ${i}`).join('\n\n')
  const last = parts.length - 2 // the last prose paragraph, before the sign-off
  parts[last] = `${parts[last]} ${i}`
  return parts.join('\n\n')
}

type WriteGood = (text: string) => unknown[]
interface VFileLike {
  messages: unknown[]
}
interface Processor {
  process(text: string): Promise<VFileLike>
}

async function retextPipeline(): Promise<Processor> {
  const [{ retext }, english, spell, repeated, readability, dictionary] = await Promise.all([
    import('retext'),
    import('retext-english'),
    import('retext-spell'),
    import('retext-repeated-words'),
    import('retext-readability'),
    import('dictionary-en')
  ])
  return retext()
    .use(english.default)
    .use(spell.default, { dictionary: dictionary.default, max: 0 })
    .use(repeated.default)
    .use(readability.default, { age: 16 }) as unknown as Processor
}

async function main(): Promise<void> {
  const t0 = performance.now()
  const speller: Speller = await loadSpeller()
  emit({ name: 'speller.load_ms', value: Number((performance.now() - t0).toFixed(1)), unit: 'ms' })

  const writeGood = createRequire(__filename)('write-good') as WriteGood
  const { text: alex } = await import('alex')
  const retext = await retextPipeline()

  // Settle first: loading the dictionary leaves garbage that the first major collections clear over the next few
  // hundred milliseconds; in the app that happens at start, long before anyone types, so keep it out of the metrics.
  const settle = draftText(300, 7)
  const settleUntil = performance.now() + 400
  for (let i = 0; performance.now() < settleUntil; i++)
    check(input(edited(settle, 200_000 + i, true)), { speller })

  for (const words of [150, 300, 1000]) {
    const text = draftText(words, words)
    const runs = words === 1000 ? 300 : 500
    // Distinct run numbers, so no cold draft meets a paragraph the typing runs left in the cache.
    const drafts = (every: boolean): CheckInput[] =>
      Array.from({ length: runs + 100 }, (_, i) => input(edited(text, every ? 100_000 + i : i, every)))
    timeCheck(`check.w${words}`, drafts(false), 100, speller)
    timeCheck(`check_cold.w${words}`, drafts(true), 100, speller)
    await time(`writegood.w${words}`, 100, 20, () => writeGood(text))
    await time(`alex.w${words}`, words === 1000 ? 40 : 60, 10, () => alex(text))
    await time(`retext.w${words}`, words === 1000 ? 40 : 60, 10, () => retext.process(text))
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
