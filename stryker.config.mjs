/* global process */
// StrykerJS mutation testing of the modules that guard data and trust (`npm run test:mutation [-- module]`, not
// part of CI: it is slow). One module per run (MUTATE=<name>), each against the test files that own it, with one
// test process: the build machines have 2 cores shared by everyone. 9.6.1 is the last major that runs on Node 20.
// What is excluded, and why, is in scripts/mutation.ts.
import { MUTATION_MODULES } from './scripts/mutation-modules.mjs'

const name = process.env.MUTATE ?? ''
const module = MUTATION_MODULES[name]
if (!module) throw new Error(`MUTATE must be one of: ${Object.keys(MUTATION_MODULES).join(', ')}`)

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.mts' },
  mutate: module.mutate,
  testFiles: module.tests,
  coverageAnalysis: 'perTest',
  // Module-level constants (e.g. DAY_MS = 24 * HOUR_MS) are not re-evaluated by the vitest runner between
  // mutants, so their mutants "survive" even where dozens of tests depend on them: left out of the score.
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: `.stryker-tmp/${name}`,
  // Not copied into the sandbox: other modules' sandboxes, reports, screenshots, build output.
  ignorePatterns: ['/.stryker-tmp/', '/reports/', '/e2e/screenshots/', '/test-results/', '/release/'],
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null }
}
