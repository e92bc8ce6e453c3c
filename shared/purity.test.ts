/**
 * shared/ is the platform-free core (like Actual Budget's): it must run unchanged in main, the renderer, the CLIs
 * and the tests. This fails when any non-test file in shared/ imports Electron or Node built-ins, or touches the DOM.
 * (ESLint's no-restricted-imports/globals says the same while editing; this test makes CI say it too.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SHARED = __dirname
const NODE_BUILTINS =
  'assert|buffer|child_process|cluster|crypto|dgram|dns|events|fs|fs/promises|http|http2|https|net|os|path|perf_hooks|process|readline|stream|timers|tls|url|util|v8|vm|worker_threads|zlib'
const FORBIDDEN: Array<[string, RegExp]> = [
  ['imports electron', /\bfrom\s+['"]electron(\/[^'"]*)?['"]|require\(\s*['"]electron['"]\s*\)/],
  ['imports a node: module', /\bfrom\s+['"]node:[^'"]+['"]|require\(\s*['"]node:/],
  ['imports a Node built-in', new RegExp(`\\bfrom\\s+['"](${NODE_BUILTINS})['"]`)],
  ['imports dictionary-en (reads files)', /\bfrom\s+['"]dictionary-en['"]/],
  ['touches the DOM', /\b(window|document|navigator|localStorage|sessionStorage)\s*\.|\bHTMLElement\b/],
  ['uses Node globals', /\bprocess\.(env|argv|exit|cwd)|\b__dirname\b|\bBuffer\./]
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

/** Comments may mention window or process; only code counts. */
const stripComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

describe('shared/ stays pure', () => {
  const files = sourceFiles(SHARED)
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(3)
  })
  it('no file imports electron or Node, or touches the DOM', () => {
    const problems = files.flatMap((file) => {
      const code = stripComments(readFileSync(file, 'utf8'))
      return FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(
        ([what]) => `${relative(SHARED, file)} ${what}`
      )
    })
    expect(problems).toEqual([])
  })
  it('the check itself catches a forbidden import', () => {
    const sample = "import { app } from 'electron'\nimport fs from 'node:fs'\nwindow.alert(1)"
    expect(FORBIDDEN.filter(([, p]) => p.test(sample)).map(([w]) => w)).toEqual([
      'imports electron',
      'imports a node: module',
      'touches the DOM'
    ])
  })
})
