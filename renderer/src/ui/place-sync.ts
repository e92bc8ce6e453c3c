/**
 * Keeps the journal store's view (tab, selected application, open editor) and the nav store's place in step, both
 * ways: a click in the journal becomes a history step, and Back/Forward (or a restart) shows that place again. Each
 * side only acts when the other differs, so the two subscriptions cannot loop.
 */
import { useJournal, type Editing, type JournalHome, type Selection, type View } from '../store/journal-store'
import { draftPlace, HOME, useNav, type Place } from './nav-store'

/** The place the journal store shows now. */
export function placeOf(
  view: View,
  selection: Selection,
  editing: Editing | null,
  home: JournalHome = 'today'
): Place {
  if (view === 'settings') return { kind: 'settings' }
  if (view === 'data') return { kind: 'data' }
  if (editing && selection.applicationId) return draftPlace(selection.applicationId, editing.target)
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
    if (!same) {
      const { applicationId, interviewId, personId, draftKind } = place
      // The draft that was open (it exists: opening composed it), never a new one.
      void journal.openFollowUp(
        { applicationId, interviewId, personId, kind: draftKind },
        { existingOnly: true }
      )
    }
  }
}

let started = false
/** Starts the two-way sync once the journal is loaded; reopens the last place if its record still exists. */
export async function startPlaceSync(): Promise<void> {
  if (started) return
  started = true
  const restored = useNav.getState().current()
  if (!(await placeExists(restored))) useNav.getState().replace(HOME)
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

/** Whether a stored place can be shown again: its application, or its draft's interview, person and draft, exist. */
async function placeExists(place: Place): Promise<boolean> {
  if (place.kind !== 'application' && place.kind !== 'draft') return true
  const answer = await window.api.journal.application({ id: place.applicationId })
  if (!answer.ok || answer.value === null) return false
  if (place.kind === 'application') return true
  const { interviews, meetings, drafts } = answer.value
  const { interviewId, personId, draftKind } = place
  return (
    interviews.some((i) => i.id === interviewId) &&
    meetings.some((m) => m.interviewId === interviewId && m.personId === personId) &&
    drafts.some((d) => d.interviewId === interviewId && d.personId === personId && d.kind === draftKind)
  )
}
