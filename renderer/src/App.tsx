import { useEffect } from 'react'
import { subscribeToMain, useJournal, type View } from './store/journal-store'
import { ApplicationList } from './views/ApplicationList'
import { ApplicationDetail } from './views/ApplicationDetail'
import { Banners } from './views/Banners'
import { SettingsView } from './views/settings/SettingsView'
import { DataView } from './views/data/DataView'
import { DuePanel } from './views/DuePanel'
import { InviteImport } from './views/calendar/InviteImport'
import { dropHandlers, useInvite } from './views/calendar/invite-store'
import { QuickCapture } from './views/capture/QuickCapture'
import { subscribeToCapture } from './store/capture-store'
import { ToastHost } from './ui/ToastHost'
import { Welcome } from './views/welcome/Welcome'
import { useNav } from './ui/nav-store'
import { startPlaceSync } from './ui/place-sync'
import { startDraftFocus } from './ui/draft-focus'
import { useShortcuts } from './ui/use-shortcuts'
import { GlobalSearch, GLOBAL_SEARCH_SELECTOR } from './views/search/GlobalSearch'

const VIEWS: Array<{ view: View; label: string }> = [
  { view: 'journal', label: 'Journal' },
  { view: 'settings', label: 'Settings' },
  { view: 'data', label: 'Data' }
]

export function App() {
  const ready = useJournal((s) => s.ready)
  const load = useJournal((s) => s.load)
  const view = useJournal((s) => s.view)
  const setView = useJournal((s) => s.setView)
  const startInvite = useInvite((s) => s.start)

  useEffect(() => {
    subscribeToMain()
    subscribeToCapture()
    startDraftFocus()
    void load().then(startPlaceSync)
  }, [load])
  useAppShortcuts()

  return (
    <div className="app" {...dropHandlers()}>
      <header className="app-header">
        <h1>Afterword</h1>
        <span className="tagline">Thank each interviewer, on time, in your own words.</span>
        <BackForward />
        <GlobalSearch />
        <nav className="view-tabs" aria-label="Views">
          {VIEWS.map((v) => (
            <button
              key={v.view}
              type="button"
              className={v.view === view ? 'tab selected' : 'tab'}
              aria-current={v.view === view ? 'page' : undefined}
              onClick={() => setView(v.view)}
            >
              {v.label}
            </button>
          ))}
        </nav>
        <button type="button" className="secondary" onClick={startInvite}>
          Add from invite…
        </button>
      </header>
      <Banners />
      {ready && <InviteImport />}
      {ready ? (
        <>
          {/* Views stay mounted while hidden, so an open draft keeps its state while the user visits Settings. */}
          <div className="layout" hidden={view !== 'journal'}>
            <Welcome />
            <DuePanel />
            <ApplicationList />
            <ApplicationDetail />
          </div>
          {view === 'settings' && <SettingsView />}
          {view === 'data' && <DataView />}
          <QuickCapture />
        </>
      ) : (
        <p className="loading" role="status">
          Opening your journal…
        </p>
      )}
      <ToastHost />
    </div>
  )
}

function BackForward() {
  const canBack = useNav((s) => s.index > 0)
  const canForward = useNav((s) => s.index < s.history.length - 1)
  const { back, forward } = useNav.getState()
  return (
    <div className="back-forward">
      <button
        type="button"
        className="icon"
        aria-label="Back"
        title="Back (Alt+←)"
        disabled={!canBack}
        onClick={back}
      >
        ←
      </button>
      <button
        type="button"
        className="icon"
        aria-label="Forward"
        title="Forward (Alt+→)"
        disabled={!canForward}
        onClick={forward}
      >
        →
      </button>
    </div>
  )
}

/** Focuses a field of the journal once it is shown (it may have been hidden under Settings or Data). */
function focusSoon(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus())
}

function useAppShortcuts() {
  useShortcuts({
    newApplication: () => {
      useJournal.getState().setView('journal')
      focusSoon('form[aria-label="New application"] input')
    },
    search: () => focusSoon(GLOBAL_SEARCH_SELECTOR),
    close: () => {
      const journal = useJournal.getState()
      if (journal.editing) journal.openEditor(null)
      else if (journal.view !== 'journal') journal.setView('journal')
      else if (journal.selection.applicationId) journal.select({ applicationId: null, interviewId: null })
    },
    back: () => useNav.getState().back(),
    forward: () => useNav.getState().forward()
  })
}
