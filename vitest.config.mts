import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Suites that start child processes (the SIGKILL crash test, the command-line tools). They are slow and load the
 * machine, so they form their own project, run after the in-process unit tests (groupOrder) instead of competing
 * with them for the cores. `vitest run` runs both; `--project unit` or `--project process` runs one.
 */
const processSuites = ['electron/main/store/crash.test.ts', 'scripts/*.test.ts']

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 30000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'test/**/*.test.ts'
          ],
          exclude: [...configDefaults.exclude, ...processSuites],
          sequence: { groupOrder: 0 }
        }
      },
      {
        extends: true,
        test: { name: 'process', include: processSuites, sequence: { groupOrder: 1 } }
      }
    ]
  }
})
