import { useEffect } from 'react'
import { subscribeToMain, useJournal } from './store/journal-store'
import { ApplicationDetail } from './views/ApplicationDetail'
import { Banners } from './views/Banners'
import { SettingsView } from './views/settings/SettingsView'
import { DataView } from './views/data/DataView'
import { InviteImport } from './views/calendar/InviteImport'
import { dropHandlers, useInvite } from './views/calendar/invite-store'
import { QuickCapture } from './views/capture/QuickCapture'
import { subscribeToCapture } from './store/capture-store'
import { ToastHost } from './ui/ToastHost'
import { TodayPage } from './views/TodayPage'
import { ApplicationsPlace } from './views/applications/ApplicationsPlace'
import { NewApplicationDialog } from './views/applications/NewApplicationDialog'
import { useNewApplication } from './views/applications/new-application'
import { useNav } from './ui/nav-store'
import { startPlaceSync } from './ui/place-sync'
import { startDraftFocus } from './ui/draft-focus'
import { useShortcuts } from './ui/use-shortcuts'
import { focusWhenShown } from './ui/focus-next'
import { GlobalSearch, GLOBAL_SEARCH_SELECTOR } from './views/search/GlobalSearch'

/** The header's places: the journal's two homes, then Settings and Data (which lie over an open application). */
type Tab = 'today' | 'applications' | 'settings' | 'data'
const TABS: Array<{ tab: Tab; label: string }> = [
  { tab: 'today', label: 'Today' },
  { tab: 'applications', label: 'Applications' },
  { tab: 'settings', label: 'Settings' },
  { tab: 'data', label: 'Data' }
]

function openTab(tab: Tab) {
  const journal = useJournal.getState()
  if (tab === 'settings' || tab === 'data') journal.setView(tab)
  else journal.showHome(tab)
}

export function App() {
  const ready = useJournal((s) => s.ready)
  const load = useJournal((s) => s.load)
  const view = useJournal((s) => s.view)
  const home = useJournal((s) => s.home)
  const applicationOpen = useJournal((s) => s.selection.applicationId !== null)
  const currentTab: Tab = view === 'journal' ? home : view
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
          {TABS.map((t) => (
            <button
              key={t.tab}
              type="button"
              className={t.tab === currentTab ? 'tab selected' : 'tab'}
              aria-current={t.tab === currentTab ? 'page' : undefined}
              onClick={() => openTab(t.tab)}
            >
              {t.label}
            </button>
          ))}
        </nav>
        {/* Below 1100 px it reads "Invite…", so the header stays one row; its name stays whole. */}
        <button type="button" className="secondary" onClick={startInvite} aria-label="Add from invite…">
          <span className="wide-only">Add from invite…</span>
          <span className="narrow-only">Invite…</span>
        </button>
      </header>
      {/* The page scrolls below the header; toasts take their own strip under it, so they never cover a control. */}
      <div className="app-body">
        <Banners />
        {ready && <InviteImport />}
        {ready ? (
          <>
            {/* The application stays mounted while hidden, so an open draft keeps its state during a visit to Settings. */}
            <div className="layout application-page" hidden={view !== 'journal' || !applicationOpen}>
              <ApplicationDetail />
            </div>
            {view === 'journal' && !applicationOpen && home === 'today' && <TodayPage />}
            {view === 'journal' && !applicationOpen && home === 'applications' && <ApplicationsPlace />}
            {view === 'settings' && <SettingsView />}
            {view === 'data' && <DataView />}
            <QuickCapture />
            <NewApplicationDialog />
          </>
        ) : (
          <p className="loading" role="status">
            Opening your journal…
          </p>
        )}
      </div>
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

function useAppShortcuts() {
  useShortcuts({
    newApplication: () => useNewApplication.getState().show(),
    search: () => focusWhenShown(GLOBAL_SEARCH_SELECTOR),
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
