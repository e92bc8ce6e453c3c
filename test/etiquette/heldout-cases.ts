/**
 * Held-out evaluation set: realistic drafts written by hand and labelled by reading them against the contract
 * (docs/etiquette-rules.md), not by running the checker. `expect`: rules a careful reviewer says must
 * fire; `allow`: rules that may reasonably fire either way; any other finding is a false positive.
 */
import { c, FU, p, type HeldoutCase } from './heldout-helpers'
import { HELDOUT_PART_TWO } from './heldout-cases-more'
import { FINANCE, NURSING, SALES, TEACHING } from './heldout-scenarios'

export type { HeldoutCase } from './heldout-helpers'

// Nursing: Chiamaka Okafor, Charge Nurse at Mercy Valley Health.
const NURSING_CLEAN = p(
  'Dear Dr. Okafor,',
  'Thank you for meeting with me this afternoon. I appreciated your candour about the 12-hour night shifts on the cardiac step-down unit and how the team supports each other through them.',
  "The new graduate preceptor program is exactly the kind of mentoring culture I want to be part of, and I'm eager to contribute as a Charge Nurse at Mercy Valley Health.",
  "Please don't hesitate to contact me if you have any further questions.",
  'With gratitude,\nMaria Santos, RN, BSN\n(555) 214-8890'
)

const nursing: HeldoutCase[] = [
  c('nursing-clean-dr', NURSING, { body: NURSING_CLEAN }),
  c(
    'nursing-casual-emoji',
    NURSING,
    {
      body: p(
        'Hi Chiamaka!',
        "Thanks a ton for chatting with me today!!! I'm gonna be honest, the cardiac step-down unit sounds kinda intense but I loved it 😅",
        "I'm still super excited about the Charge Nurse role. Let me know if you need anything else from me.",
        'Cheers,\nMaria'
      )
    },
    ['tone.casual']
  ),
  c(
    'nursing-fu-pushy-expect-call',
    NURSING,
    {
      kind: FU,
      body: p(
        'Dear Dr. Okafor,',
        "It has been over a week since my interview for the Charge Nurse position. I expect a decision by Friday, as I have other offers on the table. I'll call you Monday if I don't hear back.",
        'Thank you,\nMaria Santos'
      )
    },
    ['tone.pushy', 'interest.missing', 'questions.missing']
  ),
  c('nursing-late', NURSING, { body: NURSING_CLEAN }, ['timing.late-thank-you'], [], {
    now: '2026-04-17T10:00:00Z'
  }),
  c('nursing-on-time-23h', NURSING, { body: NURSING_CLEAN }, [], [], { now: '2026-04-15T14:00:00Z' }),
  c('nursing-handwritten-card', NURSING, {
    channel: 'handwritten',
    to: '',
    subject: '',
    body: p(
      'Dear Chiamaka,',
      "Thank you so much for the tour of the cardiac step-down unit and for introducing me to the night team. I'm grateful for the time you gave me.",
      "I would be thrilled to join Mercy Valley Health, and I'm happy to provide references whenever helpful.",
      'Warmly,\nMaria'
    )
  }),
  c('nursing-wrong-person', NURSING, { body: NURSING_CLEAN.replace('Dear Dr. Okafor,', 'Dear Tom,') }, [
    'name.mismatch'
  ]),
  c(
    'nursing-misspelled-surname',
    NURSING,
    { body: NURSING_CLEAN.replace('Dr. Okafor', 'Dr. Okafur') },
    ['name.mismatch'],
    ['spelling']
  ),
  c('nursing-med-surg-terms', NURSING, {
    body: p(
      'Dear Dr Okafor,',
      'Thank you for your time today. After six years on a med-surg floor and two on telemetry, the step-down unit feels like the right next step, and I left our conversation even more enthusiastic about the role.',
      'I would be glad to share my ACLS and PALS certifications or speak further about my charge experience.',
      'Kind regards,\nMaria Santos'
    )
  }),
  c(
    'nursing-other-company',
    NURSING,
    {
      body: NURSING_CLEAN.replace(
        'as a Charge Nurse at Mercy Valley Health',
        "as a Charge Nurse at St. Luke's Medical"
      )
    },
    ['company.mismatch']
  ),
  c(
    'nursing-fu-availability-given',
    NURSING,
    {
      kind: FU,
      body: p(
        'Dear Dr. Okafor,',
        'Thank you for inviting me back for a shadow shift on the step-down unit. I am available Tues. from 7am to 3pm, or any day the week of the 27th.',
        'I remain very interested in the Charge Nurse position and am happy to answer any other questions.',
        'Best regards,\nMaria Santos'
      )
    },
    [],
    [],
    { availabilityRequested: true }
  )
]

