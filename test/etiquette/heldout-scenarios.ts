/**
 * Journal contexts for the held-out evaluation set (heldout-cases.ts): one interview each, in different
 * industries, with names that test the name check (accents, hyphens, apostrophes, short forms). Pure data.
 */
import type { CheckContext, CheckDraft, CheckInput } from '../../shared/etiquette/contract'

export interface Scenario {
  ctx: CheckContext
  /** The address a well-behaved e-mail goes to. */
  to: string
  subject: { thankYou: string; followUp: string }
}

/** Thank-you drafts are checked 6 h after the interview; follow-ups 9 days after the last contact. */
const THANK_YOU_TIMES = { now: '2026-04-14T21:00:00Z', interview: { endedAt: '2026-04-14T15:00:00Z' } }
const FOLLOW_UP_TIMES = { now: '2026-04-24T09:00:00Z', lastContactAt: '2026-04-15T09:00:00Z' }

function scenario(ctx: Omit<CheckContext, 'now'>, subject: Scenario['subject']): Scenario {
  const contacts = ctx.interviewer.contacts ?? []
  return {
    ctx: { now: THANK_YOU_TIMES.now, ...ctx },
    to: contacts.find((c) => c.includes('@')) ?? '',
    subject
  }
}

export const NURSING = scenario(
  {
    candidate: { name: 'Maria Santos' },
    company: 'Mercy Valley Health',
    role: 'Charge Nurse',
    interview: { type: 'panel', endedAt: THANK_YOU_TIMES.interview.endedAt },
    interviewer: { name: 'Chiamaka Okafor', title: 'Nurse Manager', contacts: ['c.okafor@mercyvalley.org'] },
    notes: ['12-hour night shifts on the cardiac step-down unit', 'the new graduate preceptor program'],
    otherInterviewers: ['Tom Reilly'],
    otherCompanies: ["St. Luke's Medical"],
    lastContactAt: THANK_YOU_TIMES.interview.endedAt,
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false
  },
  { thankYou: 'Thank you for today', followUp: 'Charge Nurse position: checking in' }
)

export const SALES = scenario(
  {
    candidate: { name: 'Devon Price' },
    company: 'Brightline Logistics',
    role: 'Account Executive',
    interview: { type: 'peer', endedAt: THANK_YOU_TIMES.interview.endedAt },
    interviewer: {
      name: 'Robert Sullivan',
      title: 'Senior Account Executive',
      contacts: ['rsullivan@brightline.io', 'linkedin.com/in/robertsullivan']
    },
    notes: ['a quarterly quota of $450k in new logos', 'moving the CRM from spreadsheets to HubSpot'],
    otherInterviewers: ['Dana Whitfield'],
    otherCompanies: ['Freightly', 'Convoy'],
    lastContactAt: THANK_YOU_TIMES.interview.endedAt,
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false
  },
  { thankYou: 'Great speaking with you today', followUp: 'Account Executive role - following up' }
)

export const TEACHING = scenario(
  {
    candidate: { name: 'Hannah Cole' },
    company: 'Riverside Middle School',
    role: 'Science Teacher',
    interview: { type: 'panel', endedAt: THANK_YOU_TIMES.interview.endedAt },
    interviewer: {
      name: "Anne-Marie O'Brien",
      title: 'Head of Science',
      contacts: ['aobrien@riverside.k12.us']
    },
    notes: ['the seventh-grade robotics club', 'project-based learning units on water quality'],
    otherInterviewers: ['Marcus Lee'],
    otherCompanies: ['Lakeview Academy'],
    lastContactAt: THANK_YOU_TIMES.interview.endedAt,
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false
  },
  { thankYou: 'Thank you - Science Teacher interview', followUp: 'Science Teacher position' }
)

export const FINANCE = scenario(
  {
    candidate: { name: 'Liam Walsh' },
    company: 'Harrow & Finch Capital',
    role: 'Financial Analyst',
    interview: { type: 'peer', endedAt: THANK_YOU_TIMES.interview.endedAt },
    interviewer: { name: 'José Martínez', title: 'FP&A Manager', contacts: ['jmartinez@harrowfinch.com'] },
    notes: ['the month-end close taking eleven days', 'building a rolling forecast model in Excel'],
    otherInterviewers: ['Priya Raman'],
    otherCompanies: ['Northwind Bank'],
    lastContactAt: THANK_YOU_TIMES.interview.endedAt,
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false
  },
  { thankYou: 'Thank you for your time', followUp: 'Financial Analyst role' }
)

