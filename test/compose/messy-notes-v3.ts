/**
 * A third, independent set of interview notes as people really type them in the minutes after an interview: fast,
 * with shorthand, symbols, Q:/A:, arrows, ratios, typos, ALL CAPS, emoji and names, across 18 industries and roles.
 * Written after the v2 corpus and never tuned against, so it measures how the composer does on notes it was not
 * built around. A note written with a leading "!" must never reach a draft (pay, confidential, bad news about the
 * employer, private life); `[text, 'private']` is a note the user marked private.
 */
import { entry, type CorpusCase } from './corpus-v2'

export const MESSY_NOTES_V3: readonly CorpusCase[] = [
  entry(
    'icu-nurse',
    'nursing',
    'email',
    { company: 'Mercy General', role: 'ICU Nurse' },
    { name: 'Dana Whitfield', title: 'Nurse Manager' },
    [
      'ratio 1:2 on days, 1:3 nights sometimes',
      'Q: orientation length? A: 12 wks w/ preceptor',
      "she's BIG on pt safety culture, huddles every shift",
      'charting in Epic, went live 2022',
      '!unit lost 4 RNs last qtr, morale low',
      ['my mom was a nurse there 😊', 'private']
    ]
  ),
  entry(
    'middle-school-science',
    'teaching',
    'email',
    { company: 'Lincoln Middle School', role: '7th Grade Science Teacher' },
    { name: 'Marcus Bell', title: 'Principal' },
    [
      'block schedule, 90 min classes',
      "asked how I'd handle a kid who won't engage -> liked my answer abt choice boards",
      'PLCs meet tues after school',
      'new NGSS curriculum rolling out this fall',
      '!budget cuts = no new laptops',
      'recomends I visit a class b4 starting'
    ]
  ),
  entry(
    'dc-ops-supervisor',
    'logistics',
    'linkedin',
    { company: 'FreightLine', role: 'Operations Supervisor' },
    { name: 'Tomás Ortega', title: 'Director of Operations' },
    [
      'DC ships ~40k orders/day in peak',
      'WMS migration to Manhattan in Q3',
      'he wants sb who can coach leads, not just fight fires',
      'on-time % went 91 -> 97 after slotting project',
      'shifts are 4x10s, rotating weekends',
      '!picker turnover is like 60%/yr'
    ]
  ),
  entry(
    'fpa-analyst',
    'finance',
    'email',
    { company: 'Harbor Capital', role: 'Financial Analyst' },
    { name: 'Grace Liu', title: 'FP&A Manager' },
    [
      'monthly close = 5 bus days',
      'models mostly in excel, moving to Anaplan',
      'Q: what makes an analyst great here? A: owning the story behind the #s',
      'she liked my variance analysis example from prev job',
      '!bonus is 10-15% tgt',
      'reports to CFO, presents to board qtrly'
    ]
  ),
  entry(
    'saas-ae',
    'sales',
    'email',
    { company: 'Brightpath', role: 'Account Executive' },
    { name: "Kevin O'Brien", title: 'Regional Sales Director' },
    [
      'quota 800k ARR, ~70% of team hit it last yr',
      'MEDDICC for qualification',
      'loved my story abt winning back the churned acct',
      'SDR:AE ratio 1:2',
      '!OTE 160k, 50/50 split',
      'KEY: multi-threading into exec sponsors!!'
    ]
  ),
  entry(
    'product-designer',
    'design',
    'email',
    { company: 'Lumen Studio', role: 'Product Designer' },
    { name: 'Aiko Tanaka', title: 'Design Lead' },
    [
      'design system in Figma, ~200 components',
      'crit every thurs 🎨',
      'she asked abt my accessibility work -> wants more of that on the team',
      'research ops = 1 person, so designers run their own interviews',
      'talked about the onboarding redesign that cut drop-off 30%',
      ['we both love the same coffee place lol', 'private']
    ]
  ),
  entry(
    'data-scientist',
    'data',
    'email',
    { company: 'Northstar Analytics', role: 'Data Scientist' },
    { name: 'Ravi Menon', title: 'Head of Data' },
    [
      'stack: dbt + Snowflake + Looker',
      'A/B testing platform built in house',
      'Q: how do DS and eng work together? A: embedded in product squads',
      'he recieved my q re experimentation guardrails well',
      'churn model -> reduced churn 2 pts',
      "!they're reorging the data org AGAIN, don't mention"
    ]
  ),
  entry(
    'bridge-project-engineer',
    'civil engineering',
    'email',
    { company: 'Keystone Civil', role: 'Project Engineer' },
    { name: 'Patricia Nguyen', title: 'Senior Project Manager' },
    [
      'bridge rehab on I-80, 3 yr schedule',
      'uses Civil 3D + some Revit',
      'mentorship: every EIT paired w/ a PE',
      'field vs office split ~60/40',
      'she walked me thru their QA/QC checklist for submittals',
      '!lost the last DOT bid, kind of a sore spot'
    ]
  ),
  entry(
    'front-office-manager',
    'hospitality',
    'handwritten',
    { company: 'Seabreeze Resort', role: 'Front Office Manager' },
    { name: 'Luis Fernández', title: 'General Manager' },
    [
      'occupancy ~85% in summer, drops in Jan',
      'guest sat scores = top 10% in the brand',
      "wants a FOM who's on the floor, not in the back office",
      'PMS is Opera Cloud',
      'talked abt handling VIP arrivals + upsell at check-in',
      '!GM before him quit after 6 mos'
    ]
  ),
  entry(
    'litigation-associate',
    'law',
    'email',
    { company: 'Whitmore & Hale LLP', role: 'Litigation Associate' },
    { name: 'Sarah Goldstein', title: 'Partner' },
    [
      'mostly commercial lit, some IP',
      'associates get first-chair depos by yr 3',
      'Q: pro bono? A: encouraged, counts toward billable up to 100 hrs',
      'she clerked for Judge Ramirez (9th Cir)',
      'brief writing is the #1 skill she looks for',
      ["asked if I'm still interviewing elsewhere, said yes", 'private']
    ]
  ),
  entry(
    'senior-backend',
    'software',
    'email',
    { company: 'Cobalt Labs', role: 'Senior Backend Engineer' },
    { name: 'Priya Shah', title: 'Engineering Manager' },
    [
      'monolith -> services, ~15 services now',
      'on call 1wk in 8, pager mostly quiet',
      'Q: how do they do code review? A: 2 approvals, PRs < 400 lines',
      'team = 7 ppl, 2 in Lisbon',
      "she's looking for someone to own the billing rewrite",
      'RFC process for big changes'
    ],
    { otherInterviewers: ['Ben Okafor'] }
  ),
  entry(
    'senior-backend-peer',
    'software',
    'email',
    { company: 'Cobalt Labs', role: 'Senior Backend Engineer' },
    { name: 'Ben Okafor', title: 'Software Engineer' },
    [
      'he pairs w/ new hires first 2 wks',
      'Go + Postgres, some Kafka',
      'loves the blameless postmortems',
      'asked me to design a rate limiter on the whiteboard'
    ],
    { otherInterviewers: ['Priya Shah'] }
  ),
  entry(
    'store-manager',
    'retail management',
    'email',
    { company: 'Oakline Home', role: 'Store Manager' },
    { name: 'Denise Carter', title: 'District Manager' },
    [
      'store does ~$12M/yr, 45 associates',
      'big focus on NPS + shrink',
      'DM visits every 2 wks',
      'liked that I cross-trained cashiers on BOPIS',
      '!prev SM was fired over scheduling',
      'holiday hiring starts Sept!!'
    ]
  ),
  entry(
    'clinical-research-associate',
    'pharma',
    'email',
    { company: 'Verity Bio', role: 'Clinical Research Associate' },
    { name: 'Dr. Hannah Kim', title: 'Associate Director, Clinical Operations' },
    [
      'phase II oncology trial, 18 sites',
      'monitoring visits q6-8 wks, travel ~60%',
      'RBM approach, remote SDV for low risk sites',
      'she emphasized GCP + clean audit trails',
      '!trial is behind schedule on enrollment, might get cut'
    ]
  ),
  entry(
    'content-marketing',
    'marketing',
    'linkedin',
    { company: 'Tidewater Foods', role: 'Content Marketing Manager' },
    { name: 'Jordan Reyes', title: 'VP Marketing' },
    [
      'blog traffic up 3x since they hired an agency',
      'wants someone who can write AND read a dashboard',
      'Q: biggest channel? A: email, 120k subs',
      'brand voice = "warm, not cute"',
      'TikTok test starting Q2 📱'
    ]
  ),
  entry(
    'hr-business-partner',
    'human resources',
    'email',
    { company: 'Crestline Health', role: 'HR Business Partner' },
    { name: 'Amanda Frost', title: 'Chief People Officer' },
    [
      'supports 3 hospitals, ~2,400 employees',
      'engagement survey 2x/yr',
      'asked me to walk through a tough employee relations investigation',
      'union contract renegotiation in 2027',
      '!CEO retiring, succession not announced'
    ]
  ),
  entry(
    'quality-engineer',
    'manufacturing',
    'email',
    { company: 'Precision Parts Co.', role: 'Quality Engineer' },
    { name: 'Bill Kowalski', title: 'Plant Manager' },
    [
      'ISO 9001 + IATF 16949 certified',
      'scrap rate from 4.2% to 1.8% in 2 yrs',
      'lean/six sigma culture, green belt preferred',
      'he showed me the CMM lab 👍',
      'PPAP for every new part, customers mostly Tier 1 auto'
    ]
  ),
  entry(
    'program-coordinator',
    'nonprofit',
    'email',
    { company: 'Open Door Alliance', role: 'Program Coordinator' },
    { name: 'Keisha Brown', title: 'Program Director' },
    [
      'serves ~1,200 families/yr',
      'grant-funded thru 2026',
      'volunteers: ~80 regulars',
      'she values ppl who can do intake in Spanish',
      ['I cried a bit talking abt my grandma', 'private']
    ]
  ),
  entry(
    'instructional-designer',
    'higher education',
    'email',
    { company: 'Riverbend Community College', role: 'Instructional Designer' },
    { name: 'Dr. Alan Price', title: 'Dean of Online Learning' },
    [
      'Canvas LMS, QM standards',
      '40% of courses online since covid',
      'wants faculty training on AI tools',
      'Q: how do you measure course quality?? A: QM review + student evals'
    ]
  ),
  entry(
    'ios-developer',
    'software',
    'email',
    { company: 'Pixelwave', role: 'iOS Developer' },
    { name: 'Chen Wei', title: 'Staff Engineer' },
    [
      'SwiftUI for new screens, UIKit legacy',
      'release every 2 wks w/ feature flags',
      'crash-free rate 99.8%',
      'pair programming 2x/wk',
      "asked abt my open source lib, he'd used it!",
      '!equity refresh is small'
    ]
  ),
  entry(
    'credit-analyst',
    'banking',
    'email',
    { company: 'First Prairie Bank', role: 'Credit Analyst' },
    { name: 'Megan Schultz', title: 'Credit Manager' },
    [
      'portfolio = mostly ag + CRE loans',
      'annual reviews for loans > $500k',
      'CREDIT MEMO TEMPLATE IS 12 PAGES lol',
      'she started as a teller 15 yrs ago',
      'training program: 6 mo rotation'
    ]
  ),
  entry(
    'courier-dispatcher',
    'logistics',
    'email',
    { company: 'Swift Courier', role: 'Dispatcher' },
    { name: 'Andre Jackson', title: 'Dispatch Lead' },
    [
      'dispatch ~120 drivers across 3 zones',
      'uses Onfleet for routing',
      'late deliveries mostly from downtown construction',
      'wants calm under pressure, esp fri afternoons'
    ]
  ),
  entry(
    'restaurant-gm',
    'hospitality',
    'email',
    { company: 'Copper Pot', role: 'Restaurant General Manager' },
    { name: 'Elena Rossi', title: 'Owner' },
    [
      'farm-to-table, menu changes weekly',
      'covers: ~180/night on weekends',
      'food cost target 28%',
      "she asked how I'd fix slow ticket times",
      "!she's going through a divorce, mentioned it"
    ]
  ),
  entry(
    'charge-nurse-peds',
    'nursing',
    'email',
    { company: "St. Jude's Children's Clinic", role: 'Charge Nurse' },
    { name: 'Rosa Delgado', title: 'Director of Nursing' },
    [
      '- peds outpt, ~60 pts/day',
      'float pool covers sick calls',
      'Magnet designation 2021 ✨',
      'she asked what I do when 2 pts crash at once',
      'loved that I precept new grads'
    ],
    { availabilityRequested: true, candidate: { name: 'Alex Kim', availability: 'Mon or Wed mornings' } }
  ),
  entry(
    'esl-teacher',
    'teaching',
    'email',
    { company: 'Bright Horizons Academy', role: 'ESL Teacher' },
    { name: 'Nadia Haddad', title: 'Academic Coordinator' },
    [
      'class size ~18, mixed levels',
      'co-teaching model w/ content teachers',
      'THEY USE WIDA FOR ASSESSMENT',
      'she suggested I look at their newcomer program',
      'parents nights 1x/month, translators provided'
    ]
  )
]
