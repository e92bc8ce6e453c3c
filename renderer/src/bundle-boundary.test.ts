/**
 * The offline composer (and its speller) runs in main and the CLIs only, and the schemas (zod) are checked in main.
 * This walks every import the renderer's sources reach, transitively (type-only imports are erased by the build, so
 * they are not followed), and fails if one leads into shared/compose or loads nspell, compromise or zod, which would
 * pull the composer's phrasing tables or the schema library into the window's bundle.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '..', '..')
const FORBIDDEN_DIR = join(root, 'shared', 'compose')
const FORBIDDEN_PACKAGES = /^(?:nspell|compromise|harper\.js|dictionary-en|zod)(?:\/|$)/

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)(?!\s+type\b)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
    )
  ].map((m) => m[1] ?? m[2] ?? '')
}

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec)
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  return null
}

/** Every forbidden import reachable from the renderer, as "importer -> imported". */
function forbiddenReach(entries: readonly string[]): string[] {
  const seen = new Set<string>()
  const found: string[] = []
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    for (const spec of importsOf(file)) {
      if (FORBIDDEN_PACKAGES.test(spec)) found.push(`${relative(root, file)} -> ${spec}`)
      if (!spec.startsWith('.')) continue
      const target = resolveLocal(file, spec)
      if (target === null) continue
      if (target.startsWith(FORBIDDEN_DIR)) found.push(`${relative(root, file)} -> ${relative(root, target)}`)
      queue.push(target)
    }
  }
  return found
}

describe('the renderer bundle', () => {
  it('never reaches the composer or its language libraries', () => {
    expect(forbiddenReach(sources(join(root, 'renderer', 'src')))).toEqual([])
  })

  it('would notice such an import (the walk follows relative imports into shared/)', () => {
    const probe = join(root, 'shared', 'compose', 'index.ts')
    expect(forbiddenReach([probe]).length).toBeGreaterThan(0)
    // The journal's schemas are zod: a value import of them would bring zod into the bundle.
    expect(forbiddenReach([join(root, 'shared', 'model', 'journal.ts')])).toContain(
      'shared/model/journal.ts -> zod'
    )
  })
})
