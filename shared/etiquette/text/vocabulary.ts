/**
 * Words the Hunspell en-US dictionary lacks but good notes use: job-seeking, software, nursing, finance and
 * design terms ("onboarding", "roadmap", "med-surg", "intercompany") and British spellings that no suffix rule in
 * proofing.ts derives ("learnt", "grey", "maths"). Lower case; plural and -ed/-ing forms are derived.
 */
const WORDS =
  `ok okay backend frontend onboarding offboarding roadmap codebase fullstack devops signup async api
  ui ux saas microservice kubernetes postgres postgresql javascript typescript github gitlab linkedin repo config
  realtime hackathon scalable observability uptime middleware runbook standup upskilling reskilling upskill mentee
  cofounder fintech healthtech edtech ecommerce chatbot ai llm serverless kafka redis graphql json yaml css html sql
  nosql mongodb mysql golang kotlin ios linux terraform ansible jenkins qa sre sla slo oncall timeframe touchpoint
  learnings rollout failover handoff walkthrough prototyped tradeoff personalization personalized webinar dataset
  workflow teammate startup onsite offsite pairing whiteboarding whiteboard livestream dev devs ops infra monorepo
  microfrontend webhook frontends backends npm typescript nodejs react vue angular svelte figma jira confluence
  slack zoom notion analytics pytorch tensorflow dataflow dataops mlops finops gamification blockchain crypto
  surg intercompany preceptorship preceptee telehealth telemedicine reforecast upsell upsold kanban wireframe
  dropdown phlebotomy onboard cleanroom bootloader microcontroller userflow moodboard rebrand geotechnical
  chartership quant workstream walkthroughs cybersecurity fintech proptech insurtech medtech biotech
  cutover hypercare workpaper subledger auditee materiality interruptive formulary preauthorization
  pharmacovigilance biostatistics geospatial geocoding photogrammetry pipetting geochronology sedimentology
  hotfix deployable linter toolchain datastore lakehouse autoscaling autoscaler pentest dedupe deduplication
  timebox timeboxed roadmapping storyboarding copywriting copyediting influencer omnichannel martech adtech
  inclusivity neurodivergent allyship upleveling org bono
  learnt spelt burnt dreamt leapt amongst whilst grey tyre aluminium cheque maths storey kerb draught mould
  pyjamas plough sceptical sceptic manoeuvre cosy skilful wilful programme fulfil enrol instalment`
    .split(/\s+/)
    .filter(Boolean)

const KNOWN = new Set(WORDS)
const INFLECTION = /(?:es|s|ed|ing)$/

export function isKnownWord(folded: string): boolean {
  if (KNOWN.has(folded)) return true
  const base = folded.replace(INFLECTION, '')
  return base !== folded && (KNOWN.has(base) || KNOWN.has(`${base}e`))
}
