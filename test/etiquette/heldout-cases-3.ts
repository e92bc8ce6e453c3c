/**
 * Held-out evaluation set, third part: 60 drafts (30 clean, 30 with one or two faults in natural wording) written
 * in styles the first two parts lack: titled academic and clinical greetings, hyphenated and particle surnames,
 * signatures with credentials, pronouns, phone numbers and addresses, product-heavy notes, LinkedIn messages with
 * no subject and handwritten cards with no address. Labelled by reading the contract, not by running the checker.
 */
import { c, FU, p, type HeldoutCase } from './heldout-helpers'
import { ACADEMIA, AUDIT, INFORMATICS, SALESFORCE, SAP, SRE } from './heldout-scenarios-3'

const CARD = { channel: 'handwritten', to: '', subject: '' } as const
/** Three weeks after the interview, two weeks after the last note. */
const LATER = { now: '2026-05-06T08:30:00Z', lastContactAt: '2026-04-22T09:00:00Z' }

// Academia: Professor Ingrid Lindqvist, Postdoctoral Researcher.
const academia: HeldoutCase[] = [
  c('acad-clean-formal-orcid', ACADEMIA, {
    body: p(
      'Dear Professor Lindqvist,',
      'Thank you for taking the time to meet with me on Tuesday and for the tour of the core repository. Our discussion of dating sediment cores with lead-210 gave me a much clearer picture of how the group cross-checks its chronologies against cesium-137 peaks, and I was glad to hear that the 2026 field season in Svalbard will include a second coring site.',
      'I remain very enthusiastic about the Postdoctoral Researcher position at the Nordic Institute for Marine Research. My doctoral work on fjord sedimentation in Patagonia would, I believe, complement the Arctic records well.',
      'Should you need anything further, such as additional writing samples or a reference from my supervisor, I would be glad to send it.',
      'With kind regards,\nTomás Herrera, PhD\nDepartment of Earth Sciences, Universidad de Chile\nAv. Plaza Ercilla 803, Santiago\nhttps://orcid.org/0000-0002-1825-0097'
    )
  }),
  c(
    'acad-clean-follow-up-three-weeks',
    ACADEMIA,
    {
      kind: FU,
      body: p(
        'Dear Professor Lindqvist,',
        'I hope the spring term is going well. I am writing to follow up on my interview for the Postdoctoral Researcher position on 14 April, and to thank you again for your time.',
        'Since we spoke, my paper on lead-210 dating of Patagonian fjord sediments has been accepted in Quaternary Geochronology; I have attached the accepted manuscript in case it is useful to the committee.',
        'I continue to be very interested in joining your group. Please let me know if there is any further information I can provide.',
        'Best wishes,\nTomás Herrera'
      )
    },
    [],
    [],
    LATER
  ),
  c('acad-clean-card', ACADEMIA, {
    ...CARD,
    body: p(
      'Dear Professor Lindqvist,',
      'Thank you for a wonderful visit to the institute. I keep thinking about the Svalbard field season and the cores you showed me from the 2019 expedition. I would be delighted to join your group, and I am happy to answer any further questions.',
      'Warm regards,\nTomás'
    )
  }),
  c('acad-clean-short-warm', ACADEMIA, {
    body: p(
      'Dear Professor Lindqvist,',
      'Many thanks for today’s interview. Your account of the first Svalbard field season, when the corer froze on day two, made me laugh, and it also made me want to be there for the next one.',
      'I look forward to hearing from you, and please let me know if I can provide anything else.',
      'Best,\nTomás'
    )
  }),
  c(
    'acad-clean-after-reply',
    ACADEMIA,
    {
      kind: FU,
      body: p(
        'Dear Ingrid,',
        'Thank you for your kind reply last week and for letting me know the committee meets again on 12 May. I have since finished the lead-210 profiles for the Magellan Strait cores we discussed, and the results look promising.',
        'I remain very keen to join the institute. If it would help the committee, I can share the data and a one-page summary before the meeting.',
        'Best wishes,\nTomás'
      )
    },
    [],
    [],
    { ...LATER, checkInsSent: 2, replyReceived: true }
  ),
  c(
    'acad-search-committee',
    ACADEMIA,
    {
      body: p(
        'Dear Search Committee,',
        'Thank you for the opportunity to interview for the Postdoctoral Researcher position today. I particularly enjoyed the overview of the lead-210 dating workflow and the plans for the Svalbard field season.',
        'I am very excited about the prospect of contributing to the institute’s Arctic programme, and I would be happy to provide any additional materials the committee may need.',
        'Sincerely,\nTomás Herrera, PhD'
      )
    },
    ['personal.generic']
  ),
  c(
    'acad-surname-misspelt',
    ACADEMIA,
    {
      body: p(
        'Dear Professor Lindquist,',
        'Thank you for this afternoon’s conversation. Hearing how the group dates sediment cores with lead-210 and then checks them against annual layer counts was fascinating, and it connected directly to the chronology problems in my thesis.',
        'I am eager to bring that experience to the Nordic Institute for Marine Research. If any questions come up as the committee deliberates, please feel free to contact me.',
        'Kind regards,\nTomás Herrera'
      )
    },
    ['name.mismatch']
  ),
  c(
    'acad-no-thanks',
    ACADEMIA,
    {
      body: p(
        'Dear Professor Lindqvist,',
        'It was a real pleasure to meet you today and to learn about the summer field season in Svalbard. The way your group pairs lead-210 dating with volcanic ash layers is exactly the approach I hoped to develop further after my PhD.',
        'I remain very keen on the Postdoctoral Researcher position, and I would be happy to share my dissertation chapters if that would be helpful.',
        'Best regards,\nTomás Herrera'
      )
    },
    ['gratitude.missing']
  ),
  c(
    'acad-late-conference',
    ACADEMIA,
    {
      body: p(
        'Dear Professor Lindqvist,',
        'Thank you very much for meeting with me on Tuesday. I apologise for the delay in writing; I was travelling back from the conference in Vienna. I enjoyed our conversation about the Svalbard field season, and especially the logistics of coring from the sea ice.',
        'I am still very excited about the position and am happy to answer any further questions.',
        'Yours sincerely,\nTomás Herrera'
      )
    },
    ['timing.late-thank-you'],
    [],
    { now: '2026-04-17T18:00:00Z' }
  )
]

