/** Runs the CLI as a child process, the way `npm run -s check-draft -- FILE.json` does. */
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SAMPLES as samples } from '../test/etiquette/samples'
import { runScript, scratchDir } from '../test/scripts/cli'

const { dir, file, remove } = scratchDir('check-draft')
afterAll(remove)
const cli = (path: string) => runScript('check-draft', [path])

describe('check-draft CLI', () => {
  it('prints one array of findings for one input, spelling included', async () => {
    const typo = samples.find((s) => s.id === 'typo')
    const out = await cli(file('one.json', JSON.stringify(typo?.input)))
    expect(out.code).toBe(0)
    const findings = JSON.parse(out.stdout) as Array<{ rule: string }>
    expect(findings.map((f) => f.rule)).toEqual(['spelling'])
  })
  it('reads the v1 names: kind "follow-up" is a check-in, followUpsSent counts check-ins', async () => {
    const context = {
      now: '2026-03-20T10:00:00Z',
      company: 'Acme',
      role: 'Backend Engineer',
      interviewer: { name: 'Jane Doe' },
      lastContactAt: '2026-03-01T10:00:00Z',
      replyReceived: false
    }
    const body =
      'Hi Jane,\n\nThank you again for the Backend Engineer conversation.\n\nBest regards,\nAlex Kim'
    const input = (kind: string, sent: Record<string, number>) => ({
      draft: { kind, channel: 'email', to: '', subject: 'Checking in', body },
      context: { ...context, ...sent }
    })
    const out = await cli(
      file(
        'legacy.json',
        JSON.stringify([
          input('follow-up', { followUpsSent: 2 }),
          input('check-in', { checkInsSent: 2 }),
          input('check-in', { checkInsSent: 1 })
        ])
      )
    )
    expect(out.code).toBe(0)
    const [legacy, current, fewer] = JSON.parse(out.stdout) as Array<Array<{ rule: string }>>
    expect(legacy?.map((f) => f.rule)).toContain('overfollow')
    expect(legacy).toEqual(current)
    expect(fewer?.map((f) => f.rule)).not.toContain('overfollow')
  })
  it('prints an array of arrays, in order, for an array of inputs', async () => {
    const out = await cli(file('many.json', JSON.stringify(samples.map((s) => s.input))))
    expect(out.code).toBe(0)
    const results = JSON.parse(out.stdout) as Array<Array<{ rule: string }>>
    expect(results).toHaveLength(samples.length)
    results.forEach((findings, i) => {
      for (const rule of samples[i]?.expect ?? []) expect(findings.map((f) => f.rule)).toContain(rule)
    })
  })
  it('fails with a message on stderr and nothing on stdout for a missing file, bad JSON or a wrong shape', async () => {
    for (const [path, hint] of [
      [join(dir, 'missing.json'), 'no such file'],
      [file('bad.json', '{nope'), 'not valid JSON'],
      [file('shape.json', '{"draft": {"kind": "letter"}}'), 'draft.kind']
    ]) {
      const out = await cli(path as string)
      expect(out.code).not.toBe(0)
      expect(out.stdout).toBe('')
      expect(out.stderr).toContain(hint)
    }
  })
})
