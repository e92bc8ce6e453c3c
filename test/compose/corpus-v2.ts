/**
 * The composer's v2 corpus: realistic, messy interview notes across industries and channels, with the notes a
 * careful candidate keeps out of writing (pay, confidential items, bad news about the employer, their own worries,
 * private-life small talk) and the shorthand and typos people really type. A note written with a leading "!" is
 * one that must never reach a draft (the "!" is stripped); `[text, 'private']` is a note the user marked private.
 */
import type { CheckContext, ContextNote } from '../../shared/etiquette/contract'

export type Channel = 'email' | 'linkedin' | 'handwritten'

export interface CorpusCase {
  id: string
  industry: string
  channel: Channel
  context: CheckContext
  /** Indexes of notes that must never reach a draft (sensitive or private). */
  mustNotUse: number[]
}

type RawNote = string | readonly [string, 'private' | 'use']

const ENDED_AT = '2026-03-03T16:00:00Z'

export function entry(
  id: string,
  industry: string,
  channel: Channel,
  where: { company: string; role: string },
  who: { name: string; title?: string; contact?: string },
  raw: readonly RawNote[],
  extra: Partial<CheckContext> = {}
): CorpusCase {
  const mustNotUse: number[] = []
  const notes: ContextNote[] = raw.map((note, index) => {
    if (typeof note !== 'string') {
      if (note[1] === 'private') mustNotUse.push(index)
      return { text: note[0], use: note[1] }
    }
    if (note.startsWith('!')) {
      mustNotUse.push(index)
      return note.slice(1)
    }
    return note
  })
  const handle = who.name.toLowerCase().replace(/[^a-z]+/g, '.')
  const contact =
    who.contact ??
    (channel === 'linkedin'
      ? `linkedin.com/in/${handle}`
      : `${handle}@${where.company.toLowerCase().replace(/[^a-z]/g, '')}.example`)
  const context: CheckContext = {
    now: '2026-03-03T19:00:00Z',
    candidate: { name: 'Alex Kim' },
    company: where.company,
    role: where.role,
    interview: { type: 'panel', endedAt: ENDED_AT },
    interviewer: { name: who.name, ...(who.title ? { title: who.title } : {}), contacts: [contact] },
    notes,
    otherInterviewers: [],
    otherCompanies: ['Globex', 'Initech'],
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false,
    ...extra
  }
  return { id, industry, channel, context, mustNotUse }
}

