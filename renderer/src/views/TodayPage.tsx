import { ApplicationList } from './ApplicationList'
import { DuePanel } from './DuePanel'
import { Welcome } from './welcome/Welcome'

/** Today: what is due now (and, on a first run, the welcome), with the applications in a side column. */
export function TodayPage() {
  return (
    <div className="layout today">
      <ApplicationList variant="side" />
      <main className="today-main" aria-label="Today">
        <Welcome />
        <DuePanel />
      </main>
    </div>
  )
}
