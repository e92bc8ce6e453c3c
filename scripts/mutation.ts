/**
 * `npm run test:mutation [-- name ...]`: StrykerJS over the modules in scripts/mutation-modules.mjs, one module at a
 * time (each with concurrency 1: the machine is shared), printing one JSON line per module with its score. Not in
 * CI: a full run takes tens of minutes. Reports land in reports/mutation/<name>.json.
 *
 * Excluded from mutation (by `// Stryker disable` comments next to them, each saying why): user-facing message
 * wording, i.e. the text of error and finding messages. Tests pin the messages that carry a decision (the code, the
 * rule id, a file name, a number); rewording a sentence is not a defect a test should have to catch.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MUTATION_MODULES } from './mutation-modules.mjs'

const root = join(__dirname, '..')
const asked = process.argv.slice(2)
const names = asked.length ? asked : Object.keys(MUTATION_MODULES)
let failed = 0
for (const name of names) {
  const run = spawnSync('npx', ['stryker', 'run'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATE: name }
  })
  if (run.status !== 0) {
    failed++
    continue
  }
  const report = JSON.parse(readFileSync(join(root, 'reports/mutation', `${name}.json`), 'utf8')) as {
    files: Record<string, { mutants: Array<{ status: string }> }>
  }
  const mutants = Object.values(report.files).flatMap((file) => file.mutants)
  const count = (status: string) => mutants.filter((mutant) => mutant.status === status).length
  const killed = count('Killed') + count('Timeout')
  const valid = killed + count('Survived') + count('NoCoverage')
  const score = valid ? Math.round((killed / valid) * 1000) / 10 : 0
  process.stdout.write(
    `${JSON.stringify({ name: `mutation.${name}`, value: score, unit: '%', killed, survived: count('Survived'), noCoverage: count('NoCoverage') })}\n`
  )
}
process.exit(failed ? 1 : 0)
