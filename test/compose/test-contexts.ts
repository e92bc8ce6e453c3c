/**
 * Realistic, messy journal contexts for the composer's tests: notes as people really type them. Timing fields
 * are set per draft kind by `contextFor`, so every context is checked at a moment when timing rules are quiet.
 */
import type { CheckContext, DraftKind } from '../../shared/etiquette/contract'
import type { NamedContext } from './named-context'
import { ROLE_CONTEXTS } from './role-contexts'

export type { NamedContext } from './named-context'

const ENDED_AT = '2026-03-03T16:00:00Z'

function base(overrides: Partial<CheckContext> & Pick<CheckContext, 'interviewer'>): CheckContext {
  return {
    now: '2026-03-03T19:00:00Z',
    candidate: { name: 'Alex Kim' },
    company: 'Acme Payments',
    role: 'Backend Engineer',
    interview: { type: 'peer', endedAt: ENDED_AT },
    notes: [],
    otherInterviewers: [],
    otherCompanies: ['Globex', 'Initech'],
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false,
    ...overrides
  }
}

const GENERAL_CONTEXTS: readonly NamedContext[] = [
  {
    id: 'acme-shorthand',
    context: base({
      interviewer: { name: 'Jane Doe', title: 'Senior Engineer', contacts: ['jane.doe@acme.example'] },
      otherInterviewers: ['Raj Patel'],
      notes: [
        '- talked abt their k8s migration',
        'Q: how do they deploy? A: canary, 5% first',
        'Friday demos!!',
        'her team = 6 ppl, mostly remote'
      ]
    })
  },
  {
    id: 'accents',
    context: base({
      company: 'Café Société',
      role: 'Data Analyst',
      interviewer: { name: 'José Álvarez', title: 'Analytics Lead', contacts: ['jose@cafe-societe.example'] },
      notes: ['talked abt dashboards w/ Looker', 'he mentioned ~30% of reports r still manual']
    })
  },
  {
    id: 'single-name-no-title',
    context: base({
      company: 'Orchard Labs',
      role: 'iOS Developer',
      interviewer: { name: 'Prince', contacts: ['prince@orchard.example'] },
      notes: ['their app = 4.8 stars on the store', 'asked abt release cadence']
    })
  },
  {
    id: 'no-notes-with-title',
    context: base({
      interviewer: { name: 'Raj Patel', title: 'Staff Engineer', contacts: ['raj.patel@acme.example'] },
      otherInterviewers: ['Jane Doe']
    })
  },
  {
    id: 'no-notes-no-title-no-candidate-name',
    context: base({
      candidate: {},
      company: 'Northwind Traders',
      role: 'Support Specialist',
      interviewer: { name: 'Maria Rossi', contacts: [] }
    })
  },
  {
    id: 'one-very-long-note',
    context: base({
      company: 'Blue Harbor Health',
      role: 'Platform Engineer',
      interviewer: {
        name: 'Tom Becker',
        title: 'Principal Engineer',
        contacts: ['tom.becker@blueharbor.example']
      },
      notes: [
        'migrating the claims system to event sourcing which took them almost two years because the legacy system had no tests at all and every change needed manual sign off from compliance in five different regions with different regulations and the team kept getting pulled into incidents so progress was slow until they set up a dedicated platform group'
      ]
    })
  },
  {
    id: 'shouted-notes',
    context: base({
      company: 'Streamline',
      role: 'Data Engineer',
      interviewer: {
        name: 'Priya Nair',
        title: 'Data Engineering Manager',
        contacts: ['priya@streamline.example']
      },
      notes: ['TALKED ABOUT THE DATA PIPELINE', 'THEY USE AIRFLOW + DBT', 'tEAM IS SPLIT ACROSS 3 TIME ZONES']
    })
  },
  {
    id: 'symbols',
    context: base({
      company: 'Lattice Works',
      role: 'Software Engineer',
      interviewer: { name: 'Chen Wei', title: 'Tech Lead', contacts: ['chen.wei@lattice.example'] },
      notes: [
        '→ monolith -> microservices (~40 services now)',
        '#hiring 3 eng @ Berlin office',
        '<3 the pairing culture :)'
      ]
    })
  },
  {
    id: 'question-only',
    context: base({
      company: 'Brightside',
      role: 'Site Reliability Engineer',
      interviewer: { name: 'Sam Okoro', title: 'SRE', contacts: ['sam.okoro@brightside.example'] },
      notes: ['what does on-call look like?']
    })
  },
  {
    id: 'emoji-and-bangs',
    context: base({
      company: 'Tidewater Games',
      role: 'Gameplay Programmer',
      interviewer: { name: 'Lena Fischer', title: 'Lead Designer', contacts: ['lena@tidewater.example'] },
      notes: ['Friday playtests!!! 🎉🎉', 'team offsite in Lisbon 🌞 every spring']
    })
  },
  {
    id: 'lowercase-names-casual',
    context: base({
      company: 'Kestrel Analytics',
      role: 'Machine Learning Engineer',
      candidate: { name: 'sam rivera' },
      interviewer: { name: 'mei ling chen', contacts: ['meiling@kestrel.example'] },
      notes: [
        'we both studied in Vancouver lol',
        'super cool feature store, gonna open source it',
        'awesome mentorship program btw'
      ]
    })
  },
  {
    id: 'availability-shorthand',
    context: base({
      company: 'Helios Energy',
      role: 'Frontend Engineer',
      candidate: { name: 'Alex Kim', availability: 'tues/thurs pm' },
      availabilityRequested: true,
      interviewer: {
        name: 'Olivia Brown',
        title: 'Engineering Manager',
        contacts: ['olivia.brown@helios.example']
      },
      notes: ['design system in React + TypeScript', 'she asked for a 2nd round w/ the PM']
    })
  },
  {
    id: 'availability-times',
    context: base({
      company: 'Quarry Bank',
      role: 'Security Analyst',
      candidate: { name: 'Dana Lee', availability: 'Monday 10am to noon, or Wednesday after 2pm' },
      availabilityRequested: true,
      interviewer: {
        name: 'Dr. Amara Okafor',
        title: 'Head of Security',
        contacts: ['amara.okafor@quarry.example']
      },
      notes: ['threat modeling every sprint', 'red team exercises twice a year']
    })
  },
  {
    id: 'mentions-other-company',
    context: base({
      interviewer: { name: 'Luis García', title: 'Senior Engineer', contacts: ['luis.garcia@acme.example'] },
      notes: ['he used to work at Globex', 'payments ledger rewrite in Go']
    })
  },
  {
    id: 'multi-line-note',
    context: base({
      company: 'Maple Learning',
      role: 'Full Stack Developer',
      interviewer: { name: 'Hannah Schmidt', title: 'Developer', contacts: ['hannah@maple.example'] },
      notes: ['- onboarding buddy\n- 2 wk ramp up\n- first PR in week 1']
    })
  },
  {
    id: 'unlabelled-question-answer',
    context: base({
      company: 'Ironclad Logistics',
      role: 'DevOps Engineer',
      interviewer: {
        name: 'Doe, John',
        title: 'Infrastructure Lead',
        contacts: ['john.doe@ironclad.example']
      },
      notes: [
        'how do they handle incidents? blameless postmortems, shared doc',
        'uses Terraform for everything'
      ]
    })
  },
  {
    id: 'placeholders-in-notes',
    context: base({
      company: 'Pinecrest Media',
      role: 'Content Designer',
      interviewer: { name: 'Grace Liu', title: 'Design Director', contacts: ['grace.liu@pinecrest.example'] },
      notes: [
        'TODO: ask [Name] about <topic>',
        'XXX budget for conferences',
        'style guide overhaul this quarter'
      ]
    })
  },
  {
    id: 'she-said-clauses',
    context: base({
      company: 'Solace Health',
      role: 'Product Manager',
      interviewer: {
        name: 'Ngozi Adeyemi',
        title: 'Director of Product',
        contacts: ['ngozi@solace.example']
      },
      notes: [
        'she said they are moving to weekly releases',
        'she leads the patient app team and also mentors new PMs'
      ]
    })
  },
  {
    id: 'follow-up-after-one-check-in',
    context: base({
      company: 'Evergreen Robotics',
      role: 'Embedded Engineer',
      checkInsSent: 1,
      interviewer: { name: 'Kofi Mensah', title: 'Firmware Lead', contacts: ['kofi@evergreen.example'] },
      notes: ['RTOS on custom boards', 'test rigs in the Oslo lab']
    })
  }
]

/** Every context the composer tests use: the general ones and whole interviews from other fields. */
export const CONTEXTS: readonly NamedContext[] = [...GENERAL_CONTEXTS, ...ROLE_CONTEXTS]

/** The context with timing set so a draft of this kind is sent on time (thank-you within 24 h, follow-up after a week). */
export function contextFor(kind: DraftKind, context: CheckContext): CheckContext {
  if (kind === 'thank-you') {
    return { ...context, now: '2026-03-03T19:00:00Z', interview: { ...context.interview, endedAt: ENDED_AT } }
  }
  return { ...context, now: '2026-03-12T09:00:00Z', lastContactAt: '2026-03-04T09:00:00Z' }
}