// Clinical informatics: Dr. Wei Chen, Clinical Informatics Nurse.
const informatics: HeldoutCase[] = [
  c('info-clean-pronouns-phone', INFORMATICS, {
    body: p(
      'Hi Dr. Chen,',
      'Thank you for meeting with me this morning. I appreciated hearing how the informatics team is preparing for the Epic upgrade in October, particularly the plan to run dress rehearsals with super users on each unit.',
      'Your point about alert fatigue in the medication order sets resonated with me. On 4 West we cut interruptive BPAs by about 40% after a 90-day review, and I would love to bring that experience to Lakeshore Community Hospital.',
      'Please let me know if you have any questions about my background.',
      'Warm regards,\nAisha Bello, RN, BSN (she/her)\nClinical Informatics Nurse candidate\n(312) 555-0148'
    )
  }),
  c('info-clean-follow-up', INFORMATICS, {
    kind: FU,
    body: p(
      'Hi Dr. Chen,',
      'I hope your week is going well. I wanted to follow up on our conversation about the Clinical Informatics Nurse role and thank you again for your time on April 14.',
      'I have been reading the release notes ahead of the October upgrade, and it has only strengthened my interest in helping Lakeshore’s clinicians through the transition.',
      'If there is anything else you need from me, I am glad to help.',
      'Best regards,\nAisha Bello, RN'
    )
  }),
  c('info-clean-card-bare-name', INFORMATICS, {
    ...CARD,
    body: p(
      'Dr. Chen,',
      'Thank you for the thoughtful conversation on Tuesday and for introducing me to Rosa and the pharmacy team. Your plan to retire the duplicate-therapy alerts before the October go-live is exactly the kind of work I hope to do.',
      'I would be honored to join Lakeshore, and I am happy to share more about my order-set work anytime.',
      'Gratefully,\nAisha Bello'
    )
  }),
  c(
    'info-clean-second-follow-up',
    INFORMATICS,
    {
      kind: FU,
      body: p(
        'Dear Dr. Chen,',
        'I hope you are well. I am following up on my application for the Clinical Informatics Nurse position. I know the Epic upgrade keeps everyone busy, so thank you for any update you can share when time allows.',
        'In the meantime, I completed my nursing informatics certification on May 2, and I would be happy to send a copy. I remain very interested in joining Lakeshore Community Hospital.',
        'Kind regards,\nAisha Bello, RN, BSN\n(312) 555-0148 | aisha.bello@protonmail.com'
      )
    },
    [],
    [],
    { ...LATER, checkInsSent: 1 }
  ),
  c('info-clean-good-afternoon', INFORMATICS, {
    body: p(
      'Good afternoon Dr. Chen,',
      'Thank you for the conversation earlier today. The before-and-after numbers you shared on alert fatigue, roughly 2,300 medication alerts per day down to 900 after the first order-set review, were striking, and they made the October Epic upgrade feel like a real opportunity rather than just a deadline.',
      'I am excited about the Clinical Informatics Nurse role and would be glad to share the workflow maps from my current unit if they would be useful.',
      'Sincerely,\nAisha Bello, RN'
    )
  }),
  c(
    'info-availability-flexible',
    INFORMATICS,
    {
      kind: FU,
      body: p(
        'Hi Dr. Chen,',
        'Thank you for the invitation to meet with the nursing informatics committee. I enjoyed our discussion about alert fatigue in the medication order sets and would welcome the chance to present my order-set cleanup project.',
        'My schedule is flexible, so please let me know what works best for the committee and I will make it work.',
        'I remain very excited about the role and am happy to send my project summary ahead of the meeting.',
        'Best regards,\nAisha Bello, RN'
      )
    },
    ['availability.missing'],
    [],
    { availabilityRequested: true }
  ),
  c(
    'info-casual-lol',
    INFORMATICS,
    {
      body: p(
        'Hey Wei,',
        'Thanks so much for chatting today! Loved hearing about the Epic upgrade, sounds like October is going to be a wild ride lol. The alert fatigue stuff is something I care about a lot.',
        'I’m super excited about this role and would love to be part of the team. Let me know if you need anything else from me.',
        'Best,\nAisha'
      )
    },
    ['tone.casual']
  ),
  c(
    'info-personal-gmail',
    INFORMATICS,
    {
      to: 'wei.chen.md@gmail.com',
      body: p(
        'Hi Dr. Chen,',
        'Thank you for meeting with me today. I appreciated your candour about alert fatigue from the medication order sets and the plan for the Epic upgrade in October.',
        'I am very interested in the Clinical Informatics Nurse role and happy to answer any further questions.',
        'Best regards,\nAisha Bello, RN'
      )
    },
    ['privacy.channel']
  ),
  c(
    'info-generic',
    INFORMATICS,
    {
      body: p(
        'Hi Dr. Chen,',
        'Thank you for taking the time to interview me today. I enjoyed learning more about the team and the work you do, and I left our conversation even more excited about the opportunity.',
        'I believe my clinical background and my interest in informatics make me a strong fit for the role. Please feel free to reach out if you have any further questions.',
        'Best regards,\nAisha Bello, RN'
      )
    },
    ['personal.missing']
  ),
  c(
    'info-typos',
    INFORMATICS,
    {
      body: p(
        'Hi Dr. Chen,',
        'Thank you for your time today. I really appreciated the chance to see how your team is tackling alert fatigue in the medication order sets; the dashboard you showed me was a great exmaple of using data to drive change.',
        'I am definately interested in the Clinical Informatics Nurse position and would be glad to answer any other questions.',
        'Sincerely,\nAisha Bello, RN'
      )
    },
    ['spelling']
  )
]

