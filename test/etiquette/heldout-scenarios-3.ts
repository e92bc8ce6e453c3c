/**
 * Journal contexts for the third held-out set (heldout-cases-3.ts): academia, clinical informatics, SAP finance,
 * site reliability, Salesforce administration and audit. Names from several cultures, titled greetings
 * ("Professor", "Dr.", "Mr. van der Berg"), hyphenated first names, and notes full of product names. Pure data.
 */
import type { CheckContext } from '../../shared/etiquette/contract'
import type { Scenario } from './heldout-scenarios'

/** Same clock as heldout-scenarios.ts: thank-yous checked 6 h after the interview (a Tuesday). */
export const ENDED = '2026-04-14T15:00:00Z'
const NOW = '2026-04-14T21:00:00Z'

function scenario(
  ctx: Omit<CheckContext, 'now' | 'interview' | 'lastContactAt' | 'checkInsSent' | 'replyReceived'>,
  subject: Scenario['subject']
): Scenario {
  const contacts = ctx.interviewer.contacts ?? []
  return {
    ctx: {
      now: NOW,
      interview: { type: 'peer', endedAt: ENDED },
      lastContactAt: ENDED,
      checkInsSent: 0,
      replyReceived: false,
      availabilityRequested: false,
      ...ctx
    },
    to: contacts.find((c) => c.includes('@')) ?? '',
    subject
  }
}

export const ACADEMIA = scenario(
  {
    candidate: { name: 'Tomás Herrera' },
    company: 'Nordic Institute for Marine Research',
    role: 'Postdoctoral Researcher',
    interviewer: {
      name: 'Ingrid Lindqvist',
      title: 'Professor of Marine Geology',
      contacts: ['ingrid.lindqvist@nimr.se']
    },
    notes: ['dating sediment cores with lead-210', 'the summer field season in Svalbard'],
    otherInterviewers: ['Henrik Aalto'],
    otherCompanies: ['Bergen Ocean Lab']
  },
  { thankYou: 'Thank you – postdoctoral interview', followUp: 'Postdoctoral Researcher position' }
)

export const INFORMATICS = scenario(
  {
    candidate: { name: 'Aisha Bello' },
    company: 'Lakeshore Community Hospital',
    role: 'Clinical Informatics Nurse',
    interviewer: {
      name: 'Wei Chen',
      title: 'Chief Medical Information Officer',
      contacts: ['wchen@lakeshorehealth.org']
    },
    notes: ['the Epic upgrade going live in October', 'alert fatigue from medication order sets'],
    otherInterviewers: ['Rosa Delgado'],
    otherCompanies: ['Summit Regional Medical Center']
  },
  { thankYou: 'Thank you for meeting with me', followUp: 'Clinical Informatics Nurse role – following up' }
)

export const SAP = scenario(
  {
    candidate: { name: 'Grace Oduya' },
    company: 'Maasport Logistics',
    role: 'SAP Finance Consultant',
    interviewer: {
      name: 'Pieter van der Berg',
      title: 'Finance Systems Director',
      contacts: ['p.vanderberg@maasport.nl', 'https://www.linkedin.com/in/pietervdberg/']
    },
    notes: ['moving the general ledger to S/4HANA', 'intercompany reconciliation across twelve entities'],
    otherInterviewers: ['Anouk de Vries'],
    otherCompanies: ['Deloitte']
  },
  {
    thankYou: 'Thank you – SAP Finance Consultant interview',
    followUp: 'SAP Finance Consultant – checking in'
  }
)

export const SRE = scenario(
  {
    candidate: { name: 'Kenji Watanabe' },
    company: 'Cobalt Analytics',
    role: 'Site Reliability Engineer',
    interviewer: {
      name: 'Jean-Luc Moreau',
      title: 'Staff SRE',
      contacts: ['jl.moreau@cobalt-analytics.io', 'linkedin.com/in/jlmoreau']
    },
    notes: [
      'running PostgreSQL on Kubernetes with an operator',
      'blameless postmortems after the March outage'
    ],
    otherInterviewers: ['Priya Natarajan'],
    otherCompanies: ['Datadog']
  },
  { thankYou: 'Thanks for today’s SRE interview', followUp: 'Site Reliability Engineer role – checking in' }
)

export const SALESFORCE = scenario(
  {
    candidate: { name: 'Daniela Ruiz' },
    company: 'Meridian Mutual',
    role: 'Salesforce Administrator',
    interviewer: {
      name: 'Fatima Al-Sayed',
      title: 'CRM Platform Manager',
      contacts: ['fatima.alsayed@meridianmutual.com']
    },
    notes: ['consolidating three Salesforce orgs into one', 'renewal reminders built in Flow'],
    otherInterviewers: ['Connor McAllister'],
    otherCompanies: ['Hartwell Insurance']
  },
  { thankYou: 'Thank you for your time today', followUp: 'Salesforce Administrator position' }
)

export const AUDIT = scenario(
  {
    candidate: { name: 'Nadia Haddad' },
    company: 'Whitcombe & Ashby LLP',
    role: 'Senior Audit Associate',
    interviewer: {
      name: 'Siddharth Venkataraman',
      title: 'Audit Manager',
      contacts: ['svenkataraman@whitcombeashby.com']
    },
    notes: [
      'the first-year audit of a nonprofit hospital client',
      'busy season staffing from January through April'
    ],
    otherInterviewers: ["Margaret O'Neill"],
    otherCompanies: ['Grant Thornton']
  },
  { thankYou: 'Thank you – Senior Audit Associate interview', followUp: 'Senior Audit Associate – follow-up' }
)
