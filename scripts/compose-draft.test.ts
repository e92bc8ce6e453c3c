/** Runs the compose-draft CLI as a child process, the way users and scripts call it. */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSpeller } from '../electron/main/etiquette/speller'
import type { Speller } from '../shared/etiquette/index'
import { ComposedDraft } from '../shared/etiquette/contract'
import { compose } from '../shared/compose/index'
import { CONTEXTS, contextFor } from '../test/compose/test-contexts'
import { runScript, scratchDir } from '../test/scripts/cli'

const { dir, file, remove } = scratchDir('compose-draft')
afterAll(remove)
let speller: Speller
beforeAll(async () => {
  speller = await loadSpeller()
})

const run = (args: string[]) => runScript('compose-draft', args)

const inputs = CONTEXTS.slice(0, 3).flatMap(({ context }) =>
  (['thank-you', 'check-in'] as const).map((kind) => ({ kind, context: contextFor(kind, context) }))
)

describe('compose-draft CLI', () => {
  it('prints one result for one input, and only JSON on stdout', async () => {
    const input = inputs[0]!
    const { code, stdout, stderr } = await run([file('one.json', JSON.stringify(input))])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const result: unknown = JSON.parse(stdout)
    expect(ComposedDraft.parse(result)).toEqual(compose(input, { speller }))
  })

  it('prints an array in the same order for an array', async () => {
    const { code, stdout } = await run([file('many.json', JSON.stringify(inputs))])
    expect(code).toBe(0)
    const results = ComposedDraft.array().parse(JSON.parse(stdout))
    expect(results).toEqual(inputs.map((input) => compose(input, { speller })))
  })

  it('speaks v2: notes with a use in, leftOut with reasons out, typos corrected', async () => {
    const input = {
      kind: 'thank-you',
      context: {
        ...inputs[0]!.context,
        notes: [
          'wants someone to own the ETA service rewrite',
          { text: 'salary band below my ask', use: 'private' },
          'attrition is brutal',
          'he recieved my q re career ladder well'
        ]
      }
    }
    const { code, stdout } = await run([file('v2.json', JSON.stringify(input))])
    expect(code).toBe(0)
    const result = ComposedDraft.parse(JSON.parse(stdout))
    expect(result.leftOut).toEqual([
      { note: 1, reason: 'private' },
      { note: 2, reason: 'sensitive' }
    ])
    expect(result.body).toContain('own the ETA service rewrite')
    expect(result.body).toContain('my question about the career ladder')
    expect(result.body).not.toMatch(/salary|attrition|recieved/i)
  })

  it.each([
    ['a missing file', [join(dir, 'missing.json')], /cannot read/],
    ['broken JSON', [file('broken.json', '{ "kind": ')], /not valid JSON/],
    [
      'a wrong shape',
      [file('shape.json', JSON.stringify({ kind: 'thank-you', context: { now: 'x' } }))],
      /context\.company/
    ],
    ['no argument', [], /usage/]
  ])('fails clearly on %s', async (_what, args, message) => {
    const { code, stdout, stderr } = await run(args)
    expect(code).not.toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
  })
})
