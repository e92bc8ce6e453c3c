/**
 * Handlers for the optional LLM: its settings, the API key (encrypted by secrets.ts, never sent to the renderer),
 * a connection test, and polishing a saved draft with streamed text (`llm:delta` events). When the LLM fails the
 * draft stays exactly as it was and the user gets the reason in plain words.
 */
import type { Draft, Settings } from '../../../shared/model/journal'
import { AppError, type ErrorCode } from '../../../shared/ipc/result'
import { recordById } from '../../../shared/model/draft-context'
import { polishDraft, testConnection, type LlmConfig } from '../llm/client'
import { SecretsError } from '../secrets'
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'
import { commitChange } from '../queries/changes'
import { contextFor, withRevision } from './drafts'

type LlmHandlers = Pick<
  Handlers,
  'llm:configure' | 'llm:setKey' | 'llm:clearKey' | 'llm:test' | 'llm:polish' | 'llm:cancel'
>

export function createLlmHandlers(deps: HandlerDeps): LlmHandlers {
  const running = new Map<string, AbortController>()

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
    const { llm } = deps.store.get().settings
    if (!llm.enabled)
      throw new AppError('llm-disabled', 'The LLM is switched off. Switch it on in Settings first.')
    if (!llm.baseUrl || !llm.model)
      throw new AppError('llm-disabled', 'Give the LLM’s base URL and model in Settings.')
    const apiKey = await readKey()
    if (!apiKey) throw new AppError('llm-auth', 'No API key is stored. Add one in Settings.')
    return { baseUrl: llm.baseUrl, model: llm.model, apiKey, ...deps.llm }
  }

  async function readKey(): Promise<string | null> {
    try {
      return await deps.secrets.getApiKey()
    } catch (error) {
      if (error instanceof SecretsError) throw new AppError('secrets', error.message)
      throw error
    }
  }

  return {
    'llm:configure': (request) => saveLlmSettings(request),

    'llm:setKey': async ({ key }) => {
      try {
        await deps.secrets.setApiKey(key)
      } catch (error) {
        if (error instanceof SecretsError) throw new AppError('secrets', error.message)
        throw error
      }
      return saveLlmSettings({ hasApiKey: true })
    },

    'llm:clearKey': async () => {
      await deps.secrets.clearApiKey()
      return saveLlmSettings({ hasApiKey: false })
    },

    'llm:test': async () => {
      const result = await testConnection(await config())
      if (!result.ok) throw new AppError(asErrorCode(result.error.code), result.error.message)
      return { model: result.model }
    },

    'llm:polish': async ({ draftId, requestId }) => {
      const draft = recordById(deps.store.get().drafts, draftId)
      if (!draft) throw new AppError('not-found', `No draft with id ${draftId}.`)
      if (draft.state === 'sent') throw new AppError('conflict', 'This draft was already sent.')
      // Registered before the first await: a cancel that arrives while the key is being read must still count.
      const controller = new AbortController()
      running.get(requestId)?.abort()
      running.set(requestId, controller)
      try {
        const llmConfig = await config()
        const context = contextFor(deps, draft)
        const result = await polishDraft(
          llmConfig,
          { kind: draft.kind, context, draft: { subject: draft.subject, body: draft.body } },
          (text) => deps.emit('llm:delta', { requestId, text }),
          controller.signal
        )
        if (!result.ok) throw new AppError(result.error.code, result.error.message)
        // The user may have edited while the text streamed: polish what was sent, but never overwrite newer edits.
        // Compared by content, not by updatedAt alone: two saves can share a clock tick (or the clock can step back).
        const latest = recordById(deps.store.get().drafts, draftId)
        if (!latest || !sameDraft(latest, draft)) {
          throw new AppError(
            'conflict',
            'The draft changed while the LLM was writing; your version was kept.'
          )
        }
        const polished = { ...latest, body: result.body, updatedAt: deps.now().toISOString() }
        const journal = await commitChange(
          deps,
          [
            {
              type: 'put',
              collection: 'drafts',
              record: { ...polished, history: withRevision(polished, 'llm') }
            }
          ],
          'llm:polish'
        )
        const saved = recordById(journal.drafts, draftId)
        if (!saved) throw new AppError('internal', 'The draft was not saved.')
        return { draft: saved }
      } finally {
        if (running.get(requestId) === controller) running.delete(requestId)
      }
    },

    'llm:cancel': ({ requestId }) => {
      const controller = running.get(requestId)
      controller?.abort()
      return { cancelled: controller !== undefined }
    }
  }
}

/** Whether a draft is still the version the polish started from (what the user sees and what was sent). */
function sameDraft(a: Draft, b: Draft): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.state === b.state &&
    a.subject === b.subject &&
    a.body === b.body &&
    a.to === b.to &&
    a.channel === b.channel
  )
}

const LLM_CODES: readonly ErrorCode[] = ['llm-unavailable', 'llm-auth', 'llm-aborted', 'llm-bad-response']
function asErrorCode(code: string): ErrorCode {
  return (LLM_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'llm-unavailable'
}
