/**
 * Whole interviews outside software, with three to five notes each as people type them: the drafts composed from
 * them are read end to end in the tests (flow, word limits, the checker). Timing fields are set by `contextFor`.
 */
import type { CheckContext } from '../../shared/etiquette/contract'
import type { NamedContext } from './named-context'

function interview(
  overrides: Partial<CheckContext> & Pick<CheckContext, 'interviewer' | 'company' | 'role'>
) {
  return {
    now: '2026-03-03T19:00:00Z',
    candidate: { name: 'Alex Kim' },
    interview: { type: 'panel', endedAt: '2026-03-03T16:00:00Z' },
    notes: [],
    otherInterviewers: [],
    otherCompanies: ['Globex', 'Initech'],
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false,
    ...overrides
  } satisfies CheckContext
}

export const ROLE_CONTEXTS: readonly NamedContext[] = [
  {
    id: 'retail-store-manager',
    context: interview({
      company: 'Harbor Outfitters',
      role: 'Assistant Store Manager',
      interviewer: { name: 'Denise Carter', title: 'District Manager', contacts: ['denise@harbor.example'] },
      notes: [
        '- shrink down 30% since new LP process',
        'store mgr = 45 ppl, 3 ASMs',
        '- planogram resets every Tues',
        'Q: how do they schedule? A: 2 wks out, via app'
      ]
    })
  },
  {
    id: 'logistics-operations',
    context: interview({
      company: 'Northline Freight',
      role: 'Operations Supervisor',
      candidate: { name: 'Alex Kim', availability: 'mon/wed after 2pm' },
      availabilityRequested: true,
      interviewer: {
        name: 'Marcus Lee',
        title: 'Director of Operations',
        contacts: ['marcus.lee@northline.example']
      },
      notes: [
        'DC network = 14 sites, moving to WMS Manhattan',
        'peak season = mandatory OT, Nov-Jan',
        '- last mile = biggest cost driver'
      ]
    })
  },
  {
    id: 'law-associate',
    context: interview({
      company: 'Whitfield & Rowe',
      role: 'Litigation Associate',
      interviewer: {
        name: 'Eleanor Whitfield',
        title: 'Partner',
        contacts: ['ewhitfield@whitfieldrowe.example']
      },
      otherInterviewers: ['Daniel Osei'],
      notes: [
        'partners bill 1,800 hrs/yr target',
        '- pro bono hrs count toward billable!!',
        'Q: how is work assigned? A: informal, thru senior assoc',
        'firm uses Relativity for e-discovery',
        'associates rotate thru practice groups yr 1'
      ]
    })
  },
  {
    id: 'pharmacy-hospital',
    context: interview({
      company: 'St. Brigid Medical Center',
      role: 'Clinical Pharmacist',
      interviewer: {
        name: 'Dr. Priya Raman',
        title: 'Director of Pharmacy',
        contacts: ['praman@stbrigid.example']
      },
      notes: [
        'Magnet hospital since 2019',
        '340 scripts/day avg, 2 techs',
        'clinical pharmacist on every floor',
        'DEA audit last yr went fine'
      ]
    })
  },
  {
    id: 'data-science',
    context: interview({
      company: 'Copperleaf Insurance',
      role: 'Senior Data Scientist',
      interviewer: { name: 'Tomás Ortega', title: 'Head of Data', contacts: ['tomas@copperleaf.example'] },
      notes: [
        'models in prod = 12, mostly xgboost',
        '- A/B tests need 2 wks min',
        'data team reports to CFO not CTO',
        'Q: how do they handle PII? A: separate VPC, strict access'
      ]
    })
  },
  {
    id: 'customer-success',
    context: interview({
      company: 'Brightlane',
      role: 'Customer Success Manager',
      interviewer: {
        name: 'Keisha Brown',
        title: 'VP of Customer Success',
        contacts: ['keisha@brightlane.example']
      },
      notes: [
        'super proud of their NPS = 72!!',
        'book of biz ~$4M ARR per CSM',
        'churn down from 9% -> 6%',
        'QBRs w/ top 50 accts',
        'onboarding = 30/60/90 plan'
      ]
    })
  },
  {
    id: 'government-analyst',
    context: interview({
      company: 'State Department of Revenue',
      role: 'Policy Analyst',
      interviewer: {
        name: 'Gloria Nuñez',
        title: 'Deputy Director',
        contacts: ['gloria.nunez@revenue.example']
      },
      notes: [
        'agency moving off mainframe by 2027',
        'policy team of 6 under deputy director',
        'FOIA requests backlog ~600',
        'if budget gets approved'
      ]
    })
  },
  {
    id: 'non-profit-development',
    context: interview({
      company: 'Riverbend Literacy Project',
      role: 'Development Manager',
      candidate: { name: 'Alex Kim', availability: 'Thursday morning or Friday' },
      availabilityRequested: true,
      interviewer: {
        name: "Siobhan O'Neill",
        title: 'Executive Director',
        contacts: ['siobhan@riverbend.example']
      },
      notes: [
        'grant-funded thru 2026',
        'board is very hands on',
        '- volunteer coordinator left, role open 3 mos',
        'capital campaign kicking off in spring'
      ]
    })
  },
  {
    id: 'remote-company-mixed',
    context: interview({
      company: 'Loomwork',
      role: 'Product Designer',
      interviewer: { name: 'Ana Lima', contacts: ['ana@loomwork.example'] },
      otherInterviewers: ['Ben Cho'],
      notes: [
        'remote-first, offsite 2x/yr',
        'talked abt comp = bands public',
        'loves Thursday critiques!!',
        'Python + dbt + Snowflake'
      ]
    })
  },
  {
    id: 'warehouse-excited',
    context: interview({
      company: 'Northline Freight',
      role: 'Operations Supervisor',
      interviewer: { name: 'Ruth Adeyemi', title: 'General Manager', contacts: ['ruth@northline.example'] },
      otherInterviewers: ['Marcus Lee'],
      notes: [
        'excited abt new DC = opens in May',
        'dock-to-stock < 24 hrs',
        '- stakeholders mostly in marketing',
        'mostly remote'
      ]
    })
  }
]
