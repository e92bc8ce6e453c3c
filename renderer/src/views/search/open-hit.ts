/**
 * Opening a search hit: an application opens its page; a person or a note opens the application with that
 * interview selected, then brings the person's card into view, highlights it for a moment and puts the focus on
 * their notes (the card appears once the application's detail has arrived from main).
 */
import { useJournal } from '../../store/journal-store'
import { notesListId, personCardKey } from '../PersonCard'

export type HitTarget =
  | { kind: 'application'; applicationId: string; company: string }
  | { kind: 'person'; applicationId: string; interviewId: string; personId: string }

/** How long the opened person's card stays highlighted. */
export const FLASH_MS = 2000
/** How long to wait for the card to appear before giving up (a slow detail answer, or the record is gone). */
const WAIT_MS = 5000

export function openHit(target: HitTarget): void {
  const journal = useJournal.getState()
  journal.setView('journal')
  if (target.kind === 'application') {
    journal.select({ applicationId: target.applicationId, interviewId: null })
    const label = `${target.company} application`
    whenPresent(`main.detail[aria-label="${CSS.escape(label)}"]`, (main) =>
      focusQuietly(main.querySelector('h2') ?? main)
    )
    return
  }
  journal.select({ applicationId: target.applicationId, interviewId: target.interviewId })
  const key = personCardKey(target.interviewId, target.personId)
  whenPresent(`[data-person-card="${CSS.escape(key)}"]`, (card) => {
    card.scrollIntoView({ block: 'center' })
    card.classList.add('search-flash')
    setTimeout(() => card.classList.remove('search-flash'), FLASH_MS)
    const notes = document.getElementById(notesListId(target.interviewId, target.personId))
    notes?.focus({ preventScroll: true })
  })
}

/** Focus on an element that is not focusable by itself (a heading), without scrolling the page. */
function focusQuietly(element: Element): void {
  if (!(element instanceof HTMLElement)) return
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1')
  element.focus({ preventScroll: true })
}

/** Runs `then` with the first element matching `selector`, once it is in the page (checked each frame). */
function whenPresent(selector: string, then: (element: HTMLElement) => void): void {
  const until = performance.now() + WAIT_MS
  const look = () => {
    const element = document.querySelector<HTMLElement>(selector)
    if (element && !element.closest('[hidden]')) then(element)
    else if (performance.now() < until) requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
}
