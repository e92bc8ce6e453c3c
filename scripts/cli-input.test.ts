/**
 * The one input helper of the command-line tools: in process for the reading and parsing, and through a real
 * child process for stdin (`-`) and the way an error ends a tool (stderr, exit code, nothing on stdout).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { searchWeekJournal } from '../test/followup/search-week'
import { runScript, scratchDir } from '../test/scripts/cli'
import {
  CliError,
  STDIN_PATH,
  errorReport,
  inputName,
  onePathArgument,
  parseJsonInput,
  parseOneOrMany,
  readInputText,
  readJsonInput
} from './cli-input'

const { dir, file, remove } = scratchDir('cli-input')
afterAll(remove)

/** What a call threw, so one expectation can check both the class and the words. */
async function thrown(run: () => unknown): Promise<CliError> {
  try {
    await run()
  } catch (error) {
    if (error instanceof CliError) return error
    throw error
  }
  throw new Error('expected a CliError')
}

describe('readInputText', () => {
  it('reads a file, and stdin for "-"', async () => {
    expect(await readInputText(file('a.txt', 'héllo'))).toBe('héllo')
    const stdin = Readable.from([Buffer.from('{"a":'), Buffer.from('1}')])
    expect(await readInputText(STDIN_PATH, { stdin })).toBe('{"a":1}')
    expect(inputName(STDIN_PATH)).toBe('stdin')
    expect(inputName('x.json')).toBe('x.json')
  })

  it('names the file and the problem: missing, a folder', async () => {
    const missing = await thrown(() => readInputText(join(dir, 'missing.json')))
    expect(missing).toMatchObject({
      kind: 'input',
      message: `cannot read ${join(dir, 'missing.json')}: no such file or folder`
    })
    const folder = join(dir, 'folder')
    mkdirSync(folder)
    expect((await thrown(() => readInputText(folder))).message).toBe(`cannot read ${folder}: it is a folder`)
  })

  it('refuses input over the cap with the caller’s words, from a file and from a pipe (without reading it all)', async () => {
    const options = { maxBytes: 4, tooLarge: (bytes: number) => `${bytes} bytes is too much` }
    expect((await thrown(() => readInputText(file('big.txt', '123456'), options))).message).toBe(
      '6 bytes is too much'
    )
    let pulled = 0
    const endless = (async function* () {
      for (;;) {
        pulled++
        yield Buffer.from('abc')
      }
    })()
    const piped = await thrown(() => readInputText(STDIN_PATH, { ...options, stdin: endless }))
    expect(piped).toMatchObject({ kind: 'input', message: '6 bytes is too much' })
    expect(pulled).toBe(2)
    expect(await readInputText(file('small.txt', '1234'), options)).toBe('1234')
  })
})

describe('parsing', () => {
  it('bad JSON and an empty input say which input and what it should have been', async () => {
    expect((await thrown(() => parseJsonInput('{nope', 'in.json', 'a journal'))).message).toMatch(
      /^in\.json is not a journal: it is not valid JSON \(.+\)$/
    )
    expect((await thrown(() => parseJsonInput(' \n', 'stdin', 'a journal'))).message).toBe(
      'stdin is not a journal: it is empty'
    )
    expect(await readJsonInput(file('ok.json', '[1,2]'), 'a list')).toEqual([1, 2])
    const bad = await thrown(() => readJsonInput(file('bad.json', '[1,'), 'a list'))
    expect(bad).toMatchObject({ kind: 'input' })
    expect(bad.message).toContain(`${join(dir, 'bad.json')} is not a list: it is not valid JSON`)
  })

  it('takes one input or an array, says which, and names the wrong fields', async () => {
    const Input = z.object({ kind: z.enum(['a', 'b']), n: z.number().default(1) })
    expect(parseOneOrMany(Input, { kind: 'a' }, 'x', 'an input')).toEqual({
      inputs: [{ kind: 'a', n: 1 }],
      many: false
    })
    expect(parseOneOrMany(Input, [{ kind: 'b', n: 2 }], 'x', 'an input')).toEqual({
      inputs: [{ kind: 'b', n: 2 }],
      many: true
    })
    const wrong = await thrown(() =>
      parseOneOrMany(Input, [{ kind: 'a' }, { kind: 'c' }], 'x.json', 'an input')
    )
    expect(wrong.kind).toBe('input')
    expect(wrong.message).toMatch(/^x\.json is not an input:\n/)
    expect(wrong.message).toContain('[1].kind')
    expect(wrong.message).not.toContain('[0]')
  })

  it('takes exactly one path argument', async () => {
    expect(onePathArgument(['-'], 'usage')).toBe('-')
    for (const argv of [[], [''], ['a', 'b']])
      expect(await thrown(() => onePathArgument(argv, 'usage: x'))).toMatchObject({
        kind: 'usage',
        message: 'usage: x'
      })
  })
})

describe('errorReport: one exit code per kind of problem', () => {
  it('usage 2, input 2 unless the tool says otherwise, failure 1, a bug 1 with its stack', () => {
    expect(errorReport(new CliError('u'))).toEqual({ exitCode: 2, message: 'u' })
    expect(errorReport(new CliError('i', 'input'))).toEqual({ exitCode: 2, message: 'i' })
    expect(errorReport(new CliError('i', 'input'), 1).exitCode).toBe(1)
    expect(errorReport(new CliError('u'), 1).exitCode).toBe(2)
    expect(errorReport(new CliError('f', 'failure'))).toEqual({ exitCode: 1, message: 'f' })
    const bug = errorReport(new TypeError('x is undefined'))
    expect(bug.exitCode).toBe(1)
    expect(bug.message).toMatch(/^TypeError: x is undefined\n\s+at /)
  })
})

describe('the tools read stdin for "-" and end the same way on bad input', () => {
  const tool = (name: string, args: string[], input: string) => runScript(name, args, { input })

  it('plan-followups gives the same plan from stdin as from the file', async () => {
    const now = new Date('2026-03-24T08:00:00Z')
    const text = JSON.stringify(searchWeekJournal(now))
    const args = ['--now', now.toISOString(), '--zone', 'Europe/Berlin']
    const fromStdin = await tool('plan-followups', ['-', ...args], text)
    expect(fromStdin.stderr).toBe('')
    expect(fromStdin.code).toBe(0)
    const fromFile = await tool('plan-followups', [file('journal.json', text), ...args], '')
    expect(fromStdin.stdout).toBe(fromFile.stdout)
    expect((JSON.parse(fromStdin.stdout) as { due: unknown[] }).due.length).toBeGreaterThan(0)
  })

  it.each([
    ['check-draft', 2, []],
    ['compose-draft', 1, []],
    ['plan-followups', 2, ['--zone', 'UTC']]
  ] as const)('%s: bad JSON on stdin is a plain message naming stdin, exit %i', async (name, code, extra) => {
    const out = await tool(name, ['-', ...extra], '{ "kind": ')
    expect(out.code).toBe(code)
    expect(out.stdout).toBe('')
    expect(out.stderr).toMatch(new RegExp(`^${name}: stdin is not .+: it is not valid JSON \\(.+\\)\\n$`))
  })
})
