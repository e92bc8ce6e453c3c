/**
 * Keeps the journal store's view (tab, selected application, open editor) and the nav store's place in step, both
 * ways: a click in the journal becomes a history step, and Back/Forward (or a restart) shows that place again. Each
 * side only acts when the other differs, so the two subscriptions cannot loop.
 */
import { useJournal, type Editing, type JournalHome, type Selection, type View } from '../store/journal-store'
import { HOME, useNav, type Place } from './nav-store'

/** The place the journal store shows now. */
export function placeOf(
  view: View,
  selection: Selection,
  editing: Editing | null,
  home: JournalHome = 'today'
): Place {
  if (view === 'settings') return { kind: 'settings' }
  if (view === 'data') return { kind: 'data' }
  if (editing) {
    const { interviewId, personId, kind } = editing.target
    return { kind: 'draft', interviewId, personId, draftKind: kind }
  }
  if (selection.applicationId) return { kind: 'application', applicationId: selection.applicationId }
  return home === 'applications' ? { kind: 'applications' } : HOME
}

const viewOf = (place: Place): View =>
  place.kind === 'settings' ? 'settings' : place.kind === 'data' ? 'data' : 'journal'

/** True while `show` changes the journal store: its steps on the way are not places the user went to. */
let showing = false

/** Shows a place in the journal store (what Back/Forward and a restart do). */
function show(place: Place): void {
  showing = true
  try {
    showSteps(place)
  } finally {
    showing = false
  }
}

function showSteps(place: Place): void {
  const journal = useJournal.getState()
  if (place.kind === 'today' || place.kind === 'applications') {
    const s = useJournal.getState()
    if (s.view !== 'journal' || s.home !== place.kind || s.selection.applicationId || s.editing)
      journal.showHome(place.kind)
    return
  }
  if (journal.view !== viewOf(place)) journal.setView(viewOf(place))
  if (place.kind === 'application' && journal.selection.applicationId !== place.applicationId) {
    journal.select({ applicationId: place.applicationId, interviewId: null })
  }
  // Settings and Data lie over the journal: an open draft stays open (with its text) while they are shown.
  if (place.kind === 'application' && useJournal.getState().editing) journal.openEditor(null)
  if (place.kind === 'draft') {
    const editing = journal.editing?.target
    const same =
      editing?.interviewId === place.interviewId &&
      editing.personId === place.personId &&
      editing.kind === place.draftKind
    const applicationId = journal.detail?.interviews[place.interviewId]?.applicationId
    if (!same && applicationId) {
      void journal.openFollowUp({
        applicationId,
        interviewId: place.interviewId,
        personId: place.personId,
        kind: place.draftKind
      })
    }
  }
}

let started = false
/** Starts the two-way sync once the journal is loaded; reopens the last place if its record still exists. */
export async function startPlaceSync(): Promise<void> {
  if (started) return
  started = true
  const restored = useNav.getState().current()
  if (restored.kind === 'application' || restored.kind === 'draft') {
    const ok = restored.kind === 'application' && (await applicationExists(restored.applicationId))
    // A draft place names no application: it reopens on Today (the due list leads back to the draft in one click).
    if (!ok) useNav.getState().replace(HOME)
  }
  show(useNav.getState().current())
  useNav.subscribe((state, previous) => {
    const place = state.history[state.index]
    if (place && place !== previous.history[previous.index]) show(place)
  })
  useJournal.subscribe((s, previous) => {
    if (showing) return
    const same =
      s.view === previous.view &&
      s.selection === previous.selection &&
      s.editing === previous.editing &&
      s.home === previous.home
    if (same) return
    useNav.getState().go(placeOf(s.view, s.selection, s.editing, s.home))
  })
}

async function applicationExists(id: string): Promise<boolean> {
  const answer = await window.api.journal.application({ id })
  return answer.ok && answer.value !== null
}
