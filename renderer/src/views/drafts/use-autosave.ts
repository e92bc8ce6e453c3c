/**
 * Saves the draft a moment after the user stops typing (`drafts:save`), so nothing typed is lost; `flush()` saves
 * at once (before sending, polishing or closing). Saves run one after another, newest text last.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { DraftTarget } from '../../../../shared/model/draft-context'
import type { Draft } from '../../../../shared/model/journal'
import { textKey, type DraftText } from './draft-text'

const AUTOSAVE_MS = 500

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed'

export interface Autosave {
  status: SaveStatus
  /** Saves any unsaved text now; resolves to false when the save failed (the text stays in the editor). */
  flush(): Promise<boolean>
  /** Tells autosave that main already holds this text (after a compose or a polish). */
  markSaved(text: DraftText): void
}

export function useAutosave(options: {
  target: DraftTarget
  text: DraftText
  enabled: boolean
  onSaved(draft: Draft): void
  onError(message: string): void
}): Autosave {
  const { text, enabled } = options
  const [savedKey, setSavedKey] = useState(() => textKey(text))
  const [saving, setSaving] = useState(false)
  const [failedKey, setFailedKey] = useState<string | null>(null)
  const latest = useRef({ text, options, savedKey })
  const chain = useRef<Promise<boolean>>(Promise.resolve(true))

  useEffect(() => {
    latest.current = { text, options, savedKey }
  })

  const save = useCallback((): Promise<boolean> => {
    chain.current = chain.current.then(async () => {
      const { text: current, options: opts, savedKey: saved } = latest.current
      const key = textKey(current)
      if (key === saved) return true
      setSaving(true)
      const result = await window.api.drafts.save({ ...opts.target, text: current })
      setSaving(false)
      if (!result.ok) {
        setFailedKey(key)
        opts.onError(result.error.message)
        return false
      }
      latest.current.savedKey = key
      setSavedKey(key)
      setFailedKey(null)
      opts.onSaved(result.value)
      return true
    })
    return chain.current
  }, [])

  const key = textKey(text)
  useEffect(() => {
    if (!enabled || key === savedKey) return
    const timer = setTimeout(() => void save(), AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [enabled, key, savedKey, save])

  // Closing the editor (or the app view) with unsaved text saves it on the way out.
  useEffect(
    () => () => {
      if (latest.current.options.enabled) void save()
    },
    [save]
  )

  const markSaved = useCallback((saved: DraftText) => {
    const savedText = textKey(saved)
    latest.current.savedKey = savedText
    setSavedKey(savedText)
  }, [])

  const status: SaveStatus = saving
    ? 'saving'
    : key === savedKey
      ? 'saved'
      : failedKey === key
        ? 'failed'
        : 'unsaved'
  return { status, flush: save, markSaved }
}
