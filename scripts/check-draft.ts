/**
 * `npm run -s check-draft -- FILE.json`: checks one draft (a CheckInput object) or an array of them and prints
 * the findings as JSON on stdout: one array, or an array of arrays in the input order. Spelling is on (the
 * dictionary loads once). A missing file, bad JSON or a wrong shape gives a message on stderr and exit code 2.
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { loadSpeller } from '../electron/main/etiquette/speller'
import { CheckInput } from '../shared/etiquette/contract'
import { check } from '../shared/etiquette/index'

const USAGE =
  'usage: npm run -s check-draft -- FILE.json   (FILE holds one check input object or an array of them)'

class UsageError extends Error {}

async function readInputs(file: string): Promise<{ inputs: CheckInput[]; many: boolean }> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : String(error)}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const many = Array.isArray(data)
  const parsed = (many ? z.array(CheckInput) : CheckInput).safeParse(data)
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 8)
      .map((i) => `  - ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
      .join('\n')
    throw new UsageError(`${file} does not match the check input shape (see etiquette-rules.md):\n${issues}`)
  }
  return { inputs: Array.isArray(parsed.data) ? parsed.data : [parsed.data], many }
}

async function main(): Promise<void> {
  const file = process.argv[2]
  if (!file || process.argv.length > 3) throw new UsageError(USAGE)
  const { inputs, many } = await readInputs(file)
  const speller = await loadSpeller()
  const results = inputs.map((input) => check(input, { speller }))
  process.stdout.write(`${JSON.stringify(many ? results : results[0])}\n`)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`check-draft: ${error.message}\n`)
    process.exitCode = 2
    return
  }
  process.stderr.write(
    `check-draft: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  process.exitCode = 1
})
