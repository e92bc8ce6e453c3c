import { useEffect } from 'react'
import { subscribeToMain, useJournal } from './store/journal-store'
import { ApplicationList } from './views/ApplicationList'
import { ApplicationDetail } from './views/ApplicationDetail'
import { Banners } from './views/Banners'

export function App() {
  const journal = useJournal((s) => s.journal)
  const load = useJournal((s) => s.load)

  useEffect(() => {
    subscribeToMain()
    void load()
  }, [load])

  return (
    <div className="app">
      <header className="app-header">
        <h1>Afterword</h1>
        <span className="tagline">Thank each interviewer, on time, in your own words.</span>
      </header>
      <Banners />
      {journal ? (
        <div className="layout">
          <ApplicationList />
          <ApplicationDetail />
        </div>
      ) : (
        <p className="loading" role="status">
          Opening your journal…
        </p>
      )}
    </div>
  )
}
