/**
 * Held-out drafts for the v2 rules (content.private, content.compensation, content.negative, style.shorthand, the
 * wider tone.pushy, interest.missing and personal.missing) and their traps: careful writing in many industries and
 * channels that must draw nothing ("turnover" as revenue, "health equity", "an added bonus", "Q3", "B2B", "C++",
 * "R&D", British spelling, a signature block with a phone number).
 */
import type { CheckContext, ContextNote } from '../../shared/etiquette/contract'
import { c, FU, p, type HeldoutCase } from './heldout-helpers'
import type { Scenario } from './heldout-scenarios'
import { DESIGN, ENGINEERING, FINANCE, MARKETING, NURSING, SALES, TEACHING, CIVIL } from './heldout-scenarios'
import { ACADEMIA, AUDIT, INFORMATICS, SALESFORCE, SAP, SRE } from './heldout-scenarios-3'

/** A complete thank-you around one middle paragraph: greeting, thanks, the middle, interest, an offer, sign-off. */
function thankYou(s: Scenario, middle: string, extra = ''): string {
  const first = s.ctx.interviewer.name.split(' ')[0] ?? ''
  return p(
    `Hi ${first},`,
    `Thank you for taking the time to meet with me today. ${middle}`,
    `I am excited about the ${s.ctx.role} role at ${s.ctx.company}.${extra ? ` ${extra}` : ''}`,
    'If there is anything else I can share, please let me know.',
    `Best regards,\n${s.ctx.candidate?.name ?? ''}`
  )
}

/** A check-in nine days later, with one sentence of its own. */
function checkIn(s: Scenario, sentence: string): string {
  const first = s.ctx.interviewer.name.split(' ')[0] ?? ''
  return p(
    `Hi ${first},`,
    `I hope you are well. Thank you again for our conversation about the ${s.ctx.role} position. ${sentence}`,
    `I remain very interested in joining ${s.ctx.company}, and I am happy to answer any questions.`,
    `Kind regards,\n${s.ctx.candidate?.name ?? ''}`
  )
}

const withNotes = (s: Scenario, ...extra: ContextNote[]): Partial<CheckContext> => ({
  notes: [...(s.ctx.notes ?? []), ...extra]
})

