/**
 * `npm run -s compose-draft -- FILE.json`: composes offline drafts. FILE holds one compose input
 * ({ kind, context }) or an array of them; stdout gets one JSON result or an array in the same order, and
 * nothing else (v2: each result has `leftOut`). A missing, unreadable or invalid file gets a message on stderr and exit code 1 (2 for usage).
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { ComposeInput } from '../shared/etiquette/contract'
import { compose } from '../shared/compose/index'
import { loadSpeller } from '../electron/main/etiquette/speller'

function fail(message: string, code = 1): never {
  process.stderr.write(`compose-draft: ${message}\n`)
  process.exit(code)
}

async function main(argv: readonly string[]): Promise<void> {
  const file = argv[0]
  if (file === undefined || argv.length > 1) fail('usage: npm run -s compose-draft -- FILE.json', 2)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    fail(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  // Parse as the shape the file has, so the messages name the real fields ("0.context.role"), not "invalid union".
  const parsed = Array.isArray(json) ? z.array(ComposeInput).safeParse(json) : ComposeInput.safeParse(json)
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n')
    fail(`${file} is not a compose input ({ kind, context }) or an array of them:\n${issues}`)
  }
  // The same speller as the app: typos in notes are corrected, unknown words keep a note out (`unphraseable`).
  const speller = await loadSpeller()
  const output = Array.isArray(parsed.data)
    ? parsed.data.map((input) => compose(input, { speller }))
    : compose(parsed.data, { speller })
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
}

void main(process.argv.slice(2))