// Sales: Robert ("Bob") Sullivan, Account Executive at Brightline Logistics.
const SALES_FU_CLEAN = p(
  'Hi Robert,',
  'I hope the quarter is closing strong. Thank you again for walking me through the Account Executive opening last week; I wanted to check whether there is any update on timing.',
  "I'm still very keen on joining Brightline Logistics, and I'm happy to share references or my pipeline numbers if that helps.",
  'Best regards,\nDevon Price'
)

const sales: HeldoutCase[] = [
  c('sales-bob-bullets', SALES, {
    body: p(
      'Hi Bob,',
      'Thanks again for the time today. Hearing how the team is moving the CRM off spreadsheets and into HubSpot made me even more excited about the Account Executive role.',
      "A quick recap of why I think I'd be a strong fit:\n- 118% of a $400k new-logo quota last year\n- three years selling into mid-market shippers\n- I set up our Salesforce dashboards from scratch",
      'Happy to share references or walk through my pipeline numbers if that would help.',
      'Best,\nDevon Price\n555-867-5309 | linkedin.com/in/devonprice'
    )
  }),
  c(
    'sales-linkedin-fu-no-offer',
    SALES,
    {
      kind: FU,
      channel: 'linkedin',
      to: 'https://www.linkedin.com/in/robertsullivan/',
      subject: '',
      body: p(
        'Hi Robert,',
        "I hope your quarter is closing strong. I wanted to follow up on our conversation about the Account Executive opening and see whether there's any update on timing.",
        "I'm still very keen on Brightline Logistics and would welcome the chance to keep talking. Thanks again for your time.",
        'Best regards,\nDevon'
      )
    },
    ['questions.missing']
  ),
  c('sales-fu-clean', SALES, { kind: FU, body: SALES_FU_CLEAN }),
  c(
    'sales-other-company-body',
    SALES,
    {
      kind: FU,
      body: SALES_FU_CLEAN.replace('joining Brightline Logistics', 'joining Freightly')
    },
    ['company.mismatch']
  ),
  c('sales-fu-third', SALES, { kind: FU, body: SALES_FU_CLEAN }, ['overfollow'], [], { checkInsSent: 3 }),
  c('sales-fu-replied', SALES, { kind: FU, body: SALES_FU_CLEAN }, [], [], {
    checkInsSent: 2,
    replyReceived: true
  }),
  c(
    'sales-fu-kindly-revert',
    SALES,
    {
      kind: FU,
      body: p(
        'Dear Robert,',
        'Thank you for the interview on Tuesday regarding the Account Executive post. Kindly revert at the earliest regarding the status of my application, as I need an answer this week.',
        'I remain very interested in the role.',
        'Regards,\nDevon Price'
      )
    },
    ['tone.pushy', 'questions.missing']
  ),
  c(
    'sales-deserve-need-job',
    SALES,
    {
      body: p(
        'Hi Bob,',
        'Thank you for meeting me. After our talk about the $450k quota for new logos, I honestly believe I deserve this role more than anyone else you will meet, and I really need this job.',
        'Looking forward to hearing from you.',
        'Devon'
      )
    },
    ['tone.pushy', 'questions.missing'],
    ['interest.missing', 'signoff.missing']
  ),
  c('sales-rob-dash-signature', SALES, {
    body: p(
      'Rob,',
      "Many thanks for the candid conversation this morning. The $450k quota is ambitious, and that's exactly the kind of target I'm looking for. I'd love to be part of the Brightline Logistics team.",
      "If you'd like to see my last two years of attainment, I can send them over.",
      '— Devon'
    )
  }),
  c(
    'sales-asap',
    SALES,
    {
      kind: FU,
      body: p(
        'Hi Robert,',
        'Thanks again for your time last week. Could you please let me know ASAP where things stand with the Account Executive role? I need to hear back by Friday.',
        'I remain very interested and am happy to answer any questions.',
        'Regards,\nDevon'
      )
    },
    ['tone.pushy']
  ),
  c(
    'sales-fu-wrong-linkedin',
    SALES,
    {
      kind: FU,
      channel: 'linkedin',
      to: 'linkedin.com/in/bob-sullivan-88',
      subject: '',
      body: SALES_FU_CLEAN
    },
    ['privacy.channel']
  ),
  c(
    'sales-instagram-dm',
    SALES,
    { kind: FU, channel: 'instagram', to: '@bobsully', subject: '', body: SALES_FU_CLEAN },
    ['privacy.channel']
  )
]