export const HELDOUT_V2: HeldoutCase[] = [
  // content.private
  c(
    'nursing-v2-private-echo',
    NURSING,
    {
      body: thankYou(
        NURSING,
        'I was sorry to hear the unit has lost four nurses since spring, and I enjoyed hearing about the preceptor program.'
      )
    },
    ['content.private'],
    ['content.negative'],
    withNotes(NURSING, { text: 'unit lost four nurses since spring, morale low', use: 'private' })
  ),
  c(
    'civil-v2-private-codename',
    CIVIL,
    {
      body: thankYou(
        CIVIL,
        'The flood defence scheme in Gloucester was fascinating, and so was the Heron bid you described.'
      )
    },
    ['content.private'],
    [],
    withNotes(CIVIL, { text: 'Project Heron = new Severn crossing bid, not public yet', use: 'private' })
  ),
  c(
    'civil-v2-confidential-marker',
    CIVIL,
    {
      body: thankYou(
        CIVIL,
        'I know the Severn crossing bid is confidential, but the flood defence work in Gloucester sounds just as rewarding.'
      )
    },
    ['content.private']
  ),
  c(
    'sap-v2-internal-name',
    SAP,
    {
      body: thankYou(
        SAP,
        'Moving the general ledger to S/4HANA (internal name Tulip) is exactly the kind of programme I enjoy.'
      )
    },
    ['content.private']
  ),
  c(
    'informatics-v2-private-figure',
    INFORMATICS,
    {
      body: thankYou(
        INFORMATICS,
        'The Epic upgrade going live in October sounds ambitious, especially with a 20% smaller budget.'
      )
    },
    ['content.private'],
    ['content.negative'],
    withNotes(INFORMATICS, { text: 'go-live slipped twice, IT budget down 20%', use: 'private' })
  ),
  c(
    'sales-v2-private-kept-out',
    SALES,
    {
      body: thankYou(
        SALES,
        'Moving the CRM from spreadsheets to HubSpot is a project I would love to help with.'
      )
    },
    [],
    [],
    withNotes(SALES, { text: 'base is 85k, below what I make now', use: 'private' })
  ),
  c('informatics-v2-patient-confidentiality-trap', INFORMATICS, {
    body: thankYou(
      INFORMATICS,
      'I appreciated hearing how the team protects patient confidentiality while rebuilding the medication order sets.'
    )
  }),
  // content.compensation
  c(
    'sales-v2-ote',
    SALES,
    {
      body: thankYou(
        SALES,
        'It was helpful to hear that OTE is split evenly between base and commission, and how the HubSpot move is going.'
      )
    },
    ['content.compensation']
  ),
  c(
    'finance-v2-salary-range',
    FINANCE,
    {
      body: thankYou(
        FINANCE,
        'Building a rolling forecast model in Excel is close to what I do now.',
        'I would also be keen to understand the salary range for the role.'
      )
    },
    ['content.compensation']
  ),
  c(
    'audit-v2-hourly-rate',
    AUDIT,
    {
      body: thankYou(
        AUDIT,
        'The first-year audit of a nonprofit hospital client sounds like a great learning ground. Is the hourly rate for busy season overtime fixed?'
      )
    },
    ['content.compensation']
  ),
  c('sales-v2-quota-trap', SALES, {
    body: thankYou(
      SALES,
      'A quarterly quota of $450k in new logos is ambitious, and I liked how you plan to reach it with HubSpot.'
    )
  }),
  c('finance-v2-equity-research-trap', FINANCE, {
    body: thankYou(
      FINANCE,
      'Your years in equity research explain the rigour of the rolling forecast model you showed me.'
    )
  }),
  c('marketing-v2-bonus-trap', MARKETING, {
    channel: 'linkedin',
    to: '',
    subject: '',
    body: p(
      'Hi Siobhan,',
      'Thanks again for walking me through the loyalty program churn analysis; the A/B tests on the spring email campaign were a welcome bonus.',
      'I am keen on the Marketing Analyst role and happy to share more of my work.',
      'Best,\nAde'
    )
  }),
  // content.negative
  c(
    'finance-v2-results-down',
    FINANCE,
    {
      body: thankYou(
        FINANCE,
        'It was candid of you to share that Q2 results were down, and the month-end close taking eleven days surprised me.'
      )
    },
    ['content.negative']
  ),
  c(
    'teaching-v2-layoffs',
    TEACHING,
    {
      body: thankYou(
        TEACHING,
        'The seventh-grade robotics club is wonderful, although I was sorry to hear about the district layoffs last spring.'
      )
    },
    ['content.negative']
  ),
  c(
    'design-v2-total-mess',
    DESIGN,
    {
      body: thankYou(
        DESIGN,
        'Redesigning the onboarding flow for the mobile app sounds rewarding, even if the current design system is a total mess.'
      )
    },
    ['content.negative']
  ),
  c(
    'audit-v2-staff-turnover',
    AUDIT,
    {
      body: thankYou(
        AUDIT,
        'Busy season staffing from January through April sounds tough with staff turnover as high as you described.'
      )
    },
    ['content.negative']
  ),
  c(
    'sre-v2-outage-nightmare',
    SRE,
    {
      body: thankYou(
        SRE,
        'The March outage sounded like an absolute nightmare, and I liked hearing about your blameless postmortems.'
      )
    },
    ['content.negative']
  ),
  c('finance-v2-close-challenge-trap', FINANCE, {
    body: thankYou(
      FINANCE,
      'The eleven-day month-end close is exactly the kind of problem I would love to help shorten.'
    )
  }),
  c('informatics-v2-alert-fatigue-trap', INFORMATICS, {
    body: thankYou(
      INFORMATICS,
      'I would love to help reduce the alert fatigue your nurses face from medication order sets.'
    )
  }),
  c('sales-v2-turnover-revenue-trap', SALES, {
    body: thankYou(
      SALES,
      'Brightline’s annual turnover has doubled since 2022, and moving the CRM from spreadsheets to HubSpot is the natural next step.'
    )
  }),
  c('marketing-v2-customer-attrition-trap', MARKETING, {
    body: thankYou(
      MARKETING,
      'Reducing customer attrition through the loyalty program churn analysis is work I know well.'
    )
  }),
  // style.shorthand
  c(
    'nursing-v2-shorthand',
    NURSING,
    { body: thankYou(NURSING, 'I enjoyed hearing abt the 12hr night shifts w/ the step-down team.') },
    ['style.shorthand'],
    ['spelling']
  ),
  c(
    'teaching-v2-shorthand-ppl',
    TEACHING,
    { body: thankYou(TEACHING, 'The robotics club (!) with 30 ppl sounds like a joy to run.') },
    ['style.shorthand'],
    ['spelling']
  ),
  c(
    'engineering-v2-arrow',
    ENGINEERING,
    {
      body: thankYou(ENGINEERING, 'The C -> Rust move for safety-critical code was the highlight of my day.')
    },
    ['style.shorthand']
  ),
  c(
    'salesforce-v2-glued',
    SALESFORCE,
    { body: thankYou(SALESFORCE, 'Consolidating three Salesforce orgs into one in 6mo is a bold plan.') },
    ['style.shorthand']
  ),
  c(
    'sre-v2-q-re',
    SRE,
    { body: thankYou(SRE, 'Thank you for taking my q re blameless postmortems so seriously.') },
    ['style.shorthand'],
    ['spelling']
  ),
  c('engineering-v2-cpp-rnd-trap', ENGINEERING, {
    body: thankYou(
      ENGINEERING,
      'The move from C to C++ and then Rust, and the R&D budget set aside for safety-critical code, impressed me.'
    )
  }),
  c('salesforce-v2-q3-b2b-trap', SALESFORCE, {
    body: thankYou(
      SALESFORCE,
      'The Q3 renewal push for B2B accounts, with renewal reminders built in Flow, sounds like a great place to start.'
    )
  }),
  // tone.pushy
  c(
    'sales-v2-polite-deadline',
    SALES,
    { kind: FU, body: checkIn(SALES, 'Could you let me know by end of the week where things stand?') },
    ['tone.pushy']
  ),
  c(
    'audit-v2-decision-by-friday',
    AUDIT,
    {
      kind: FU,
      body: checkIn(AUDIT, 'I would appreciate a decision by Friday, as I am weighing another offer.')
    },
    ['tone.pushy']
  ),
  c(
    'academia-v2-offer-presumed',
    ACADEMIA,
    {
      body: thankYou(
        ACADEMIA,
        'Dating sediment cores with lead-210 is exactly my field.',
        'I look forward to receiving your offer.'
      )
    },
    ['tone.pushy']
  ),
  c(
    'teaching-v2-when-i-can-start',
    TEACHING,
    {
      body: thankYou(
        TEACHING,
        'The project-based learning units on water quality sound inspiring.',
        'Please let me know when I can start.'
      )
    },
    ['tone.pushy']
  ),
  c('sap-v2-own-deadline-trap', SAP, {
    body: thankYou(
      SAP,
      'Intercompany reconciliation across twelve entities is familiar ground; I will send the write-up we discussed by Friday.'
    )
  }),
  // interest.missing and personal.missing
  c('nursing-v2-keener-than-ever', NURSING, {
    body: p(
      'Hi Chiamaka,',
      'Thank you for the tour of the cardiac step-down unit today. I left keener than ever on the role, and the preceptor program is a big part of why.',
      'If there is anything else I can share, please let me know.',
      'Best regards,\nMaria Santos'
    )
  }),
  c(
    'civil-v2-no-longer-interested',
    CIVIL,
    {
      body: p(
        'Dear Margaret,',
        'Thank you for showing me the flood defence scheme in Gloucester. After some thought I am no longer interested in moving, so please take my name out of consideration.',
        'Kind regards,\nOliver Bennett'
      )
    },
    ['interest.missing'],
    ['questions.missing']
  ),
  c(
    'design-v2-a11y-paraphrase',
    DESIGN,
    { body: thankYou(DESIGN, 'Your accessibility review process is something I would love to learn from.') },
    [],
    [],
    { notes: ['a11y audit, WCAG 2.2 AA, every release'] }
  ),
  c(
    'sre-v2-k8s-paraphrase',
    SRE,
    { body: thankYou(SRE, 'Running PostgreSQL on Kubernetes with an operator is the work I enjoy most.') },
    [],
    [],
    { notes: ['PG on k8s w/ an operator'] }
  ),
  c(
    'design-v2-signature-only',
    DESIGN,
    {
      body: p(
        'Hi Zoë,',
        'Thank you for meeting with me today. It was great to learn more about the team and how you work.',
        'I am excited about the Product Designer role at Lumen Studio. If there is anything else I can share, please let me know.',
        'Best regards,\nInes Ferreira\nProduct Designer · onboarding flows and accessibility audits\n+351 912 345 678'
      )
    },
    ['personal.missing']
  ),
  // Careful writing in other registers: nothing at all.
  c('civil-v2-british-signature', CIVIL, {
    body: p(
      'Dear Margaret,',
      'Thank you for meeting me this afternoon. The flood defence scheme in Gloucester is exactly the sort of programme I hoped to join, and I was glad to hear that site visits are part of the graduate rotation. It is an organisation whose colleagues clearly take pride in their work.',
      'I remain very keen on the Graduate Civil Engineer role and would be happy to provide anything further you need.',
      'Kind regards,\nOliver Bennett\nMEng Civil Engineering, University of Bristol\n+44 7700 900123 · oliver.bennett@example.co.uk'
    )
  }),
  c('teaching-v2-health-equity-trap', TEACHING, {
    body: thankYou(
      TEACHING,
      'Your project-based units on water quality and health equity show how science can matter to seventh graders.'
    )
  }),
  c(
    'academia-v2-typo-from-note',
    ACADEMIA,
    {
      body: thankYou(
        ACADEMIA,
        'I was glad the samples you recieved from Svalbard dated so cleanly with lead-210.'
      )
    },
    ['spelling'],
    [],
    { notes: ['sediment cores dated w/ lead-210, recieved samples from Svalbard'] }
  ),
  c(
    'academia-v2-dictionary',
    ACADEMIA,
    {
      body: thankYou(
        ACADEMIA,
        'Dating sediment cores with lead-210 and the new gravitycorer sounded fascinating.'
      )
    },
    [],
    [],
    { dictionary: ['gravitycorer'] }
  )
]
