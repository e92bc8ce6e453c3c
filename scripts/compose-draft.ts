/**
 * `npm run -s compose-draft -- FILE.json`: composes offline drafts. FILE holds one compose input
 * ({ kind, context }) or an array of them (`-` reads stdin); stdout gets one JSON result or an array in the same
 * order, and nothing else (v2: each result has `leftOut`). A missing, unreadable or invalid file gets a message on
 * stderr and exit code 1 (2 for usage).
 */
import { ComposeInput } from '../shared/etiquette/contract'
import { compose } from '../shared/compose/index'
import { loadSpeller } from '../electron/main/etiquette/speller'
import { readOneOrMany, runCli } from './cli-input'

const USAGE = 'usage: npm run -s compose-draft -- FILE.json   (- reads stdin)'
const WHAT = 'a compose input ({ kind, context }) or an array of them'

async function main(argv: string[]): Promise<void> {
  const { inputs, many } = await readOneOrMany(argv, USAGE, ComposeInput, WHAT)
  // The same speller as the app: typos in notes are corrected, unknown words keep a note out (`unphraseable`).
  const speller = await loadSpeller()
  const results = inputs.map((input) => compose(input, { speller }))
  process.stdout.write(`${JSON.stringify(many ? results : results[0], null, 2)}\n`)
}

runCli('compose-draft', main, { inputExitCode: 1 })