// Teaching: Anne-Marie O'Brien, Science Teacher at Riverside Middle School.
const TEACHING_CLEAN = p(
  "Dear Ms. O'Brien,",
  "Thank you for taking the time to show me around Riverside today. Talking about the seventh-grade robotics club reminded me why I went into teaching, and I'd love the chance to help it grow.",
  "I'm very excited about the Science Teacher position and the project-based units you are building on water quality. If any questions come up as you make your decision, please feel free to reach out.",
  'Kind regards,\nHannah Cole'
)

const teaching: HeldoutCase[] = [
  c('teaching-clean-obrien', TEACHING, { body: TEACHING_CLEAN }),
  c('teaching-hyphen-dash-greeting', TEACHING, {
    body: p(
      'Hi Anne-Marie -',
      "Thanks so much for today. I can't stop thinking about the water quality unit and how the students test samples from the creek behind the school. It's the kind of hands-on science I'd be thrilled to teach at Riverside.",
      "If it would help, I'm glad to send a sample lesson plan.",
      'Thanks again,\nHannah'
    )
  }),
  c(
    'teaching-name-misspelled',
    TEACHING,
    { body: TEACHING_CLEAN.replace("Dear Ms. O'Brien,", 'Dear Annemarie,') },
    ['name.mismatch'],
    ['spelling']
  ),
  // Half of a hyphenated first name is not someone else's name; whether she goes by "Anne" is not knowable.
  c(
    'teaching-first-half-of-hyphenated',
    TEACHING,
    { body: TEACHING_CLEAN.replace("Dear Ms. O'Brien,", 'Dear Anne,') },
    [],
    ['name.mismatch']
  ),
  c(
    'teaching-to-whom',
    TEACHING,
    { body: TEACHING_CLEAN.replace("Dear Ms. O'Brien,", 'To whom it may concern,') },
    ['personal.generic']
  ),
  c(
    'teaching-hiring-committee',
    TEACHING,
    { body: TEACHING_CLEAN.replace("Dear Ms. O'Brien,", 'Dear Hiring Committee,') },
    ['personal.generic']
  ),
  c(
    'teaching-recruitment-team',
    TEACHING,
    { body: TEACHING_CLEAN.replace("Dear Ms. O'Brien,", 'Dear Recruitment Team,') },
    ['personal.generic']
  ),
  c(
    'teaching-placeholder-school',
    TEACHING,
    { body: TEACHING_CLEAN.replace('show me around Riverside today', 'show me around [School Name] today') },
    ['placeholder']
  ),
  c('teaching-fu-names-role', TEACHING, {
    kind: FU,
    body: p(
      "Dear Ms. O'Brien,",
      'I hope the spring term is going well. Thank you again for considering me for the science teacher opening. I wanted to ask whether there is any news about next steps.',
      "I'm still very interested in joining Riverside and would be happy to provide any further information you need.",
      'Sincerely,\nHannah Cole'
    )
  }),
  c(
    'teaching-generic-thank-you',
    TEACHING,
    {
      body: p(
        "Dear Ms. O'Brien,",
        'Thank you for the interview for the Science Teacher position. I enjoyed meeting the team and hearing about the school. I am excited about the opportunity and believe I would be a great fit.',
        'Please let me know if you have any further questions.',
        'Sincerely,\nHannah Cole'
      )
    },
    ['personal.missing']
  ),
  c(
    'teaching-ms-lastname-no-period-one-paragraph',
    TEACHING,
    {
      body: "Dear Ms O'Brien, thank you for this morning. The robotics club is a wonderful idea and I would love to coach it next year. I am happy to answer any questions. Best wishes, Hannah Cole"
    },
    [],
    ['signoff.missing']
  )
]

// Finance: José Martínez, Financial Analyst at Harrow & Finch Capital.
const FINANCE_CLEAN = p(
  'Dear José,',
  'Thank you for your time on Thursday. I keep thinking about your point that the month-end close takes eleven days; cutting that down is the sort of problem I enjoy.',
  "I remain very interested in the Financial Analyst role at Harrow & Finch Capital. I'd be happy to send over the rolling forecast model I built in my last role if it's useful.",
  'Respectfully,\nLiam Walsh\nliam.walsh@example.com'
)

