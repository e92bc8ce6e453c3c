/**
 * `npm run bench`: runs every benchmark in scripts/bench/ in its own process (so one's heap and JIT state do not
 * skew another's) and passes through their output: one JSON object per line, { "name", "value", "unit" }.
 * Usage: npm run bench [-- name-filter]
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = join(__dirname, 'bench')
const filter = process.argv[2] ?? ''
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f.includes(filter))
  .sort()
let failed = 0
for (const file of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' })
  if (run.status !== 0) {
    failed++
    process.stderr.write(`bench ${file} exited with ${run.status}\n`)
  }
}
process.exit(failed ? 1 : 0)
