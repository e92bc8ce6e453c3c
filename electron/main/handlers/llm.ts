/**
 * Handlers for the optional LLM: its settings, the API key (encrypted by secrets.ts, never sent to the renderer,
 * bound to the origin of the base URL it was entered for), a connection test, what a request would send, and
 * proposals: "Write with AI" and "Polish" stream text (`llm:delta`), are validated here in main, and are saved only
 * when the user accepts one (a revision from `llm`, which Undo takes back).
 */
import type { Draft, Settings } from '../../../shared/model/journal'
import { AppError, type ErrorCode } from '../../../shared/ipc/result'
import { recordById } from '../../../shared/model/draft-context'
import { testConnection, type LlmConfig } from '../llm/client'
import { endpointProblem, originOf } from '../llm/endpoint'
import { displayUrl } from '../llm/errors'
import { buildMessages } from '../llm/prompt'
import { proposeDraft } from '../llm/propose'
import { SecretsError } from '../secrets'
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'
import { commitChange } from '../queries/changes'
import { contextFor, withRevision } from './drafts'

type LlmHandlers = Pick<
  Handlers,
  | 'llm:configure'
  | 'llm:setKey'
  | 'llm:clearKey'
  | 'llm:test'
  | 'llm:preview'
  | 'llm:propose'
  | 'llm:accept'
  | 'llm:undo'
  | 'llm:cancel'
>

async function guardSecrets<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (error instanceof SecretsError) throw new AppError('secrets', error.message)
    throw error
  }
}

export function createLlmHandlers(deps: HandlerDeps): LlmHandlers {
  const running = new Map<string, AbortController>()
  const llmSettings = () => deps.store.get().settings.llm

  async function saveLlmSettings(patch: Partial<Settings['llm']>): Promise<Settings['llm']> {
    const settings = deps.store.get().settings
    const journal = await commitChange(
      deps,
      [{ type: 'settings', settings: { ...settings, llm: { ...settings.llm, ...patch } } }],
      'llm:settings'
    )
    return journal.settings.llm
  }

  async function config(): Promise<LlmConfig> {
    const llm = llmSettings()
    if (!llm.enabled)
      throw new AppError('llm-disabled', 'The LLM is switched off. Switch it on in Settings first.')
    if (!llm.baseUrl || !llm.model)
      throw new AppError('llm-disabled', 'Give the LLM’s base URL and model in Settings.')
    const apiKey = await guardSecrets(() => deps.secrets.getApiKey())
    if (!apiKey) throw new AppError('llm-auth', 'No API key is stored. Add one in Settings.')
    return { baseUrl: llm.baseUrl, model: llm.model, apiKey, ...deps.llm }
  }

  function openDraft(draftId: string): Draft {
    const draft = recordById(deps.store.get().drafts, draftId)
    if (!draft) throw new AppError('not-found', `No draft with id ${draftId}.`)
    if (draft.state === 'sent') throw new AppError('conflict', 'This draft was already sent.')
    return draft
  }

  function promptFor(draft: Draft, mode: 'write' | 'polish') {
    const context = contextFor(deps, draft)
    return { mode, kind: draft.kind, context, draft: { subject: draft.subject, body: draft.body } }
  }

  async function saveText(draft: Draft, text: { subject: string; body: string }, reason: string) {
    // The text being replaced goes into the history first, so Undo always has it to return to.
    const before = { ...draft, history: withRevision(draft, 'user') }
    const next: Draft = { ...before, ...text, updatedAt: deps.now().toISOString() }
    const source = reason === 'llm:accept' ? 'llm' : 'user'
    const journal = await commitChange(
      deps,
      [{ type: 'put', collection: 'drafts', record: { ...next, history: withRevision(next, source) } }],
      reason
    )
    const saved = recordById(journal.drafts, draft.id)
    if (!saved) throw new AppError('internal', 'The draft was not saved.')
    return saved
  }

  return {
    'llm:configure': async (request) => {
      if (request.baseUrl !== '') {
        const problem = endpointProblem(request.baseUrl)
        if (problem) throw new AppError('invalid-request', problem)
      }
      const current = llmSettings()
      // The key belongs to the server it was entered for: a new origin must not receive it.
      const moved = originOf(request.baseUrl) !== originOf(current.baseUrl)
      if (moved && current.hasApiKey) await guardSecrets(() => deps.secrets.clearApiKey())
      return saveLlmSettings({
        ...request,
        ...(moved ? { hasApiKey: false, approvedOrigin: '' } : {})
      })
    },

    'llm:setKey': async ({ key }) => {
      await guardSecrets(() => deps.secrets.setApiKey(key))
      return saveLlmSettings({ hasApiKey: true })
    },

    'llm:clearKey': async () => {
      await deps.secrets.clearApiKey()
      return saveLlmSettings({ hasApiKey: false })
    },

    'llm:test': async () => {
      const result = await testConnection(await config())
      if (!result.ok) throw new AppError(asErrorCode(result.error.code), result.error.message)
      return { model: result.model, models: result.models }
    },

    'llm:preview': ({ draftId, mode }) => {
      const llm = llmSettings()
      const messages = buildMessages(promptFor(openDraft(draftId), mode))
      return {
        endpoint: llm.baseUrl ? displayUrl(llm.baseUrl) : '',
        model: llm.model,
        approved: llm.approvedOrigin !== '' && llm.approvedOrigin === originOf(llm.baseUrl),
        messages
      }
    },

    'llm:propose': async ({ draftId, mode, requestId, approve }) => {
      const draft = openDraft(draftId)
      // Registered before the first await: a cancel that arrives while the key is being read must still count.
      const controller = new AbortController()
      running.get(requestId)?.abort()
      running.set(requestId, controller)
      try {
        const llmConfig = await config()
        const origin = originOf(llmConfig.baseUrl) ?? ''
        if (approve) await saveLlmSettings({ approvedOrigin: origin })
        else if (llmSettings().approvedOrigin !== origin)
          throw new AppError('not-allowed', 'Look at “What will be sent” and agree before the first request.')
        const { settings } = deps.store.get()
        const result = await proposeDraft(
          llmConfig,
          {
            ...promptFor(draft, mode),
            channel: draft.channel,
            to: draft.to,
            disabledRules: settings.disabledRules,
            speller: deps.speller.current() ?? undefined
          },
          {
            signal: controller.signal,
            onDelta: (text, attempt) => deps.emit('llm:delta', { requestId, text, attempt })
          }
        )
        if (!result.ok) throw new AppError(result.error.code, result.error.message)
        return { proposal: result.proposal }
      } finally {
        if (running.get(requestId) === controller) running.delete(requestId)
      }
    },

    'llm:accept': ({ draftId, subject, body }) =>
      saveText(openDraft(draftId), { subject, body }, 'llm:accept'),

    'llm:undo': ({ draftId }) => {
      const draft = openDraft(draftId)
      const last = draft.history.at(-1)
      const before = draft.history.at(-2)
      if (last?.source !== 'llm' || last.body !== draft.body || last.subject !== draft.subject || !before)
        throw new AppError('conflict', 'There is no accepted AI text to undo: the draft changed since.')
      return saveText(draft, { subject: before.subject, body: before.body }, 'llm:undo')
    },

    'llm:cancel': ({ requestId }) => {
      const controller = running.get(requestId)
      controller?.abort()
      return { cancelled: controller !== undefined }
    }
  }
}

const LLM_CODES: readonly ErrorCode[] = ['llm-unavailable', 'llm-auth', 'llm-aborted', 'llm-bad-response']
function asErrorCode(code: string): ErrorCode {
  return (LLM_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'llm-unavailable'
}
