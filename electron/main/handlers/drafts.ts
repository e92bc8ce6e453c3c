/**
 * Handlers for drafts: compose one with the offline composer, save what the user typed, check it against the
 * etiquette rules as they type, suggest spellings on demand, and mark it sent (which logs the contact).
 */
import { compose } from '../../../shared/compose'
import { check, RULES, suggestSpelling } from '../../../shared/etiquette'
import type { CheckContext } from '../../../shared/etiquette/contract'
import { DraftContextError, recordById, type DraftTarget } from '../../../shared/model/draft-context'
import type { Draft } from '../../../shared/model/journal'
import { AppError } from '../../../shared/ipc/result'
import type { Handlers } from '../ipc/router'
import type { HandlerDeps } from './deps'
import { commitChange } from '../queries/changes'
import { viewsOf } from '../queries/views'

type DraftHandlers = Pick<
  Handlers,
  'drafts:compose' | 'drafts:save' | 'drafts:check' | 'drafts:suggest' | 'drafts:markSent' | 'rules:list'
>

/** A user's own saves are kept in the history at most this often, so typing does not flood it. */
const USER_REVISION_EVERY_MS = 10 * 60 * 1000
const HISTORY_LIMIT = 50

/** The draft's context, built from its application's records and cached per draft until an op touches it. */
export function contextFor(deps: HandlerDeps, target: DraftTarget): CheckContext {
  try {
    return viewsOf(deps.store, deps.now).draftContext(target)
  } catch (error) {
    if (error instanceof DraftContextError) throw new AppError('not-found', error.message)
    throw error
  }
}

/**
 * The draft's history with its new text appended as a revision from `source`. A user's saves within a few minutes
 * of their previous save replace that revision instead of adding one, so typing does not flood the history.
 */
export function withRevision(draft: Draft, source: 'composer' | 'llm' | 'user'): Draft['history'] {
  const previous = draft.history.at(-1)
  if (previous && previous.subject === draft.subject && previous.body === draft.body) return draft.history
  const revision = { at: draft.updatedAt, subject: draft.subject, body: draft.body, source }
  const merge =
    source === 'user' &&
    previous?.source === 'user' &&
    Date.parse(draft.updatedAt) - Date.parse(previous.at) < USER_REVISION_EVERY_MS
  const base = merge ? draft.history.slice(0, -1) : draft.history
  return [...base, revision].slice(-HISTORY_LIMIT)
}

export function createDraftHandlers(deps: HandlerDeps): DraftHandlers {
  const { store } = deps
  const stamp = () => deps.now().toISOString()
  const openDraft = (target: DraftTarget) => viewsOf(store, deps.now).openDraft(target)

  async function put(record: Draft, reason: string): Promise<Draft> {
    const journal = await commitChange(deps, [{ type: 'put', collection: 'drafts', record }], reason)
    const saved = recordById(journal.drafts, record.id)
    if (!saved) throw new AppError('internal', 'The draft was not saved.')
    return saved
  }

  function blank(target: DraftTarget, context: CheckContext): Draft {
    const at = stamp()
    return {
      id: deps.newId(),
      createdAt: at,
      updatedAt: at,
      ...target,
      channel: 'email',
      subject: '',
      to: context.interviewer.contacts?.[0] ?? '',
      body: '',
      state: 'draft',
      sentAt: null,
      history: []
    }
  }

  return {
    'drafts:compose': async (target) => {
      const context = contextFor(deps, target)
      // The speller corrects typos in notes once it has loaded; before that notes are taken as typed.
      const composed = compose(
        { kind: target.kind, context },
        { speller: deps.speller.current() ?? undefined }
      )
      const current = openDraft(target) ?? blank(target, context)
      const draft: Draft = { ...current, subject: composed.subject, body: composed.body, updatedAt: stamp() }
      return {
        draft: await put({ ...draft, history: withRevision(draft, 'composer') }, 'drafts:compose'),
        sources: composed.sources,
        leftOut: composed.leftOut
      }
    },

    'drafts:save': async ({ text, ...target }) => {
      const context = contextFor(deps, target)
      const current = openDraft(target) ?? blank(target, context)
      const draft: Draft = { ...current, ...text, updatedAt: stamp() }
      return put({ ...draft, history: withRevision(draft, 'user') }, 'drafts:save')
    },

    'drafts:check': ({ text, ...target }) => {
      const context = contextFor(deps, target)
      const findings = check(
        { draft: { kind: target.kind, ...text }, context },
        { disabledRules: store.get().settings.disabledRules, speller: deps.speller.current() ?? undefined }
      )
      return { findings, spelling: deps.speller.state() }
    },

    'drafts:suggest': ({ word }) => {
      const speller = deps.speller.current()
      return { suggestions: speller ? suggestSpelling(speller, word) : [] }
    },

    'drafts:markSent': async ({ id, at }) => {
      const journal = store.get()
      const draft = recordById(journal.drafts, id)
      if (!draft) throw new AppError('not-found', `No draft with id ${id}.`)
      if (draft.state === 'sent') throw new AppError('conflict', 'This draft is already marked as sent.')
      const interview = recordById(journal.interviews, draft.interviewId)
      if (!interview) throw new AppError('not-found', 'The draft’s interview no longer exists.')
      const sentAt = at ?? stamp()
      const sent: Draft = { ...draft, state: 'sent', sentAt, updatedAt: stamp() }
      const event = {
        id: deps.newId(),
        createdAt: stamp(),
        updatedAt: stamp(),
        personId: draft.personId,
        applicationId: interview.applicationId,
        interviewId: draft.interviewId,
        kind: draft.kind === 'thank-you' ? 'thank-you-sent' : 'check-in-sent',
        at: sentAt,
        channel: draft.channel
      }
      const after = await commitChange(
        deps,
        [
          { type: 'put', collection: 'drafts', record: sent },
          { type: 'put', collection: 'contactLog', record: event }
        ],
        'drafts:markSent'
      )
      const saved = recordById(after.drafts, id)
      if (!saved) throw new AppError('internal', 'The draft was not saved.')
      return saved
    },

    'rules:list': () => {
      const disabled = new Set(store.get().settings.disabledRules)
      return { rules: RULES.map((r) => ({ ...r, enabled: !disabled.has(r.id) })) }
    }
  }
}
