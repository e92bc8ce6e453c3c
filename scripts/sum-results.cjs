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

const unit = read('reports/unit.json')
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + unit.numTodoTests
  if (Number(unitStatus) !== 0 && unit.numFailedTests === 0) {
    failed += 1
    problems.push('vitest (a suite failed to run)')
  } else if (unit.numFailedTests > 0) problems.push('vitest')
} else {
  failed += 1
  problems.push('vitest (no report)')
}

const e2e = read('reports/e2e.json')
if (e2e) {
  const s = e2e.stats
  passed += s.expected + (s.flaky ?? 0)
  failed += s.unexpected
  skipped += s.skipped
  if (Number(e2eStatus) !== 0 && s.unexpected === 0) {
    failed += 1
    problems.push('playwright (the run failed)')
  } else if (s.unexpected > 0) problems.push('playwright')
} else {
  failed += 1
  problems.push('playwright (no report)')
}

console.log()
if (problems.length) console.log(`Failed: ${problems.join(', ')}`)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