export const CORPUS: readonly CorpusCase[] = [
  entry(
    'logistics-eta',
    'logistics',
    'email',
    { company: 'Routewise', role: 'Backend Engineer' },
    { name: 'Priya Raman', title: 'Engineering Manager' },
    [
      'wants someone to own the ETA service rewrite',
      'big pain pt: GPS pings late / out of order',
      'being on call for 1wk in 6',
      '!range is under what I make now',
      '!attrition is brutal',
      'he recieved my q re career ladder well'
    ]
  ),
  entry(
    'logistics-warehouse',
    'logistics',
    'linkedin',
    { company: 'Harbor Freight Lines', role: 'Operations Analyst' },
    { name: 'Luz María Ortega', title: 'Director of Operations' },
    [
      'cares a lot abt dock-to-stock time',
      'asked me how I would cut mis-picks',
      '!commute is awful lol',
      'they are moving 3 DCs onto one WMS next yr'
    ]
  ),
  entry(
    'fintech-idempotency',
    'finance',
    'email',
    { company: 'Ledgerly', role: 'Senior Software Engineer' },
    { name: 'Tomás Ferreira', title: 'Staff Engineer' },
    [
      'my idempotency work at prev job',
      'payments retries -> double charges last yr',
      "!new platform, internal name Bluebird, don't mention",
      'liked my answer on exactly-once delivery',
      '!comp band is 160-180k'
    ]
  ),
  entry(
    'bank-risk',
    'finance',
    'email',
    { company: 'Northbank', role: 'Risk Analyst' },
    { name: 'Dr. Ingrid Solberg', title: 'Head of Credit Risk' },
    [
      'wants analysts who can explain models to non-technical ppl',
      'Q: how do u validate a scorecard? A: backtesting + champion/challenger',
      '!Q2 numbers were down',
      'advice: read the Basel summaries before round 2'
    ]
  ),
  entry(
    'health-ehr',
    'healthcare',
    'email',
    { company: 'Mercy Valley Health', role: 'Clinical Informatics Nurse' },
    { name: 'Mary-Kate Byrne', title: 'Nurse Manager' },
    [
      'big on patient safety, esp med reconciliation',
      'EHR go-live in the fall',
      '!staff turnover is high on nights',
      'she asked abt my charge nurse exp',
      '!my daughter starts school in Sept, need flexible hrs'
    ]
  ),
  entry(
    'health-clinic',
    'healthcare',
    'handwritten',
    { company: 'Lakeside Family Clinic', role: 'Medical Receptionist' },
    { name: 'Dana Whitfield', title: 'Practice Manager' },
    [
      'values a calm front desk',
      'new online booking system launching in spring',
      '!I blanked on the insurance question',
      'walked me through a typical Monday'
    ]
  ),
  entry(
    'retail-store',
    'retail',
    'email',
    { company: 'Pine & Co.', role: 'Store Manager' },
    { name: 'Sam Okafor', title: 'District Manager' },
    [
      'wants a mgr who coaches, not just schedules',
      'shrink is their #1 KPI this yr',
      '!sales were down in Q4',
      'liked my idea abt cross-training cashiers'
    ]
  ),
  entry(
    'retail-ecom',
    'retail',
    'linkedin',
    { company: 'Threadline', role: 'E-commerce Merchandiser' },
    { name: 'Chloe Tan' },
    [
      "asked how I'd plan the spring drop",
      'they test every PDP change w/ A/B tests',
      '!her kids go to the same school as mine'
    ]
  ),
  entry(
    'edu-teacher',
    'education',
    'handwritten',
    { company: 'Riverside Middle School', role: 'Science Teacher' },
    { name: 'Mr. David Osei', title: 'Principal' },
    [
      'wants teachers who run hands-on labs',
      'new robotics club needs an advisor',
      '!budget cuts next yr, maybe',
      'he liked my lesson on density'
    ]
  ),
  entry(
    'edu-university',
    'education',
    'email',
    { company: 'Northfield University', role: 'Instructional Designer' },
    { name: 'Prof. Anne-Sophie Dubois', title: 'Director of Digital Learning' },
    [
      'moving 40 courses to the new LMS by fall',
      'cares abt accessibility - captions, alt text',
      'Q: how do you work with faculty who resist? A: pilot w/ one champion',
      "!I'm worried the contract is only 1 yr"
    ]
  ),
  entry(
    'gov-benefits',
    'government',
    'email',
    { company: 'State Department of Labor', role: 'Business Analyst' },
    { name: 'Kevin Marsh', title: 'Program Manager' },
    [
      'agency moving off mainframe',
      'wants someone who can write clear reqs for vendors',
      '!procurement is a nightmare',
      'asked abt my plain-language work'
    ]
  ),
  entry(
    'gov-city',
    'government',
    'linkedin',
    { company: 'City of Easton', role: 'GIS Specialist' },
    { name: 'Rosa Jiménez', title: 'GIS Manager' },
    [
      'updating the zoning map layers this summer',
      'she said open data portal gets lots of traffic',
      '!pay is set by the union scale'
    ]
  ),
  entry(
    'mfg-quality',
    'manufacturing',
    'email',
    { company: 'Baker Bros.', role: 'Quality Engineer' },
    { name: "Siobhán O'Neill", title: 'Quality Manager' },
    [
      'wants someone to lead the ISO 9001 recert',
      'scrap rate on line 3 is their focus',
      '!plant mgr quit last month',
      'liked my root-cause example from the stamping line'
    ]
  ),
  entry(
    'mfg-plant',
    'manufacturing',
    'handwritten',
    { company: 'Keller Metalworks', role: 'Maintenance Technician' },
    { name: 'Frank Keller', title: 'Plant Manager' },
    [
      'PM program is mostly paper, want to go digital',
      'asked abt my PLC troubleshooting',
      '!overtime is mandatory most weekends',
      '!we both fish on Lake Erie'
    ]
  ),
  entry(
    'hospitality-hotel',
    'hospitality',
    'email',
    { company: 'Harborview Hotel', role: 'Front Office Manager' },
    { name: 'Jean-Luc Moreau', title: 'General Manager' },
    [
      'guest reviews are what he cares about most',
      'rolling out mobile check-in',
      '!occupancy was down last yr',
      'advice: shadow night audit first week'
    ]
  ),
  entry(
    'hospitality-restaurant',
    'hospitality',
    'linkedin',
    { company: 'Salt & Ember', role: 'Sous Chef' },
    { name: 'Marco Bellini', title: 'Executive Chef' },
    [
      'wants a sous who can run the pass on busy nights',
      'menu changes w/ the season, next one in April',
      '!kitchen turnover is brutal'
    ]
  ),
  entry(
    'media-newsroom',
    'media',
    'email',
    { company: 'The Daily Ledger', role: 'Audience Editor' },
    { name: 'Hannah Brooks', title: 'Managing Editor' },
    [
      'wants to grow newsletter subs',
      'asked me to critique their homepage',
      '!layoffs last spring',
      'liked my SEO audit sample'
    ]
  ),
  entry(
    'media-publishing',
    'media',
    'handwritten',
    { company: 'Fern Hill Press', role: 'Editorial Assistant' },
    { name: 'Olivia Grant', title: 'Senior Editor' },
    [
      'they publish 12 debut novels a yr',
      'advice: read the slush pile w/ a pencil',
      '!I think I rambled abt my thesis'
    ]
  ),
  entry(
    'nonprofit-dev',
    'nonprofit',
    'email',
    { company: 'Open Hands Foundation', role: 'Development Coordinator' },
    { name: 'Grace Mensah', title: 'Director of Development' },
    [
      'wants someone to own the donor CRM cleanup',
      'annual gala in Nov is the big push',
      '!grant funding at risk next yr',
      'asked abt my volunteer mgmt exp'
    ]
  ),
  entry(
    'nonprofit-program',
    'nonprofit',
    'linkedin',
    { company: 'Bright Futures', role: 'Program Coordinator' },
    { name: 'Aisha Bello' },
    [
      'after-school tutoring in 6 sites',
      'she values data on outcomes, not just attendance',
      '!salary is lower than I hoped'
    ]
  ),
  entry(
    'energy-solar',
    'energy',
    'email',
    { company: 'Sunfield Energy', role: 'Project Engineer' },
    { name: 'Lars Nilsen', title: 'Project Director' },
    [
      'interconnection queue delays are the big challenge',
      'wants engs who can talk to utilities',
      '!project in Texas is way behind schedule',
      'liked my permitting tracker idea'
    ]
  ),
  entry(
    'energy-utility',
    'energy',
    'email',
    { company: 'Grid North', role: 'Data Analyst' },
    { name: 'Helen Park', title: 'Analytics Lead' },
    [
      'smart meter data = 15 min intervals',
      "asked how I'd forecast peak load",
      '!morale is low after the reorg'
    ]
  ),
  entry(
    'legal-firm',
    'legal',
    'email',
    { company: 'Whitman & Cole LLP', role: 'Paralegal' },
    { name: 'Robert Whitman', title: 'Partner' },
    [
      'wants a paralegal who can manage e-discovery',
      'they use Relativity for review',
      "!client matter is under NDA, don't mention",
      'asked abt my deposition prep'
    ]
  ),
  entry(
    'legal-inhouse',
    'legal',
    'linkedin',
    { company: 'Corvid Labs', role: 'Contracts Manager' },
    { name: 'Nadia Petrova', title: 'General Counsel' },
    [
      'templates for vendor contracts need a refresh',
      'she cares abt turnaround time on NDAs',
      '!GC before her was pushed out'
    ]
  ),
  entry(
    'construction-pm',
    'construction',
    'email',
    { company: 'Stonebridge Builders', role: 'Assistant Project Manager' },
    { name: 'Mike Duarte', title: 'Senior Project Manager' },
    [
      'hospital wing job starts in June',
      'wants someone strong on RFIs and submittals',
      '!GC lawsuit on the last job',
      "advice: learn the owner's schedule first"
    ]
  ),
  entry(
    'construction-site',
    'construction',
    'handwritten',
    { company: 'Apex Concrete', role: 'Site Supervisor' },
    { name: 'Terry Lynch', title: 'Operations Manager' },
    [
      "safety record is what he's proudest of",
      "asked how I'd handle a late pour",
      '!commute would be 90 min each way'
    ]
  ),
  entry(
    'pharma-clinops',
    'pharma',
    'email',
    { company: 'Veritas Bio', role: 'Clinical Research Associate' },
    { name: 'Dr. Ravi Menon', title: 'Clinical Operations Lead' },
    [
      'moving sites from paper to EDC this yr',
      'wants CRAs who build trust w/ site staff',
      '!phase 2 trial results were bad, not public yet',
      'liked my monitoring visit checklist'
    ]
  ),
  entry(
    'pharma-lab',
    'pharma',
    'linkedin',
    { company: 'Helix Therapeutics', role: 'Research Associate' },
    { name: 'Mei Lin', title: 'Principal Scientist' },
    [
      'they run cell assays in 384-well plates',
      'asked abt my ELISA troubleshooting',
      '!codename for the lead compound is Falcon'
    ]
  ),
  entry(
    'gaming-design',
    'gaming',
    'email',
    { company: 'Lantern Games', role: 'Level Designer' },
    { name: 'Kai Nakamura', title: 'Lead Designer' },
    [
      'wants designers who prototype fast in greybox',
      'playtests every Friday',
      '!crunch before launch is rough',
      'liked my co-op puzzle level'
    ]
  ),
  entry(
    'gaming-qa',
    'gaming',
    'linkedin',
    { company: 'Pixel Harbor', role: 'QA Analyst' },
    { name: 'Zoe Adams' },
    ['bug triage 2x a week w/ producers', 'asked me to repro a crash live', '!unannounced sequel, keep quiet']
  ),
  entry(
    'telecom-network',
    'telecom',
    'email',
    { company: 'Clearwave', role: 'Network Engineer' },
    { name: 'Omar Haddad', title: 'Network Operations Manager' },
    [
      '5G rollout in 3 metro areas',
      'wants someone calm during outages',
      '!on-call pay is bad',
      'asked abt my BGP experience'
    ]
  ),
  entry(
    'insurance-claims',
    'insurance',
    'email',
    { company: 'Shield Mutual', role: 'Claims Adjuster' },
    { name: 'Patricia Lowe', title: 'Claims Supervisor' },
    [
      'cat season = huge claim volume in Aug-Oct',
      'she values empathy on first calls',
      "!I'm not sure I can handle field travel"
    ]
  ),
  entry(
    'realestate-leasing',
    'real estate',
    'linkedin',
    { company: 'Crescent Properties', role: 'Leasing Consultant' },
    { name: 'Brandon Hughes', title: 'Property Manager' },
    [
      'new building opens in May, 200 units',
      'wants ppl who follow up w/ every lead',
      '!vacancy is way up this yr'
    ]
  ),
  entry(
    'agri-coop',
    'agriculture',
    'email',
    { company: 'Prairie Grain Co-op', role: 'Agronomist' },
    { name: 'Ellen Schmidt', title: 'Agronomy Manager' },
    [
      'soil sampling program for 300 growers',
      'advice: spend harvest season riding along w/ growers',
      '!growers complain about the prices'
    ]
  ),
  entry(
    'software-frontend',
    'software',
    'email',
    { company: 'Acme Inc.', role: 'Frontend Engineer' },
    { name: 'Jane Doe', title: 'Senior Engineer' },
    [
      'a11y audit coming next qtr',
      'wants someone to own the design system',
      'she asked abt my React testing approach',
      '!salary: they said 140k base max',
      '!she hates the current PM lol'
    ]
  ),
  entry(
    'software-sre',
    'software',
    'email',
    { company: 'Stackline', role: 'Site Reliability Engineer' },
    { name: 'Chris Evans', title: 'SRE Manager' },
    [
      'SLOs for every service by end of yr',
      'liked my postmortem writeup',
      '!pager load is brutal rn',
      '!I flubbed the Linux internals q'
    ]
  ),
  entry(
    'software-data',
    'software',
    'linkedin',
    { company: 'Quanta Analytics', role: 'Data Engineer' },
    { name: 'Elif Şahin', title: 'Data Platform Lead' },
    [
      'migrating batch jobs to streaming',
      'wants someone who cares abt data quality tests',
      '!series B runway is short'
    ]
  ),
  entry(
    'software-mobile',
    'software',
    'handwritten',
    { company: 'Trailhead Apps', role: 'iOS Developer' },
    { name: 'Ben Carter', title: 'Mobile Lead' },
    [
      'offline sync is the hardest part of their app',
      'Q: SwiftUI or UIKit? A: both, moving to SwiftUI',
      '!their CEO is kind of a mess'
    ]
  ),
  entry(
    'software-pm',
    'software',
    'email',
    { company: 'Brightpath', role: 'Product Manager' },
    { name: "D'Arcy Fitzgerald", title: 'VP Product' },
    [
      'wants PMs who talk to customers weekly',
      'onboarding drop-off is the big problem',
      'she liked my pricing experiment story',
      '!equity refresh is small'
    ]
  ),
  entry(
    'software-security',
    'software',
    'email',
    { company: 'Vault Nine', role: 'Security Engineer' },
    { name: 'Arjun Mehta', title: 'CISO' },
    [
      'SOC 2 type II audit in the fall',
      "asked how I'd threat model a new API",
      '!they had a breach last yr, not public'
    ]
  ),
  entry(
    'software-ml',
    'software',
    'email',
    { company: 'Lumen AI', role: 'Machine Learning Engineer' },
    { name: 'Sofia Rossi', title: 'ML Lead' },
    [
      'eval harness for LLM features is their focus',
      'wants someone who ships, not just research',
      'liked my work on model monitoring',
      "!I'm nervous abt the take-home"
    ]
  ),
  entry(
    'finance-audit',
    'finance',
    'handwritten',
    { company: 'Carter & Webb', role: 'Audit Associate' },
    { name: 'Linda Carter', title: 'Audit Partner' },
    ['busy season Jan-Apr', 'she values clear workpapers', '!bonus is tied to utilization']
  ),
  entry(
    'finance-fpa',
    'finance',
    'linkedin',
    { company: 'Orbit Retail Group', role: 'FP&A Analyst' },
    { name: 'George Tan', title: 'Finance Director' },
    ['rolling forecast moving to monthly', 'asked me to walk thru a variance analysis', '!stock is tanking']
  ),
  entry(
    'health-pharmacy',
    'healthcare',
    'email',
    { company: 'CareFirst Pharmacy', role: 'Pharmacy Technician' },
    { name: 'Rachel Kim', title: 'Pharmacist in Charge' },
    ['they fill approx 400 rx a day', 'wants techs who double-check everything', '!understaffed on weekends']
  ),
  entry(
    'health-public',
    'healthcare',
    'email',
    { company: 'County Health Department', role: 'Epidemiologist' },
    { name: 'Dr. Samuel Adeyemi', title: 'Chief Epidemiologist' },
    [
      'health equity dashboard is a priority',
      'asked abt my R + SAS experience',
      'advice: get to know the school nurses'
    ]
  ),
  entry(
    'retail-grocery',
    'retail',
    'handwritten',
    { company: 'FreshMart', role: 'Department Manager' },
    { name: 'Tony Russo', title: 'Store Director' },
    [
      'produce waste is what he wants cut',
      'new self-checkout lanes in April',
      '!my back hurts from my last job lol'
    ]
  ),
  entry(
    'edu-admin',
    'education',
    'email',
    { company: 'Westbrook Academy', role: 'Admissions Officer' },
    { name: 'Catherine Hale', title: 'Dean of Admissions' },
    [
      'wants to reach more first-gen families',
      'open house in Oct is the big event',
      '!enrollment was down 8%'
    ]
  ),
  entry(
    'gov-transit',
    'government',
    'email',
    { company: 'Metro Transit Authority', role: 'Transportation Planner' },
    { name: 'Yusuf Ali', title: 'Planning Manager' },
    [
      'bus network redesign out for comment',
      'he cares abt equity in service coverage',
      "asked how I'd present to a community board",
      '!board politics slow everything down'
    ]
  ),
  entry(
    'mfg-supply',
    'manufacturing',
    'linkedin',
    { company: 'Nordic Components', role: 'Supply Chain Planner' },
    { name: 'Astrid Lund', title: 'Supply Chain Manager' },
    [
      'lead times from Asia are the big issue',
      'she wants someone fluent in SAP',
      '!their last planner left after 6 mos'
    ]
  ),
  entry(
    'hospitality-events',
    'hospitality',
    'email',
    { company: 'Grand Lake Resort', role: 'Events Coordinator' },
    { name: 'Isabel Cruz', title: 'Director of Events' },
    [
      'weddings are 60% of their events',
      'wants someone unflappable on event day',
      '!my own wedding is in June, need time off'
    ]
  ),
  entry(
    'media-podcast',
    'media',
    'linkedin',
    { company: 'Signal Audio', role: 'Podcast Producer' },
    { name: 'Leo Marks', title: 'Head of Audio' },
    ['launching 2 new shows this fall', 'liked my edit of the sample episode', '!ad revenue fell last qtr']
  ),
  entry(
    'nonprofit-env',
    'nonprofit',
    'email',
    { company: 'Green Rivers Alliance', role: 'Volunteer Coordinator' },
    { name: 'Maya Fischer', title: 'Programs Director' },
    [
      'river cleanup days monthly, 100+ vols',
      'she wants better volunteer retention',
      '!ED is leaving in spring'
    ]
  ),
  entry(
    'energy-oil',
    'energy',
    'email',
    { company: 'Basin Petroleum', role: 'Reservoir Engineer' },
    { name: 'Craig Benson', title: 'Reservoir Engineering Manager' },
    [
      'waterflood project in the Permian',
      'asked abt my decline curve work',
      '!rig count cuts = hiring freeze soon'
    ]
  ),
  entry(
    'legal-compliance',
    'legal',
    'email',
    { company: 'Meridian Bank', role: 'Compliance Analyst' },
    { name: 'Fiona Walsh', title: 'Chief Compliance Officer' },
    [
      'KYC refresh project across 3 countries',
      'wants analysts who escalate early',
      '!regulators fined them last yr'
    ]
  ),
  entry(
    'construction-arch',
    'construction',
    'linkedin',
    { company: 'Lindqvist Architects', role: 'Architectural Designer' },
    { name: 'Erik Lindqvist', title: 'Principal' },
    ['mass timber school project', 'he liked my Revit families', '!the partners clash a lot']
  ),
  entry(
    'pharma-reg',
    'pharma',
    'email',
    { company: 'Novum Pharma', role: 'Regulatory Affairs Specialist' },
    { name: 'Claire Dubois', title: 'Regulatory Director' },
    [
      'EU MDR submissions this yr',
      'she values precise writing',
      'Q: how do you handle a deficiency letter? A: triage + owner per point'
    ]
  ),
  entry(
    'gaming-community',
    'gaming',
    'email',
    { company: 'Starforge Studios', role: 'Community Manager' },
    { name: 'Riley Quinn', title: 'Head of Community' },
    [
      'Discord has 80k members',
      'wants someone to turn feedback into reports for devs',
      '!the last patch got review-bombed'
    ]
  ),
  entry(
    'telecom-sales',
    'telecom',
    'linkedin',
    { company: 'Fibrelink', role: 'Account Executive' },
    { name: 'Priyanka Shah', title: 'Sales Director' },
    ['selling fiber to mid-size biz', "asked how I'd build pipeline from scratch", '!OTE is 50/50 split']
  ),
  entry(
    'insurance-actuarial',
    'insurance',
    'email',
    { company: 'Atlas Life', role: 'Actuarial Analyst' },
    { name: 'Henrik Olsen', title: 'Chief Actuary' },
    [
      'moving pricing models from Excel to Python',
      'wants analysts who pass exams steadily',
      '!I failed exam P once'
    ]
  ),
  entry(
    'realestate-asset',
    'real estate',
    'email',
    { company: 'Summit REIT', role: 'Asset Manager' },
    { name: 'Natalie Brooks', title: 'Head of Asset Management' },
    [
      'portfolio of 40 industrial buildings',
      'advice: learn every tenant by name',
      '!two tenants are behind on rent'
    ]
  ),
  entry(
    'agri-tech',
    'agriculture',
    'linkedin',
    { company: 'FieldSense', role: 'Customer Success Manager' },
    { name: 'Jonas Weber', title: 'VP Customer Success' },
    ['sensor installs peak in March', 'he wants CSMs who visit farms, not just call', '!churn is 20% a yr']
  ),
  entry(
    'private-only',
    'software',
    'email',
    { company: 'Acme Inc.', role: 'Backend Engineer' },
    { name: 'Jane Doe', title: 'Senior Engineer' },
    [
      ['salary band below my ask', 'private'],
      ['she mentioned her divorce', 'private']
    ]
  ),
  entry(
    'user-chose',
    'software',
    'email',
    { company: 'Ledgerly', role: 'Senior Software Engineer' },
    { name: 'Tomás Ferreira', title: 'Staff Engineer' },
    [
      ['we both ran the Chicago marathon', 'use'],
      'team of 6, mostly remote',
      ['my old team lead now works there', 'private']
    ]
  ),
  entry(
    'logistics-fleet',
    'logistics',
    'email',
    { company: 'Fleetwise', role: 'Fleet Analyst' },
    { name: 'Grace Liu', title: 'Fleet Manager' },
    [
      'telematics on 1200 trucks',
      'she wants someone to cut idle time',
      'asked abt my route optimization project',
      '!drivers quit over the new scheduling',
      '!traffic on the way in was awful'
    ],
    {
      availabilityRequested: true,
      candidate: { name: 'Alex Kim', availability: 'Tuesday or Thursday afternoon' }
    }
  )
]
