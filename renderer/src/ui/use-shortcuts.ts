/**
 * The app's keyboard shortcuts, in one place: Ctrl/⌘+N new application, Ctrl/⌘+F or "/" search, Escape close,
 * Alt+← / Alt+→ (and ⌘[ / ⌘] on a Mac) back and forward. A plain key ("/") is ignored while the user types in a
 * field, so it can still be typed; modifier shortcuts and Escape work everywhere.
 */
import { useEffect, useRef } from 'react'

export interface ShortcutHandlers {
  newApplication?: () => void
  search?: () => void
  close?: () => void
  back?: () => void
  forward?: () => void
}
export type ShortcutName = keyof ShortcutHandlers

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Which shortcut a key press is, if any. */
export function shortcutFor(event: KeyboardEvent): ShortcutName | null {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (event.key === 'Escape') return 'close'
  if (mod && !event.altKey && !event.shiftKey && key === 'n') return 'newApplication'
  if (mod && !event.altKey && key === 'f') return 'search'
  if (event.altKey && !mod && event.key === 'ArrowLeft') return 'back'
  if (event.altKey && !mod && event.key === 'ArrowRight') return 'forward'
  if (event.metaKey && event.key === '[') return 'back'
  if (event.metaKey && event.key === ']') return 'forward'
  if (event.key === '/' && !mod && !event.altKey && !isTyping(event.target)) return 'search'
  return null
}

/** Listens on the window while mounted; the latest handlers are used without re-subscribing. */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const name = shortcutFor(event)
      const handler = name ? latest.current[name] : undefined
      if (!handler) return
      // Escape inside an open <dialog> belongs to the dialog (it closes itself).
      if (name === 'close' && event.target instanceof Element && event.target.closest('dialog[open]')) return
      event.preventDefault()
      handler()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