// SAP finance: Mr. Pieter van der Berg, SAP Finance Consultant.
const SAP_LONG = p(
  'Dear Mr. van der Berg,',
  'Thank you for meeting with me this afternoon and for such a detailed look at the finance systems roadmap at Maasport Logistics. I have been thinking about our conversation on the train home and wanted to share a few reflections.',
  'First, moving the general ledger to S/4HANA while twelve entities keep closing their books every month is a serious undertaking. In my last role we faced a similar challenge, and what made the difference was a parallel close for two periods, with reconciliations signed off by each entity controller before cutover. I would be glad to describe how we structured that.',
  'Second, the intercompany reconciliation problem you described sounds very familiar. We reduced unmatched intercompany items by roughly seventy percent by standardising trading partner fields and automating the matching rules, and the controllers finally trusted the numbers again.',
  'Third, I appreciated your openness about the team culture, the pace of change, and the support for certification. It is rare to hear a director speak so candidly in a first interview, and it made me even more interested in the role.',
  'I am excited about the SAP Finance Consultant position and the chance to contribute to Maasport Logistics. Please let me know if you have any further questions.',
  'Kind regards,\nGrace Oduya, CPA'
)

const sap: HeldoutCase[] = [
  c('sap-clean-particle-surname', SAP, {
    body: p(
      'Hello Mr. van der Berg,',
      'Thank you for your time this afternoon and for the candid overview of the S/4HANA programme. Moving the general ledger while twelve entities keep closing their books every month is a serious undertaking, and I appreciated hearing how you sequenced the cutover.',
      'My last engagement involved a similar intercompany reconciliation redesign for a Rotterdam freight forwarder, and I would welcome the opportunity to bring that experience to Maasport Logistics.',
      'Please do not hesitate to contact me if you would like references or further detail.',
      'Kind regards,\nGrace Oduya, CPA\n+31 6 1234 5678\nlinkedin.com/in/graceoduya'
    )
  }),
  c('sap-clean-linkedin-follow-up', SAP, {
    kind: FU,
    channel: 'linkedin',
    to: 'linkedin.com/in/pietervdberg',
    subject: '',
    body: p(
      'Hello Pieter,',
      'I hope all is well in Rotterdam. I wanted to thank you again for our conversation about the SAP Finance Consultant role and check in on the timeline for next steps.',
      'I am still very keen on the position, particularly the intercompany reconciliation work. Happy to share anything else you need.',
      'Best regards,\nGrace'
    )
  }),
  c('sap-clean-bullets', SAP, {
    body: p(
      'Dear Mr. van der Berg,',
      'Thank you for meeting with me today. Three points from our conversation stood out:',
      '- the plan to move the general ledger to S/4HANA by Q1 2027,\n- intercompany reconciliation across twelve entities, which now takes four days a month, and\n- the idea of a shared-services centre in Eindhoven.',
      'I would be glad to help shorten that close, and I am excited about what Maasport Logistics is building. I can send a short case study from my previous SAP FICO project if that would be useful.',
      'Best regards,\nGrace Oduya, CPA'
    )
  }),
  c('sap-clean-card', SAP, {
    ...CARD,
    body: p(
      'Dear Mr. van der Berg,',
      'Thank you for welcoming me to Maasport Logistics on Tuesday and for the walk along the quay afterwards. Your story about reconciling intercompany balances by fax in 1998 has stayed with me.',
      'I would very much like to be part of the team that finally retires those spreadsheets, and I would be happy to answer any questions that come up.',
      'With best regards,\nGrace Oduya'
    )
  }),
  c('sap-clean-first-name-dates', SAP, {
    body: p(
      'Dear Pieter,',
      'Thank you for the conversation today and for being so open about the S/4HANA timeline. Going live with the general ledger on 1 January, with the twelve entities cut over in two waves (6 in January, 6 in April), sounds ambitious but well thought through.',
      'I am very interested in the consultant role and would be glad to walk you through the migration checklist I used at my last client.',
      'Kind regards,\nGrace Oduya\nSAP S/4HANA Finance certified | CPA (NY)'
    )
  }),
  c(
    'sap-decision-deadline',
    SAP,
    {
      kind: FU,
      body: p(
        'Dear Mr. van der Berg,',
        'Thank you again for the interview for the SAP Finance Consultant role. I enjoyed our discussion of moving the general ledger to S/4HANA.',
        'I have since received another offer, so I will need your decision by Friday at the latest. I remain very interested in Maasport Logistics and happy to answer any remaining questions.',
        'Kind regards,\nGrace Oduya'
      )
    },
    ['tone.pushy']
  ),
  c(
    'sap-third-follow-up',
    SAP,
    {
      kind: FU,
      body: p(
        'Dear Mr. van der Berg,',
        'I hope you are well. I am writing once more regarding the SAP Finance Consultant position. Thank you again for the time you and Anouk spent with me in April.',
        'I understand these decisions take time, and I remain very interested in the role and the S/4HANA programme. If anything further would help, I am glad to provide it.',
        'Kind regards,\nGrace Oduya, CPA'
      )
    },
    ['overfollow'],
    [],
    { ...LATER, checkInsSent: 2 }
  ),
  c(
    'sap-other-company',
    SAP,
    {
      body: p(
        'Dear Mr. van der Berg,',
        'Thank you for the conversation this afternoon. Your plan for intercompany reconciliation across twelve entities is the most pragmatic approach I have heard, and it matches what worked for me on my last S/4HANA rollout.',
        'I would be delighted to join the finance transformation team at Deloitte and am happy to provide references on request.',
        'Kind regards,\nGrace Oduya'
      )
    },
    ['company.mismatch']
  ),
  c('sap-too-long', SAP, { body: SAP_LONG }, ['length.too-long']),
  c(
    'sap-placeholder-company',
    SAP,
    {
      body: p(
        'Dear Mr. van der Berg,',
        'Thank you for your time today. I enjoyed hearing how you plan to move the general ledger to S/4HANA without disrupting the monthly close.',
        'I am excited to bring my experience with intercompany reconciliation to [Company Name], and I am happy to answer any further questions.',
        'Kind regards,\nGrace Oduya'
      )
    },
    ['placeholder']
  ),
  c(
    'sap-linkedin-no-greeting',
    SAP,
    {
      channel: 'linkedin',
      to: 'linkedin.com/in/pietervdberg',
      subject: '',
      body: p(
        'I wanted to say thank you for today’s interview for the SAP Finance Consultant role. Our conversation about intercompany reconciliation across twelve entities was the most practical discussion of that process I have had in years.',
        'I am very interested in joining Maasport Logistics and happy to share more about my S/4HANA experience.',
        'Best regards,\nGrace Oduya'
      )
    },
    ['greeting.missing']
  )
]

