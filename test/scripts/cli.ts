/**
 * What the tests of the command-line tools in scripts/ share: running a tool as a child process the way
 * `npm run -s <tool> -- …` does, and a scratch folder for the input files they read.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const repoRoot = resolve(__dirname, '../..')

export interface ScriptRun {
  /** The exit code (0 when it succeeded). */
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  /** Added to this process's environment. */
  env?: Record<string, string>
  /** Written to the tool's stdin (which is closed either way). */
  input?: string
}

/**
 * Runs `scripts/<tool>.ts` with `args`. Asynchronous, so a server in the test's own process (the mock LLM) keeps
 * answering while the tool waits for it.
 */
export function runScript(
  tool: string,
  args: readonly string[],
  options: RunOptions = {}
): Promise<ScriptRun> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'scripts', `${tool}.ts`), ...args],
      { cwd: repoRoot, env: { ...process.env, ...options.env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        done({ code, stdout, stderr })
      }
    )
    child.stdin?.end(options.input ?? '')
  })
}

export interface ScratchDir {
  dir: string
  /** Writes `content` (JSON-encoded unless it is a string) to `name` in the folder and returns its path. */
  file(name: string, content: unknown): string
  remove(): void
}

export function scratchDir(prefix: string): ScratchDir {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`))
  return {
    dir,
    file(name, content) {
      const path = join(dir, name)
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
      return path
    },
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}