const finance: HeldoutCase[] = [
  c('finance-clean-accent', FINANCE, { body: FINANCE_CLEAN }),
  c('finance-no-accent', FINANCE, { body: FINANCE_CLEAN.replace('Dear José,', 'Dear Jose,') }),
  c('finance-wrong-person', FINANCE, { body: FINANCE_CLEAN.replace('Dear José,', 'Hi Priya,') }, [
    'name.mismatch'
  ]),
  c('finance-british-mr', FINANCE, {
    body: p(
      'Dear Mr. Martinez,',
      'Many thanks for the conversation this afternoon. I particularly enjoyed discussing how the organisation might shorten the month-end close from eleven days to six, and I have already sketched how I would reorganise the reconciliations.',
      'I would welcome the opportunity to join Harrow & Finch Capital. Should you need any further information, please do let me know.',
      'Yours sincerely,\nLiam Walsh'
    )
  }),
  c(
    'finance-subject-other-company',
    FINANCE,
    { subject: 'Thank you - Northwind Bank interview', body: FINANCE_CLEAN },
    ['company.mismatch']
  ),
  c(
    'finance-too-long',
    FINANCE,
    {
      body: p(
        'Dear José,',
        'Thank you very much for taking the time to meet with me on Thursday afternoon to discuss the Financial Analyst role at Harrow & Finch Capital. I genuinely enjoyed our conversation and came away with a much clearer picture of the team, its priorities for the coming year, and the challenges you are working through.',
        'I was especially interested in your description of the month-end close, which currently takes eleven days. In my current position I led a project to automate our accrual schedules and standardise the intercompany reconciliations, and over two quarters we reduced our close from nine days to five. I would be excited to bring the same discipline to your process, and I believe several of the same techniques would apply directly.',
        'I also appreciated hearing about the rolling forecast model you are building in Excel. I have built similar driver-based models, and I have found that a clear separation between inputs, calculations and outputs makes them far easier to audit and hand over to colleagues. I would be glad to walk you through an example if that would be helpful.',
        'Please do not hesitate to contact me if you have any further questions about my background or experience. Thank you again for your time and consideration.',
        'Kind regards,\nLiam Walsh'
      )
    },
    ['length.too-long']
  ),
  c(
    'finance-typos',
    FINANCE,
    {
      body: FINANCE_CLEAN.replace('I keep thinking', 'I definately keep thinking').replace(
        'the sort of problem',
        'the sort of problme'
      )
    },
    ['spelling']
  ),
  c(
    'finance-fu-early',
    FINANCE,
    {
      kind: FU,
      body: p(
        'Dear José,',
        'I hope your week is going well. Thank you again for meeting with me about the Financial Analyst role. I wanted to check in on the timeline for next steps.',
        'I remain very interested and would be glad to provide any additional information.',
        'Best regards,\nLiam Walsh'
      )
    },
    ['timing.early-follow-up'],
    [],
    { now: '2026-04-18T09:00:00Z' }
  ),
  c(
    'finance-fu-exactly-a-week',
    FINANCE,
    {
      kind: FU,
      body: p(
        'Dear José,',
        'Thank you again for meeting with me about the Financial Analyst role. I wanted to check in on the timeline for next steps.',
        'I remain very interested and would be glad to provide any additional information.',
        'Best regards,\nLiam Walsh'
      )
    },
    [],
    [],
    { now: '2026-04-22T09:00:00Z' }
  ),
  c('finance-gmail-with-contacts', FINANCE, { to: 'jose.martinez1984@gmail.com', body: FINANCE_CLEAN }, [
    'privacy.channel'
  ]),
  c('finance-display-name-address', FINANCE, {
    to: 'José Martínez <JMartinez@harrowfinch.com>',
    body: FINANCE_CLEAN
  }),
  c(
    'finance-whatsapp',
    FINANCE,
    { channel: 'whatsapp', to: '+44 7700 900123', subject: '', body: FINANCE_CLEAN },
    ['privacy.channel']
  ),
  c(
    'finance-earliest-convenience',
    FINANCE,
    {
      kind: FU,
      body: p(
        'Dear Mr. Martínez,',
        'Thank you for the interview for the Financial Analyst role. I would appreciate an update at your earliest convenience.',
        'I remain keen on the role and can provide references on request.',
        'Regards,\nLiam Walsh'
      )
    },
    [],
    ['tone.pushy']
  )
]

export const HELDOUT_CASES: HeldoutCase[] = [
  ...nursing,
  ...sales,
  ...teaching,
  ...finance,
  ...HELDOUT_PART_TWO
]