// Site reliability: Jean-Luc Moreau, Site Reliability Engineer.
const SRE_TO_JEAN_LUC = p(
  'Hi Jean-Luc,',
  'Thank you for the interview this afternoon. I really enjoyed our discussion about running PostgreSQL on Kubernetes with an operator, and how the team handles failovers without waking up half the company.',
  'I am excited about the Site Reliability Engineer role at Cobalt Analytics and would love to help make the platform even more resilient.',
  'Please let me know if there is anything else I can share.',
  'Best regards,\nKenji Watanabe'
)
const SRE_TO_PRIYA = p(
  'Hi Priya,',
  'Thank you for the interview this afternoon. I really enjoyed our discussion about capacity planning on Kubernetes with an operator, and how the team handles failovers without waking up half the company.',
  'I am excited about the Site Reliability Engineer role at Cobalt Analytics and would love to help make the platform even more resilient.',
  'Please let me know if there is anything else I can share.',
  'Best regards,\nKenji Watanabe'
)

const sre: HeldoutCase[] = [
  c('sre-clean-tech-pronouns', SRE, {
    body: p(
      'Hi Jean-Luc,',
      'Thanks for the conversation this afternoon. I enjoyed comparing notes on running PostgreSQL on Kubernetes; your team’s experience with the CloudNativePG operator during failovers answered a question I have had since we moved our own clusters to EKS last year.',
      'The way you described the postmortem for the March outage, focusing on the missing alert on replication lag rather than on who pushed the config change, is the culture I am looking for.',
      'I’m excited about the Site Reliability Engineer role and happy to dig into anything from my background that would help.',
      'Best,\nKenji Watanabe (he/him)\nhttps://github.com/kwatanabe'
    )
  }),
  c('sre-clean-linkedin-follow-up', SRE, {
    kind: FU,
    channel: 'linkedin',
    to: 'https://www.linkedin.com/in/jlmoreau/',
    subject: '',
    body: p(
      'Hi Jean-Luc,',
      'Hope your week is going well. I wanted to thank you again for the interview and ask whether there is any news on next steps for the Site Reliability Engineer role.',
      'Since we talked, I wrote up how we cut our Postgres failover time from 90 s to under 15 s; happy to send it over if it is useful. I am still very keen on joining Cobalt Analytics.',
      'Cheers,\nKenji'
    )
  }),
  c('sre-clean-postmortem-numbers', SRE, {
    body: p(
      'Hello Jean-Luc,',
      'Thank you for taking the time to interview me today. Your walkthrough of the blameless postmortem after the March outage (the timeline, the five contributing factors, and the follow-up actions tracked in Jira) was one of the most useful hours I have spent in an interview loop.',
      'I was also glad to hear that the team budgets 20% of each sprint for reliability work. That balance is a big part of why I am excited about the Site Reliability Engineer role at Cobalt Analytics.',
      'If you would like to see the runbooks or the SLO dashboards I built at my current company, I would be happy to walk you through them.',
      'All the best,\nKenji Watanabe\nSite Reliability Engineer | Osaka → Lyon\n+33 6 12 34 56 78'
    )
  }),
  c('sre-clean-card', SRE, {
    ...CARD,
    body: p(
      'Dear Jean-Luc,',
      'Thank you for a great conversation today and for the tour of the on-call war room. Your honesty about the March outage, and how the team turned it into better alerting, stayed with me on the train home.',
      'I would be delighted to join Cobalt Analytics. Please do reach out if any questions come up.',
      'Warmly,\nKenji'
    )
  }),
  c('sre-clean-linkedin-thank-you', SRE, {
    channel: 'LinkedIn',
    to: 'linkedin.com/in/jlmoreau',
    subject: '',
    body: p(
      'Hi Jean-Luc,',
      'Thank you for today’s interview. Our conversation about the Postgres operator on Kubernetes, and your tip about testing failovers with chaos experiments in staging, gave me a lot to think about.',
      'I’m very interested in the SRE role at Cobalt Analytics. Feel free to message me here if you have any other questions.',
      'Best regards,\nKenji Watanabe'
    )
  }),
  c(
    'sre-casual-emoji-thx',
    SRE,
    {
      channel: 'linkedin',
      to: 'linkedin.com/in/jlmoreau',
      subject: '',
      body: p(
        'Hi Jean-Luc,',
        'Thx again for the chat today, really enjoyed geeking out about Postgres on k8s 🙌 Btw the CloudNativePG failover trick you mentioned is gonna save me a ton of pain.',
        'Super keen on the SRE role, let me know if u need anything else!',
        'Cheers,\nKenji'
      )
    },
    ['tone.casual'],
    ['spelling']
  ),
  c(
    'sre-early-follow-up',
    SRE,
    {
      kind: FU,
      body: p(
        'Hi Jean-Luc,',
        'I hope your week is going well. I wanted to check in on the Site Reliability Engineer role and thank you again for walking me through how you run PostgreSQL on Kubernetes.',
        'I remain very interested in Cobalt Analytics and am happy to provide references whenever they would be helpful.',
        'Best regards,\nKenji Watanabe'
      )
    },
    ['timing.early-follow-up'],
    [],
    { now: '2026-04-17T10:00:00Z', lastContactAt: '2026-04-14T21:30:00Z' }
  ),
  c('sre-duplicate', SRE, { body: SRE_TO_JEAN_LUC }, ['personal.duplicate'], [], {
    otherDrafts: [SRE_TO_PRIYA]
  }),
  c(
    'sre-wrong-first-name',
    SRE,
    {
      body: SRE_TO_JEAN_LUC.replace('Hi Jean-Luc,', 'Hi Jean-Paul,')
    },
    ['name.mismatch']
  ),
  c(
    'sre-whatsapp',
    SRE,
    {
      channel: 'WhatsApp',
      to: '+33 6 98 76 54 32',
      subject: '',
      body: p(
        'Hi Jean-Luc,',
        'Thank you for today’s interview. I really enjoyed our talk about blameless postmortems and running PostgreSQL on Kubernetes, and I am very excited about the SRE role.',
        'Happy to answer any other questions.',
        'Best,\nKenji'
      )
    },
    ['privacy.channel']
  ),
  c(
    'sre-linkedin-no-signoff',
    SRE,
    {
      channel: 'linkedin',
      to: 'linkedin.com/in/jlmoreau',
      subject: '',
      body: p(
        'Hi Jean-Luc,',
        'Thanks again for today. The discussion about running PostgreSQL on Kubernetes with an operator was the highlight of my interview loop, and I am even more excited about the SRE role now. Let me know if any questions come up.'
      )
    },
    ['signoff.missing']
  )
]