export const DESIGN = scenario(
  {
    candidate: { name: 'Ines Ferreira' },
    company: 'Lumen Studio',
    role: 'Product Designer',
    interview: { type: 'peer', endedAt: THANK_YOU_TIMES.interview.endedAt },
    interviewer: {
      name: 'Zoë Nguyen',
      title: 'Design Lead',
      contacts: ['zoe@lumenstudio.design', 'linkedin.com/in/zoenguyen']
    },
    notes: ['redesigning the onboarding flow for the mobile app', 'their accessibility audit against WCAG'],
    otherInterviewers: ['Sam Patel'],
    otherCompanies: ['Pixelworks'],
    lastContactAt: THANK_YOU_TIMES.interview.endedAt,
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false
  },
  { thankYou: 'Thanks for the conversation', followUp: 'Product Designer role - checking in' }
)

export const ENGINEERING = scenario(
  {
    candidate: { name: 'Priyanka Rao' },
    company: 'Kestrel Robotics',
    role: 'Firmware Engineer',
    interview: { type: 'peer', endedAt: THANK_YOU_TIMES.interview.endedAt },
    interviewer: {
      name: 'Samuel Adeyemi',
      title: 'Embedded Software Lead',
      contacts: ['sam.adeyemi@kestrel-robotics.com']
    },
    notes: [
      'debugging the motor controller over CAN bus',
      'the move from C to Rust for safety-critical code'
    ],
    otherInterviewers: ['Elena Petrova'],
    otherCompanies: ['Vireo Systems'],
    lastContactAt: THANK_YOU_TIMES.interview.endedAt,
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false
  },
  {
    thankYou: 'Thank you for the Firmware Engineer interview',
    followUp: 'Firmware Engineer role: any update?'
  }
)

/** No contacts on file: a personal webmail address is a warning, a work address is fine. */
export const MARKETING = scenario(
  {
    candidate: { name: 'Ade Okoro' },
    company: 'Greenleaf Foods',
    role: 'Marketing Analyst',
    interview: { type: 'peer', endedAt: THANK_YOU_TIMES.interview.endedAt },
    interviewer: { name: 'Siobhan Kelly', title: 'Senior Marketing Analyst' },
    notes: ['the loyalty program churn analysis', 'A/B tests on the spring email campaign'],
    otherInterviewers: ['Kwame Mensah'],
    otherCompanies: ['Harvest Co'],
    lastContactAt: THANK_YOU_TIMES.interview.endedAt,
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false
  },
  { thankYou: 'Thank you for your time today', followUp: 'Marketing Analyst role' }
)

/** A British graduate scheme: British spelling and British letter conventions. */
export const CIVIL = scenario(
  {
    candidate: { name: 'Oliver Bennett' },
    company: 'Thornbury Civils',
    role: 'Graduate Civil Engineer',
    interview: { type: 'panel', endedAt: THANK_YOU_TIMES.interview.endedAt },
    interviewer: {
      name: 'Margaret Hughes',
      title: 'Principal Engineer',
      contacts: ['m.hughes@thornbury.co.uk']
    },
    notes: ['the flood defence scheme in Gloucester', 'site visits during the graduate rotation'],
    otherInterviewers: ['Owen Davies'],
    otherCompanies: ['Balfour Beatty'],
    lastContactAt: THANK_YOU_TIMES.interview.endedAt,
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false
  },
  { thankYou: 'Thank you for Tuesday', followUp: 'Graduate Civil Engineer application' }
)

export type DraftSpec = Partial<CheckDraft> & { body: string }

/** One check input for a scenario: a well-addressed e-mail unless the draft says otherwise. */
export function inputFor(s: Scenario, draft: DraftSpec, ctx: Partial<CheckContext> = {}): CheckInput {
  const kind = draft.kind ?? 'thank-you'
  const followUp = kind === 'check-in'
  return {
    draft: {
      kind,
      channel: 'email',
      to: s.to,
      subject: followUp ? s.subject.followUp : s.subject.thankYou,
      ...draft
    },
    context: { ...s.ctx, ...(followUp ? FOLLOW_UP_TIMES : {}), ...ctx }
  }
}
