/**
 * `npm run -s check-draft -- FILE.json`: checks one draft (a CheckInput object) or an array of them and prints
 * the findings as JSON on stdout: one array, or an array of arrays in the input order. Spelling is on (the
 * dictionary loads once). FILE may be `-` for stdin. A missing file, bad JSON or a wrong shape gives a message on
 * stderr and exit code 2.
 */
import { loadSpeller } from '../electron/main/etiquette/speller'
import { CheckInput } from '../shared/etiquette/contract'
import { check } from '../shared/etiquette/index'
import { readOneOrMany, runCli } from './cli-input'

const USAGE =
  'usage: npm run -s check-draft -- FILE.json   (FILE holds one check input object or an array of them; - reads stdin)'
const WHAT = 'a check input or an array of them (see docs/etiquette-rules.md)'

async function main(argv: string[]): Promise<void> {
  const { inputs, many } = await readOneOrMany(argv, USAGE, CheckInput, WHAT)
  const speller = await loadSpeller()
  const results = inputs.map((input) => check(input, { speller }))
  process.stdout.write(`${JSON.stringify(many ? results : results[0])}\n`)
}

runCli('check-draft', main)