// Salesforce: Fatima Al-Sayed, Salesforce Administrator.
const salesforce: HeldoutCase[] = [
  c('sfdc-clean-hyphenated-surname', SALESFORCE, {
    body: p(
      'Dear Ms. Al-Sayed,',
      'Thank you for speaking with me today about the Salesforce Administrator position. I appreciated your candid account of consolidating three Salesforce orgs into one, and especially the lesson about freezing new custom fields for 60 days before the merge.',
      'I have led two org merges at a regional credit union, including data migration with Data Loader and rebuilding approval processes in Flow, and I would be excited to bring that experience to Meridian Mutual.',
      'Please let me know if I can provide any additional information.',
      'Sincerely,\nDaniela Ruiz\nSalesforce Certified Administrator | Platform App Builder\n(617) 555-0192'
    )
  }),
  c('sfdc-clean-short', SALESFORCE, {
    body: p(
      'Hi Fatima,',
      'Thank you so much for your time this morning! I loved hearing how your renewal reminders in Flow cut late renewals by a third. I am very interested in the role and would be glad to share examples of my own automation work.',
      'Warm regards,\nDaniela'
    )
  }),
  c(
    'sfdc-clean-follow-up',
    SALESFORCE,
    {
      kind: FU,
      body: p(
        'Dear Fatima,',
        'I hope you are doing well. I am following up on the Salesforce Administrator position, and I want to thank you once more for the conversation on April 14.',
        'I recently passed the Platform App Builder exam, and I keep thinking about the org consolidation project you described. I remain enthusiastic about the opportunity to contribute to Meridian Mutual, and I am happy to provide references at any point.',
        'Kind regards,\nDaniela Ruiz'
      )
    },
    [],
    [],
    LATER
  ),
  c('sfdc-clean-address-signature', SALESFORCE, {
    body: p(
      'Hi Fatima,',
      'Thank you for the conversation today. Your approach to consolidating three Salesforce orgs, starting with a shared data dictionary before touching a single record, is something I would love to learn from.',
      'I am very excited about the Salesforce Administrator role. If a sample of my Flow documentation would be helpful, I can send it along.',
      'Best,\nDaniela Ruiz (she/her)\n41 Elm Street, Apt 3B\nSomerville, MA 02143'
    )
  }),
  c(
    'sfdc-clean-availability-given',
    SALESFORCE,
    {
      kind: FU,
      body: p(
        'Hi Fatima,',
        'Thank you for the invitation to a second conversation about the Salesforce Administrator role. I could meet Tuesday 28 April after 2 pm ET, or any time Thursday morning.',
        'I am looking forward to continuing our discussion about the renewal reminders in Flow, and I am happy to prepare anything you would like to see.',
        'Best regards,\nDaniela Ruiz'
      )
    },
    [],
    [],
    { availabilityRequested: true }
  ),
  c(
    'sfdc-no-offer',
    SALESFORCE,
    {
      body: p(
        'Hi Fatima,',
        'Thank you for meeting with me today. Hearing about the effort to consolidate three Salesforce orgs into one was fascinating, and I appreciated how openly you described the data quality issues you uncovered along the way.',
        'I am excited about the Salesforce Administrator role and the chance to help Meridian Mutual finish that consolidation.',
        'Best regards,\nDaniela Ruiz'
      )
    },
    ['questions.missing']
  ),
  c(
    'sfdc-no-interest',
    SALESFORCE,
    {
      body: p(
        'Hi Fatima,',
        'Thank you for taking the time to meet with me today. Your explanation of how the renewal reminders in Flow are structured was very clear, and it was helpful to understand the scale of consolidating three Salesforce orgs.',
        'Please let me know if you need any further information from me.',
        'Best regards,\nDaniela Ruiz'
      )
    },
    ['interest.missing']
  ),
  c(
    'sfdc-other-company-subject',
    SALESFORCE,
    {
      subject: 'Thank you – Salesforce Administrator interview at Hartwell Insurance',
      body: p(
        'Hi Fatima,',
        'Thank you for meeting with me today. I enjoyed hearing about the renewal reminders built in Flow and the plan for consolidating three Salesforce orgs.',
        'I am very interested in the role and happy to answer any further questions.',
        'Best regards,\nDaniela Ruiz'
      )
    },
    ['company.mismatch']
  ),
  c(
    'sfdc-need-this-position',
    SALESFORCE,
    {
      kind: FU,
      body: p(
        'Hi Fatima,',
        'Thank you again for the interview for the Salesforce Administrator role. I wanted to check in, because I have been out of work for eight months and I really need this position.',
        'I am still very excited about consolidating the three Salesforce orgs with your team, and happy to answer any questions.',
        'Best regards,\nDaniela Ruiz'
      )
    },
    ['tone.pushy']
  )
]

