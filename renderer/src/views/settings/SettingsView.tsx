import { CandidateSection } from './CandidateSection'
import { LlmSection } from './LlmSection'
import { RulesSection } from './RulesSection'

/** Settings: who the candidate is, which etiquette rules run, and the optional LLM. */
export function SettingsView() {
  return (
    <main className="page" aria-label="Settings">
      <h2>Settings</h2>
      <CandidateSection />
      <RulesSection />
      <LlmSection />
    </main>
  )
}
