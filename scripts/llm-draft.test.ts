/**
 * Runs the llm-draft CLI as a child process against the scripted OpenAI-compatible server on 127.0.0.1. The child
 * is started asynchronously: the server lives in this process and must keep answering while the child waits.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startMockOpenAi, type MockBehavior, type MockOpenAi } from '../e2e/support/mock-openai'
import { BAD_ANSWERS, CONTEXT, GOOD, SUBJECT } from '../test/llm/scripted-answers'
import { runScript, scratchDir, type ScriptRun } from '../test/scripts/cli'

const { file, remove } = scratchDir('llm-draft')
let server: MockOpenAi

beforeAll(async () => {
  server = await startMockOpenAi()
})
afterAll(async () => {
  await server.stop()
  remove()
})
beforeEach(() => server.setScript([]))

let runs = 0
function run(input: unknown, env: Record<string, string> = {}): Promise<ScriptRun> {
  const path = file(`in-${++runs}.json`, input)
  return runScript('llm-draft', [path], {
    env: {
      AFTERWORD_LLM_BASE_URL: server.baseUrl,
      AFTERWORD_LLM_MODEL: 'scripted',
      AFTERWORD_LLM_API_KEY: 'test-key-1234',
      AFTERWORD_LLM_TIMEOUT_MS: '1000',
      ...env
    }
  })
}

const input = { kind: 'thank-you', context: CONTEXT }

describe('llm-draft CLI', () => {
  it('one run over the script: the good answer accepted, each bad one rejected with its reason', async () => {
    const script: MockBehavior[] = [{ kind: 'reply', text: GOOD }]
    // Each bad answer is given twice: the first answer and the answer to the repair request.
    for (const bad of BAD_ANSWERS)
      script.push({ kind: 'reply', text: bad.text }, { kind: 'reply', text: bad.text })
    server.setScript(script)
    const { code, stdout, stderr } = await run(Array(1 + BAD_ANSWERS.length).fill(input))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const results = JSON.parse(stdout) as Array<{
      subject: string
      body: string
      accepted: boolean
      attempts: number
      findings: unknown[]
      rejected: Array<{ reason: string; detail: string }>
    }>
    expect(results[0]).toMatchObject({ subject: SUBJECT, accepted: true, attempts: 1, rejected: [] })
    expect(Object.keys(results[0] ?? {}).sort()).toEqual(
      ['accepted', 'attempts', 'body', 'findings', 'rejected', 'subject'].sort()
    )
    BAD_ANSWERS.forEach((bad, i) => {
      const result = results[i + 1]
      expect(result, bad.name).toMatchObject({ accepted: false, attempts: 2 })
      expect(
        result?.rejected.map((r) => r.reason),
        bad.name
      ).toContain(bad.reason)
    })
  }, 60_000)

  it('polish mode keeps what the draft says', async () => {
    const draft = { subject: 'Thanks', body: GOOD.split('\n\n').slice(1).join('\n\n') }
    server.setBehavior({ kind: 'reply', text: GOOD })
    const { code, stdout } = await run({ ...input, mode: 'polish', draft })
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ accepted: true })
    expect(JSON.stringify(server.chatBodies().at(-1))).toContain('Draft to polish')
  }, 30_000)

  it.each([
    ['HTTP 401', { AFTERWORD_LLM_BASE_URL: '' }, { kind: 'status', status: 401 }, /API key/],
    ['HTTP 404 (unknown model)', {}, { kind: 'status', status: 404 }, /no model “scripted”/],
    ['HTTP 429', {}, { kind: 'status', status: 429, retryAfterMs: 1 }, /HTTP 429/],
    ['HTTP 500', {}, { kind: 'status', status: 500, retryAfterMs: 1 }, /HTTP 500/],
    ['a stall', {}, { kind: 'hang' }, /stopped answering/],
    [
      'a dropped connection',
      {},
      { kind: 'drop-mid-stream', chunks: ['Hi ', 'Jane'], afterChunks: 1 },
      /broke off/
    ]
  ] satisfies Array<[string, Record<string, string>, MockBehavior, RegExp]>)(
    '%s: a plain message on stderr, exit 1, nothing on stdout',
    async (_name, env, behavior, message) => {
      server.setBehavior(behavior)
      const { code, stdout, stderr } = await run(input, { ...env, AFTERWORD_LLM_BASE_URL: server.baseUrl })
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toMatch(message)
      expect(stderr).not.toContain('test-key-1234')
    },
    30_000
  )

  it('no key, a refused connection, plain http to another host: exit 1 with the reason', async () => {
    expect(await run(input, { AFTERWORD_LLM_API_KEY: '' })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/AFTERWORD_LLM_API_KEY/) as string
    })
    expect(await run(input, { AFTERWORD_LLM_BASE_URL: 'http://127.0.0.1:9/v1' })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/Could not reach/) as string
    })
    expect(await run(input, { AFTERWORD_LLM_BASE_URL: 'http://llm.example.com/v1' })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/only allowed for a server on this computer/) as string
    })
  }, 30_000)
})