// Audit: Siddharth Venkataraman, Senior Audit Associate.
const audit: HeldoutCase[] = [
  c('audit-clean-short-form', AUDIT, {
    body: p(
      'Hi Sid,',
      'Thank you for taking the time to speak with me this afternoon. I appreciated your perspective on the first-year audit of the nonprofit hospital client, especially the challenge of testing restricted grants when the prior auditor’s workpapers are thin.',
      'I am very interested in the Senior Audit Associate role at Whitcombe & Ashby, and I am comfortable with the January-through-April busy season you described.',
      'Please let me know if there is anything else I can share.',
      'Best regards,\nNadia Haddad, CPA\nnadia.haddad@haddadcpa.com | (646) 555-0137'
    )
  }),
  c('audit-clean-follow-up-formal', AUDIT, {
    kind: FU,
    body: p(
      'Dear Mr. Venkataraman,',
      'I hope you are well. I am writing to follow up on my interview for the Senior Audit Associate position and to thank you again for your time.',
      'Our conversation about staffing for busy season has stayed with me, and I remain very interested in joining Whitcombe & Ashby. I would be glad to provide any additional information that would help your decision.',
      'Sincerely,\nNadia Haddad, CPA'
    )
  }),
  c('audit-clean-card', AUDIT, {
    ...CARD,
    body: p(
      'Dear Siddharth,',
      'Thank you for a wonderful conversation on Tuesday. Your stories from the nonprofit hospital audit made the work sound both demanding and rewarding. I would be thrilled to join the team for busy season and beyond, and I am happy to answer any other questions.',
      'With gratitude,\nNadia'
    )
  }),
  c('audit-clean-acronyms', AUDIT, {
    body: p(
      'Hi Siddharth,',
      'Thank you for the interview today. I enjoyed our discussion of the nonprofit hospital audit, from ASC 958 net asset classifications to the Uniform Guidance single audit that comes with its federal grants. It is the kind of engagement I have wanted to lead since passing the CPA exam.',
      'I am eager to contribute to Whitcombe & Ashby’s healthcare practice, and I would be happy to share more about my GAAS and PCAOB experience.',
      'Kind regards,\nNadia Haddad, CPA\nlinkedin.com/in/nadiahaddadcpa'
    )
  }),
  c('audit-clean-near-limit', AUDIT, {
    body: p(
      'Dear Mr. Venkataraman,',
      'Thank you for meeting with me this afternoon and for your candour about what the Senior Audit Associate role involves. Two parts of our conversation have stayed with me.',
      'The first was the first-year audit of the nonprofit hospital client. Building an understanding of a new client’s controls while the prior auditor’s documentation is incomplete is demanding work, and I was glad to hear how the team plans walkthroughs early so that fieldwork in February is not a scramble.',
      'The second was busy season staffing. I appreciated your honesty about the hours from January through April and about the firm’s effort to keep weekends free in March. In my current role I supervised three staff accountants on two calendar-year clients, and I learned how much a clear plan protects both quality and people.',
      'I am excited about the opportunity to grow with Whitcombe & Ashby, and I would be happy to provide references or answer any further questions.',
      'Sincerely,\nNadia Haddad, CPA'
    )
  }),
  c(
    'audit-placeholder-greeting',
    AUDIT,
    {
      body: p(
        'Dear [Interviewer Name],',
        'Thank you for the interview today. I enjoyed our discussion of the first-year audit of the nonprofit hospital client and how the team approaches busy season staffing.',
        'I am very excited about the Senior Audit Associate role and happy to answer any further questions.',
        'Best regards,\nNadia Haddad, CPA'
      )
    },
    ['placeholder'],
    ['name.mismatch', 'personal.generic']
  ),
  c(
    'audit-typo-and-repeat',
    AUDIT,
    {
      body: p(
        'Hi Sid,',
        'Thank you for meeting with me today. I enjoyed hearing about the first-year audit of the nonprofit hospital client and how you plan busy season staffing.',
        'I am very intrested in the the Senior Audit Associate role and would be glad to share any further information.',
        'Best regards,\nNadia Haddad'
      )
    },
    ['spelling', 'repeated-word']
  ),
  c(
    'audit-vague-follow-up',
    AUDIT,
    {
      kind: FU,
      body: p(
        'Dear Sid,',
        'I hope all is well. I wanted to thank you again for meeting with me earlier this month and check whether there have been any updates on your side.',
        'I am still very interested in the opportunity and happy to provide anything else you need.',
        'Best regards,\nNadia Haddad'
      )
    },
    ['personal.missing']
  ),
  c(
    'audit-availability-whenever',
    AUDIT,
    {
      body: p(
        'Hi Sid,',
        'Thank you for today’s interview and for suggesting a follow-up conversation with the engagement partner. The first-year hospital audit sounds like a great challenge, and I would love to be part of that engagement.',
        'I am happy to meet whenever is most convenient for the partner, and I can send my writing sample beforehand if helpful.',
        'Best regards,\nNadia Haddad'
      )
    },
    ['availability.missing'],
    [],
    { availabilityRequested: true }
  ),
  c(
    'audit-follow-up-no-thanks',
    AUDIT,
    {
      kind: FU,
      body: p(
        'Dear Mr. Venkataraman,',
        'I am writing to check on the status of my application for the Senior Audit Associate position. Since our interview, I have completed my CPE hours for the year and reviewed the AICPA guidance on single audits you mentioned.',
        'I remain very interested in the role and would be glad to provide any additional information.',
        'Kind regards,\nNadia Haddad, CPA'
      )
    },
    ['gratitude.missing']
  )
]

export const HELDOUT_PART_THREE: HeldoutCase[] = [
  ...academia,
  ...informatics,
  ...sap,
  ...sre,
  ...salesforce,
  ...audit
]
