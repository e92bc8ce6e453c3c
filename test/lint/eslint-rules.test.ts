/**
 * Proves the two import rules of eslint.config.mjs with the repo's own config: production code must not import
 * test code (the test/ tree or a *.test file), and no module may be part of an import cycle. Each rule is fed a
 * bad import (it must fire) and a good one (it must stay silent).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { afterAll, describe, expect, it } from 'vitest'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const eslint = new ESLint({ cwd: root })

/** The ids of the rules that fired on `code` as if it were the file at `path` (relative to the repo). */
async function firedRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

const importsTestTree =
  "import { JournalBuilder } from '../../test/followup/test-journal'\n" +
  'export const builder = JournalBuilder\n'

describe('production code must not import test code', () => {
  it('fails a shared/ module that imports from test/', async () => {
    expect(await firedRules('shared/followup/uses-test.ts', importsTestTree)).toEqual([
      'import-x/no-restricted-paths'
    ])
  })

  it('fails an electron/ module and a renderer/ component that import from test/', async () => {
    const fromMain =
      "import { testSecrets } from '../../../test/main/handlers/testing'\nexport const s = testSecrets\n"
    expect(await firedRules('electron/main/handlers/uses-test.ts', fromMain)).toEqual([
      'import-x/no-restricted-paths'
    ])
    const fromRenderer =
      "import { fakeTime } from '../../../test/main/reminders/fake-time'\nexport const t = fakeTime\n"
    expect(await firedRules('renderer/src/components/UsesTest.tsx', fromRenderer)).toEqual([
      'import-x/no-restricted-paths'
    ])
  })

  it('fails a production module that imports a unit test file', async () => {
    const code = "import * as tests from './policy.test'\nexport const t = tests\n"
    expect(await firedRules('shared/followup/uses-a-test.ts', code)).toEqual(['import-x/no-restricted-paths'])
  })

  it('lets unit tests, e2e and scripts import test code, and production import production', async () => {
    expect(await firedRules('shared/followup/uses-test.test.ts', importsTestTree)).toEqual([])
    const fromE2e =
      "import { testSecrets } from '../test/main/handlers/testing'\nexport const s = testSecrets\n"
    expect(await firedRules('e2e/uses-test.ts', fromE2e)).toEqual([])
    const production = "import { followUpPlan } from './policy'\nexport const plan = followUpPlan\n"
    expect(await firedRules('shared/followup/uses-policy.ts', production)).toEqual([])
  })
})

describe('no import cycles', () => {
  // no-cycle follows imports through real files, so the fixtures are written to a temp folder in the repo.
  const dir = mkdtempSync(join(root, 'test/lint/cycle-fixture-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  function write(files: Record<string, string>): string[] {
    return Object.entries(files).map(([name, code]) => {
      const path = join(dir, name)
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(path, code)
      return path
    })
  }

  async function cycleReports(paths: string[]): Promise<string[]> {
    const results = await eslint.lintFiles(paths)
    return results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === 'import-x/no-cycle')
        .map(() => result.filePath.slice(dir.length + 1))
    )
  }

  it('fails both modules of a two-module cycle', async () => {
    const paths = write({
      'cycle/a.ts': "import { b } from './b'\nexport const a = (): number => b() + 1\n",
      'cycle/b.ts': "import { a } from './a'\nexport const b = (): number => (a.length > 0 ? 2 : 3)\n"
    })
    expect((await cycleReports(paths)).sort()).toEqual(['cycle/a.ts', 'cycle/b.ts'])
  })

  it('fails a longer cycle (a → b → c → a)', async () => {
    const paths = write({
      'ring/a.ts': "import { b } from './b'\nexport const a = (): number => b()\n",
      'ring/b.ts': "import { c } from './c'\nexport const b = (): number => c()\n",
      'ring/c.ts': "import { a } from './a'\nexport const c = (): number => a.length\n"
    })
    expect((await cycleReports(paths)).sort()).toEqual(['ring/a.ts', 'ring/b.ts', 'ring/c.ts'])
  })

  it('stays silent on one-way imports', async () => {
    const paths = write({
      'line/a.ts': "import { b } from './b'\nexport const a = (): number => b() + 1\n",
      'line/b.ts': "import { c } from './c'\nexport const b = (): number => c + 1\n",
      'line/c.ts': 'export const c = 1\n'
    })
    expect(await cycleReports(paths)).toEqual([])
  })

  it('does not count a type-only import (TypeScript erases it, so it cannot change load order)', async () => {
    const paths = write({
      'types/a.ts': "import type { B } from './b'\nexport const a = (value: B): number => value.n\n",
      'types/b.ts': "import { a } from './a'\nexport interface B { n: number }\nexport const b = a\n"
    })
    expect(await cycleReports(paths)).toEqual([])
  })
})
