// Sums the checks and the vitest and Playwright JSON reports into one line, "N passed, N failed", and exits
// non-zero when anything failed, including a runner that crashed before writing its report.
const { existsSync, readFileSync } = require('node:fs')

const [checksPassed, checksFailed, unitStatus, e2eStatus, failedSteps] = process.argv.slice(2)
let passed = Number(checksPassed)
let failed = Number(checksFailed)
let skipped = 0
const problems = failedSteps ? failedSteps.split(' ').filter(Boolean) : []

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

/**
 * Adds one runner's report. A runner that exited non-zero with no failed test (a suite that could not load, a
 * crash) counts as one failure, as does a missing report.
 */
function addReport(name, report, exitStatus, counts) {
  if (!report) {
    failed += 1
    problems.push(`${name} (no report)`)
    return
  }
  passed += counts.passed
  failed += counts.failed
  skipped += counts.skipped
  if (Number(exitStatus) !== 0 && counts.failed === 0) {
    failed += 1
    problems.push(`${name} (the run failed)`)
  } else if (counts.failed > 0) problems.push(name)
}

const unit = read('reports/unit.json')
addReport('vitest', unit, unitStatus, {
  passed: unit?.numPassedTests,
  failed: unit?.numFailedTests,
  skipped: (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0)
})
const e2e = read('reports/e2e.json')?.stats
addReport('playwright', e2e, e2eStatus, {
  passed: (e2e?.expected ?? 0) + (e2e?.flaky ?? 0),
  failed: e2e?.unexpected,
  skipped: e2e?.skipped
})

console.log()
if (problems.length) console.log(`Failed: ${problems.join(', ')}`)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
