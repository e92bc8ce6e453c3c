import { defineConfig } from '@playwright/test'

// The e2e tests start the app themselves through e2e/harness.ts (Electron where its binary exists, else Chromium
// with the built renderer); run `npm run build` first. One worker: CI has 2 cores and each test owns a browser.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report feeds the "N passed, N failed" line of `npm test` (scripts/sum-results.cjs).
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'retain-on-failure' }
})
