/**
 * `npm run -s llm-draft -- FILE.json`: LLM proposals from the command line, over the same main-process code as the
 * app (electron/main/llm/propose.ts). FILE (`-` for stdin) holds what compose-draft takes ({ kind, context }, one or an array),
 * with an optional `"mode": "write" | "polish"` and `"draft": { subject, body }` for a polish. The endpoint comes
 * from AFTERWORD_LLM_BASE_URL, AFTERWORD_LLM_MODEL and AFTERWORD_LLM_API_KEY.
 *
 * stdout gets one JSON result per input ({ subject, body, accepted, attempts, findings, rejected }), or an array
 * in the same order, and nothing else. When the endpoint cannot be used at all (no key, refused, 401, unknown
 * model, a server error, a broken stream) the reason goes to stderr and the exit code is 1 (2 for usage).
 */
import { z } from 'zod'
import { ComposeInput } from '../shared/etiquette/contract'
import { loadSpeller } from '../electron/main/etiquette/speller'
import { endpointProblem } from '../electron/main/llm/endpoint'
import { proposeDraft, type Proposal } from '../electron/main/llm/propose'
import { CliError, readOneOrMany, runCli } from './cli-input'

const NoteInput = z.union([
  z.string(),
  z.object({ text: z.string(), use: z.enum(['auto', 'use', 'private']).default('auto') })
])
const LlmDraftInput = ComposeInput.extend({
  context: ComposeInput.shape.context.extend({ notes: z.array(NoteInput).optional() }),
  mode: z.enum(['write', 'polish']).default('write'),
  draft: z.object({ subject: z.string().default(''), body: z.string() }).optional()
}).refine((input) => input.mode === 'write' || input.draft !== undefined, {
  message: 'a polish needs "draft": { subject, body }',
  path: ['draft']
})

const USAGE = 'usage: npm run -s llm-draft -- FILE.json   (- reads stdin)'
const WHAT = 'an input ({ kind, context, mode?, draft? }) or an array of them'

function fail(message: string): never {
  throw new CliError(message, 'failure')
}

function endpointFromEnv() {
  const baseUrl = process.env.AFTERWORD_LLM_BASE_URL ?? ''
  const model = process.env.AFTERWORD_LLM_MODEL ?? ''
  const apiKey = process.env.AFTERWORD_LLM_API_KEY ?? ''
  if (baseUrl === '') fail('set AFTERWORD_LLM_BASE_URL (e.g. http://127.0.0.1:11434/v1)')
  const problem = endpointProblem(baseUrl)
  if (problem) fail(problem)
  if (model === '') fail('set AFTERWORD_LLM_MODEL')
  if (apiKey === '')
    fail('set AFTERWORD_LLM_API_KEY (for a local server that ignores keys, any text will do)')
  const timeoutMs = Number(process.env.AFTERWORD_LLM_TIMEOUT_MS ?? '') || undefined
  return { baseUrl, model, apiKey, timeoutMs }
}

async function main(argv: string[]): Promise<void> {
  const { inputs, many } = await readOneOrMany(argv, USAGE, LlmDraftInput, WHAT)
  const config = endpointFromEnv()
  const speller = await loadSpeller()
  const results: Proposal[] = []
  for (const input of inputs) {
    const result = await proposeDraft(config, {
      mode: input.mode,
      kind: input.kind,
      context: input.context,
      draft: input.draft,
      channel: 'email',
      to: input.context.interviewer.contacts?.[0] ?? '',
      speller
    })
    if (!result.ok) fail(result.error.message)
    const { subject, body, accepted, attempts, findings, rejected } = result.proposal
    results.push({ subject, body, accepted, attempts, findings, rejected })
  }
  process.stdout.write(`${JSON.stringify(many ? results : results[0], null, 2)}\n`)
}

runCli('llm-draft', main, { inputExitCode: 1 })
