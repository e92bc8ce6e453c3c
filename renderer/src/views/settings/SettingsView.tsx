import { CandidateSection } from './CandidateSection'
import { LlmSection } from './LlmSection'
import { MyEmailsSection } from './MyEmailsSection'
import { QuietHoursSection } from './QuietHoursSection'
import { RemindersSection } from './RemindersSection'
import { RulesSection } from './RulesSection'

/** Settings: who the candidate is, reminders, which etiquette rules run, and the optional LLM. */
export function SettingsView() {
  return (
    <main className="page" aria-label="Settings">
      <h2>Settings</h2>
      <CandidateSection />
      <MyEmailsSection />
      <RemindersSection />
      <QuietHoursSection />
      <RulesSection />
      <LlmSection />
    </main>
  )
}
