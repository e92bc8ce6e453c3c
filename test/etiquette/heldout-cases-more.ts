/**
 * Held-out evaluation set, second half (design, engineering, marketing, British civil engineering). Same labelling
 * as heldout-cases.ts: by reading against the contract, never by running the checker.
 */
import { c, FU, p, type HeldoutCase } from './heldout-helpers'
import { CIVIL, DESIGN, ENGINEERING, MARKETING } from './heldout-scenarios'

// Design: Zoë Nguyen, Product Designer at Lumen Studio.
const DESIGN_CLEAN = p(
  'Hi Zoë,',
  'Thank you for the thoughtful conversation this morning. A few things stuck with me:\n• how you are redesigning the onboarding flow for the mobile app around a single "first win"\n• the accessibility audit against WCAG 2.2, and the colour-contrast fixes it surfaced',
  "I'd be thrilled to join Lumen Studio and help carry that work forward. My portfolio is at https://inesferreira.design, and I'm happy to walk you through any of the case studies.",
  'Warmly,\nInês Ferreira\nlinkedin.com/in/ines-ferreira'
)
const DESIGN_TO_SAM = p(
  'Hi Sam,',
  'Thank you for the thoughtful conversation this morning. A few things stuck with me:\n• how you are redesigning the onboarding flow for the mobile app around a single "first win"\n• the accessibility audit against WCAG 2.2, and the colour-contrast fixes it surfaced',
  "I'd be thrilled to join Lumen Studio and help carry that work forward. My portfolio is at https://inesferreira.design, and I'm happy to walk you through any of the case studies.",
  'Warmly,\nInês Ferreira\nlinkedin.com/in/ines-ferreira'
)

const design: HeldoutCase[] = [
  c('design-clean-bullets-accent', DESIGN, { body: DESIGN_CLEAN }),
  c('design-no-diaeresis', DESIGN, { body: DESIGN_CLEAN.replace('Hi Zoë,', 'Hi Zoe,') }),
  c(
    'design-linkedin-no-signoff',
    DESIGN,
    {
      channel: 'linkedin',
      to: 'linkedin.com/in/zoenguyen',
      subject: '',
      body: p(
        'Hello Ms. Nguyen,',
        "Thank you for today's interview. Your walkthrough of the onboarding redesign was a highlight, and I'm eager to contribute to Lumen Studio. Happy to share more of my work anytime."
      )
    },
    ['signoff.missing']
  ),
  c(
    'design-emoji-emoticon',
    DESIGN,
    {
      body: p(
        'Hi Zoë,',
        'Thank you so much for today :) I loved hearing about the onboarding flow redesign 🎉 and I am really excited about the Product Designer role.',
        'Let me know if you have any questions!',
        'Best,\nInês'
      )
    },
    ['tone.casual']
  ),
  // Text-speak thanks ("tysm") is casual, but it still thanks her: gratitude is present.
  c(
    'design-hiya-tysm',
    DESIGN,
    {
      body: p(
        'Hiya Zoe,',
        'tysm for walking me through the accessibility audit today, it was super helpful. I really want to join the team and help with the WCAG fixes.',
        'lmk if u need anything else from me',
        'Ines'
      )
    },
    ['tone.casual'],
    ['signoff.missing', 'spelling']
  ),
  c('design-duplicate', DESIGN, { body: DESIGN_CLEAN }, ['personal.duplicate'], [], {
    otherDrafts: [DESIGN_TO_SAM]
  }),
  c('design-distinct-other-draft', DESIGN, { body: DESIGN_CLEAN }, [], [], {
    otherDrafts: [
      p(
        'Hi Sam,',
        'Thank you for the design critique session today. Your feedback on my checkout case study, especially the point about empty states, was sharp and generous, and I would love to keep learning from it at Lumen Studio.',
        'If anything else would help, I am happy to send the full prototype.',
        'Warmly,\nInês Ferreira'
      )
    ]
  }),
  c(
    'design-placeholder-name',
    DESIGN,
    { body: DESIGN_CLEAN.replace('Hi Zoë,', 'Hi {name},') },
    ['placeholder'],
    ['name.mismatch', 'greeting.missing']
  ),
  c(
    'design-placeholder-topic',
    DESIGN,
    {
      body: DESIGN_CLEAN.replace(
        'how you are redesigning the onboarding flow for the mobile app around a single "first win"',
        'our discussion of <INSERT TOPIC>'
      )
    },
    ['placeholder']
  ),
  c(
    'design-availability-tues-3pm',
    DESIGN,
    {
      kind: FU,
      body: p(
        'Hi Zoë,',
        'Thank you for the invitation to a portfolio review for the Product Designer role. I could do Tues. after 3pm, Wednesday 15:00-17:00, or Thursday the 14th in the morning.',
        "I'm still very keen on Lumen Studio, and happy to send anything you need beforehand.",
        'Best,\nInês'
      )
    },
    [],
    [],
    { availabilityRequested: true }
  ),
  c(
    'design-availability-early-next-week',
    DESIGN,
    {
      kind: FU,
      body: p(
        'Hi Zoë,',
        'Thanks for getting back to me about a second conversation on the Product Designer role. Early next week works well for me, ideally before noon.',
        'I remain very excited about the role and happy to answer any questions in the meantime.',
        'Best,\nInês'
      )
    },
    [],
    [],
    { availabilityRequested: true }
  ),
  c(
    'design-availability-vague',
    DESIGN,
    {
      kind: FU,
      body: p(
        'Hi Zoë,',
        'Thanks for getting back to me about a second conversation on the Product Designer role. I would be glad to meet again whenever suits you.',
        'I remain very excited about the role and happy to answer any questions in the meantime.',
        'Best,\nInês'
      )
    },
    ['availability.missing'],
    [],
    { availabilityRequested: true }
  ),
  c('design-hi-there', DESIGN, { body: DESIGN_CLEAN.replace('Hi Zoë,', 'Hi there,') }, ['personal.generic'])
]

// Engineering: Samuel ("Sam") Adeyemi, Firmware Engineer at Kestrel Robotics.
const ENG_BODY = p(
  'Thank you for taking the time to dig into the motor controller with me today. Debugging that CAN bus timing issue together was the most fun I have had in an interview.',
  "I'm excited about the Firmware Engineer role and the move from C to Rust; I've been writing embedded Rust on an STM32 for the past year and would love to contribute.",
  'If there is anything else I can share, please let me know.',
  'Best regards,\nPriyanka Rao'
)
const eng = (greeting: string, body = ENG_BODY): string => `${greeting}\n\n${body}`

const engineering: HeldoutCase[] = [
  c('eng-clean-sam', ENGINEERING, { body: eng('Hi Sam,') }),
  c('eng-good-afternoon', ENGINEERING, { body: eng('Good afternoon Sam,') }),
  c('eng-dash-greeting', ENGINEERING, { body: eng('Hi Sam -') }),
  c('eng-bare-name', ENGINEERING, { body: eng('Sam,') }),
  c('eng-full-first-no-comma', ENGINEERING, { body: eng('Hi Samuel') }),
  c('eng-full-name', ENGINEERING, { body: eng('Dear Samuel Adeyemi,') }),
  c('eng-lowercase-greeting', ENGINEERING, { body: eng('hi sam,') }),
  c('eng-wrong-person', ENGINEERING, { body: eng('Hi Elena,') }, ['name.mismatch']),
  c('eng-hey', ENGINEERING, { body: eng('Hey Sam,') }, ['tone.casual']),
  c('eng-yo', ENGINEERING, { body: eng('Yo Sam,') }, ['tone.casual'], ['greeting.missing']),
  c(
    'eng-repeated-word',
    ENGINEERING,
    { body: eng('Hi Sam,', ENG_BODY.replace('the move from', 'the the move from')) },
    ['repeated-word']
  ),
  c(
    'eng-todo',
    ENGINEERING,
    {
      body: eng(
        'Hi Sam,',
        ENG_BODY.replace('If there is anything', 'TODO: add repo link. If there is anything')
      )
    },
    ['placeholder']
  ),
  c('eng-xxx', ENGINEERING, { body: eng('Hi Sam,', ENG_BODY.replace('on an STM32', 'on an XXX board')) }, [
    'placeholder'
  ]),
  c('eng-no-greeting', ENGINEERING, { body: ENG_BODY }, ['greeting.missing']),
  c('eng-no-subject', ENGINEERING, { subject: '', body: eng('Hi Sam,') }, ['subject.missing']),
  c('eng-grateful-only', ENGINEERING, {
    body: p(
      'Hi Sam,',
      "I'm grateful for the time you spent debugging the motor controller with me today. Working through the CAN bus timing issue together showed me how your team thinks.",
      'This role is a great fit for me and I am eager to contribute to the move to Rust.',
      'Feel free to reach out with any questions.',
      'Cheers,\nPriyanka'
    )
  }),
  c('eng-much-appreciated', ENGINEERING, {
    body: p(
      'Hi Sam,',
      'Your time today was much appreciated. Talking through the Rust migration for safety-critical code was a highlight, and I came away wanting to be part of it.',
      "I'm happy to provide references or code samples.",
      'Thanks again,\nPriyanka Rao'
    )
  }),
  c(
    'eng-no-thanks',
    ENGINEERING,
    {
      body: p(
        'Hi Sam,',
        'It was great to dig into the motor controller with you today. The CAN bus timing issue was a fun puzzle.',
        "I'm excited about the Firmware Engineer role and would love to contribute to the Rust migration. Happy to share more about my embedded work.",
        'Best regards,\nPriyanka Rao'
      )
    },
    ['gratitude.missing']
  ),
  c(
    'eng-no-interest',
    ENGINEERING,
    {
      body: p(
        'Hi Sam,',
        'Thank you for your time today. Debugging the motor controller over the CAN bus was a good exercise, and I learned something about your test rig.',
        'If there is anything else I can share, please let me know.',
        'Best regards,\nPriyanka Rao'
      )
    },
    ['interest.missing']
  ),
  c('eng-fu-clean', ENGINEERING, {
    kind: FU,
    body: p(
      'Hi Sam,',
      "I hope you're well. Thank you again for the conversation about the Firmware Engineer role and the Rust migration. I wanted to check whether there's any news on next steps.",
      'I remain very interested in Kestrel Robotics and am happy to share more about my embedded work.',
      'Best regards,\nPriyanka Rao'
    )
  }),
  c(
    'eng-fu-too-long',
    ENGINEERING,
    {
      kind: FU,
      body: p(
        'Hi Sam,',
        'I hope you have had a good couple of weeks. Thank you again for the conversation about the Firmware Engineer role, and for the time you spent debugging the motor controller with me over the CAN bus. I wanted to check whether there is any news on the next steps in the process.',
        'Since we spoke, I have finished porting the sensor fusion module in my side project from C to Rust, which gave me a much better feel for the trade-offs you described around safety-critical code. I wrote up what I learned, including how I handled interrupts and shared state without unsafe blocks, and I would be glad to send it over if it is useful to you or the team.',
        'I remain very interested in Kestrel Robotics and in contributing to the migration. Please let me know if there is anything else you need from me, whether references, code samples or another conversation with the wider team.',
        'Best regards,\nPriyanka Rao'
      )
    },
    ['length.too-long']
  ),
  c(
    'eng-pushy-why-no-reply',
    ENGINEERING,
    {
      kind: FU,
      body: p(
        'Hi Sam,',
        "Thank you again for the interview for the Firmware Engineer role. Why hasn't anyone gotten back to me? I've been more than patient. Please respond by end of day.",
        'I remain interested in Kestrel Robotics.',
        'Regards,\nPriyanka'
      )
    },
    ['tone.pushy', 'questions.missing']
  ),
  c(
    'eng-begging',
    ENGINEERING,
    {
      kind: FU,
      body: p(
        'Hi Sam,',
        "Thank you again for the Firmware Engineer interview. I'm begging you to give me a chance; please, please hire me. I will do whatever it takes.",
        'I am happy to answer any questions.',
        'Priyanka'
      )
    },
    ['tone.pushy'],
    ['interest.missing', 'signoff.missing']
  ),
  c('eng-acronyms-plurals', ENGINEERING, {
    body: eng(
      'Hi Sam,',
      ENG_BODY.replace(
        'Debugging that CAN bus timing issue',
        'Debugging that CAN bus timing issue with your MCUs and the RTOS APIs'
      )
    )
  })
]

// Marketing: Siobhan Kelly, Marketing Analyst at Greenleaf Foods (no contacts on file).
const MARKETING_CLEAN = p(
  'Hi Siobhan,',
  'Thank you for the chat this afternoon. I enjoyed digging into the churn analysis for the loyalty programme, and your A/B tests on the spring email campaign gave me a few ideas I analysed on the train home.',
  "I'm really enthusiastic about the Marketing Analyst role at Greenleaf Foods. I'm happy to send the dashboard I mentioned if that's helpful.",
  'All the best,\nAde Okoro'
)

const marketing: HeldoutCase[] = [
  c('mkt-clean-british', MARKETING, { to: 'siobhan.kelly@greenleaffoods.com', body: MARKETING_CLEAN }),
  c('mkt-gmail-no-contacts', MARKETING, { to: 'siobhankelly88@gmail.com', body: MARKETING_CLEAN }, [
    'privacy.channel'
  ]),
  c(
    'mkt-phonetic-misspelling',
    MARKETING,
    { to: 'siobhan.kelly@greenleaffoods.com', body: MARKETING_CLEAN.replace('Hi Siobhan,', 'Hi Shivaun,') },
    ['name.mismatch'],
    ['spelling']
  ),
  c(
    'mkt-wrong-person',
    MARKETING,
    { to: 'siobhan.kelly@greenleaffoods.com', body: MARKETING_CLEAN.replace('Hi Siobhan,', 'Hi Kwame,') },
    ['name.mismatch']
  ),
  c(
    'mkt-other-company',
    MARKETING,
    {
      to: 'siobhan.kelly@greenleaffoods.com',
      body: MARKETING_CLEAN.replace('role at Greenleaf Foods', 'role at Harvest Co')
    },
    ['company.mismatch']
  ),
  c('mkt-harvest-lowercase', MARKETING, {
    to: 'siobhan.kelly@greenleaffoods.com',
    body: MARKETING_CLEAN.replace('on the train home', 'for the harvest co-op campaign')
  }),
  c(
    'mkt-btw-lmk',
    MARKETING,
    {
      to: 'siobhan.kelly@greenleaffoods.com',
      body: p(
        'Hi Siobhan,',
        "Thanks so much for chatting with me today - really enjoyed digging into the churn numbers from the loyalty program. btw I pulled together a quick deck on the A/B tests, lmk if you want it. I'd love to be on the team.",
        'Ade'
      )
    },
    ['tone.casual'],
    ['signoff.missing', 'spelling']
  ),
  c('mkt-kpis-okrs', MARKETING, {
    to: 'siobhan.kelly@greenleaffoods.com',
    body: MARKETING_CLEAN.replace('gave me a few ideas', 'gave me a few ideas about KPIs, OKRs and SKUs')
  }),
  c(
    'mkt-thanks-a-ton',
    MARKETING,
    {
      to: 'siobhan.kelly@greenleaffoods.com',
      body: MARKETING_CLEAN.replace('Thank you for the chat', 'Thanks a ton for the chat')
    },
    [],
    ['tone.casual']
  ),
  c(
    'mkt-valued-no-thanks',
    MARKETING,
    {
      to: 'siobhan.kelly@greenleaffoods.com',
      body: p(
        'Hi Siobhan,',
        'I really valued our conversation about the loyalty programme churn analysis this afternoon.',
        "I'm really enthusiastic about the Marketing Analyst role. Happy to send the dashboard I mentioned.",
        'All the best,\nAde Okoro'
      )
    },
    [],
    ['gratitude.missing']
  )
]

// British civil engineering: Margaret ("Maggie") Hughes, Graduate Civil Engineer at Thornbury Civils.
const CIVIL_BODY = p(
  'Thank you for showing me round on Tuesday. Seeing the flood defence scheme in Gloucester first-hand was brilliant, and hearing how graduates rotate through site visits made the programme feel very practical.',
  'I would very much like to join Thornbury Civils this autumn. Should you require any further information, I should be glad to provide it.',
  'Yours sincerely,\nOliver Bennett MEng'
)
const civil = (greeting: string, body = CIVIL_BODY): string => `${greeting}\n\n${body}`

const civilCases: HeldoutCase[] = [
  c('civil-maggie', CIVIL, { body: civil('Dear Maggie,') }),
  c('civil-mrs-no-period', CIVIL, { body: civil('Dear Mrs Hughes,') }),
  c('civil-full-name', CIVIL, { body: civil('Dear Margaret Hughes,') }),
  c('civil-sir-madam', CIVIL, { body: civil('Dear Sir or Madam,') }, ['personal.generic']),
  c('civil-misspelled', CIVIL, { body: civil('Dear Margret,') }, ['name.mismatch'], ['spelling']),
  c('civil-other-person', CIVIL, { body: civil('Dear Owen,') }, ['name.mismatch']),
  c(
    'civil-look-forward-only',
    CIVIL,
    {
      body: civil(
        'Dear Ms Hughes,',
        p(
          'Thank you for showing me round on Tuesday. Seeing the flood defence scheme in Gloucester first-hand was brilliant.',
          'I look forward to hearing from you. Should you require any further information, please let me know.',
          'Yours sincerely,\nOliver Bennett'
        )
      )
    },
    [],
    ['interest.missing']
  ),
  c(
    'civil-other-company-subject',
    CIVIL,
    { subject: 'Balfour Beatty graduate scheme - thank you', body: civil('Dear Maggie,') },
    ['company.mismatch']
  ),
  c('civil-signature-phone-url', CIVIL, {
    body: civil(
      'Dear Margaret,',
      CIVIL_BODY.replace(
        'Oliver Bennett MEng',
        'Oliver Bennett MEng\n+44 (0)7700 900456\nwww.oliverbennett.co.uk\nlinkedin.com/in/oliver-bennett-meng'
      )
    )
  })
]

/** Bob-as-the-name: the interviewer goes by a short form; the full form is still her/his name. */
const nickname: HeldoutCase[] = [
  c('eng-interviewer-goes-by-bob', ENGINEERING, { body: eng('Dear Robert,') }, [], [], {
    interviewer: { name: 'Bob Sullivan', contacts: ['sam.adeyemi@kestrel-robotics.com'] }
  }),
  c('eng-interviewer-name-with-title', ENGINEERING, { body: eng('Dear Dr. Adeyemi,') }, [], [], {
    interviewer: { name: 'Dr. Samuel Adeyemi', contacts: ['sam.adeyemi@kestrel-robotics.com'] }
  }),
  c('eng-two-names', ENGINEERING, { body: eng('Hi Sam and Elena,') })
]

/** A thank-you to Sam that thanks and personalises; `middle` carries (or omits) interest and the offer. */
const engNote = (middle: string, greeting = 'Hi Sam,', close = 'Best regards,\nPriyanka Rao'): string =>
  p(
    greeting,
    'Thank you for the session on the motor controller today. You said "measure twice, flash once" about the CAN bus bring-up, and it stuck with me.',
    middle,
    close
  )

/** Second wave: wordings chosen to probe each rule's phrase lists, labelled before the checker was run on them. */
const variants: HeldoutCase[] = [
  c('v-interest-next-step-anything-else', ENGINEERING, {
    body: engNote(
      'The role feels like the right next step for me, and I can see myself contributing to the Rust migration. Should you need anything else, just say the word.'
    )
  }),
  c('v-privilege-on-request', ENGINEERING, {
    body: engNote('It would be a privilege to work alongside your team. References are available on request.')
  }),
  c(
    'v-no-interest-no-offer',
    ENGINEERING,
    { body: engNote('I learned a lot from the session and the whiteboard exercise.') },
    ['interest.missing', 'questions.missing']
  ),
  c('v-jump-at-chance', ENGINEERING, {
    body: engNote(
      "I'd jump at the chance to work on the CAN tooling. If you need anything from me, I'm around."
    )
  }),
  c(
    'v-placeholder-parenthesised',
    ENGINEERING,
    {
      body: engNote("I'm eager to contribute. Happy to share more.", 'Hi Sam,', 'Best regards,\n(Your Name)')
    },
    ['placeholder']
  ),
  c(
    'v-placeholder-percent',
    ENGINEERING,
    { body: engNote("I'm eager to contribute. Happy to share more.", 'Hi %FIRST_NAME%,') },
    ['placeholder'],
    ['name.mismatch', 'greeting.missing']
  ),
  c(
    'v-placeholder-insert-caps',
    ENGINEERING,
    { body: engNote("I'm eager to contribute to INSERT COMPANY and happy to share more.") },
    ['placeholder']
  ),
  c(
    'v-pushy-waiting-within',
    ENGINEERING,
    {
      kind: FU,
      body: p(
        'Hi Sam,',
        'Thank you again for the Firmware Engineer interview. I have been waiting two weeks for a response. Please get back to me within 48 hours.',
        'I remain interested and am happy to answer any questions.',
        'Regards,\nPriyanka'
      )
    },
    ['tone.pushy']
  ),
  c(
    'v-pushy-by-now',
    ENGINEERING,
    {
      kind: FU,
      body: p(
        'Hi Sam,',
        'Thank you again for the Firmware Engineer interview. Surely a decision has been made by now?',
        'I remain interested and am happy to answer any questions.',
        'Regards,\nPriyanka'
      )
    },
    ['tone.pushy']
  ),
  c(
    'v-response-by-friday-offer',
    ENGINEERING,
    {
      kind: FU,
      body: p(
        'Hi Sam,',
        'Thank you again for the Firmware Engineer interview. I have received another offer, so I would appreciate a response by Friday if possible.',
        'I remain very interested in Kestrel Robotics and am happy to answer any questions.',
        'Regards,\nPriyanka'
      )
    },
    [],
    ['tone.pushy']
  ),
  c(
    'v-thanks-a-bunch-bangs',
    ENGINEERING,
    { body: engNote("Thanks a bunch!! I'm eager to contribute and happy to share more.") },
    ['tone.casual']
  ),
  c(
    'v-haha',
    ENGINEERING,
    {
      body: engNote(
        "Sorry my demo board died mid-call haha. I'm eager to contribute and happy to share more."
      )
    },
    ['tone.casual']
  ),
  c(
    'v-hey-there-name',
    ENGINEERING,
    { body: engNote("I'm eager to contribute and happy to share more.", 'Hey there Sam,') },
    ['tone.casual']
  ),
  c('v-hello-again', ENGINEERING, {
    body: engNote("I'm eager to contribute and happy to share more.", 'Hello again Sam,')
  }),
  c('v-bare-name-em-dash', ENGINEERING, {
    body: engNote("I'm eager to contribute and happy to share more.", 'Sam \u2014')
  }),
  c(
    'v-misspelled-first-name',
    ENGINEERING,
    { body: engNote("I'm eager to contribute and happy to share more.", 'Hi Samual,') },
    ['name.mismatch'],
    ['spelling']
  ),
  c(
    'v-thanks-only-in-subject',
    ENGINEERING,
    {
      subject: 'Thank you!',
      body: p(
        'Hi Sam,',
        'It was great to work through the motor controller problem with you today.',
        "I'm eager to contribute to the Rust migration and happy to share more about my work.",
        'Best regards,\nPriyanka Rao'
      )
    },
    ['gratitude.missing']
  ),
  c('v-talk-soon', ENGINEERING, {
    body: engNote("I'm eager to contribute and happy to share more.", 'Hi Sam,', 'Talk soon,\nPriyanka')
  }),
  c(
    'v-signature-only',
    ENGINEERING,
    {
      body: engNote(
        "I'm eager to contribute and happy to share more.",
        'Hi Sam,',
        'Priyanka Rao\nFirmware Engineer candidate\n+1 555 010 2233'
      )
    },
    ['signoff.missing']
  ),
  c(
    'v-availability-et-between',
    ENGINEERING,
    {
      kind: FU,
      body: p(
        'Hi Sam,',
        'Thank you for the invitation to meet the wider firmware team. Any time between 9 and 11 works for me, or after 2 pm ET.',
        'I remain very interested in the Firmware Engineer role and happy to answer any questions.',
        'Best,\nPriyanka'
      )
    },
    [],
    [],
    { availabilityRequested: true }
  ),
  c(
    'v-availability-flexible',
    ENGINEERING,
    {
      kind: FU,
      body: p(
        'Hi Sam,',
        "Thank you for the invitation to meet the wider firmware team. I'm flexible, so just let me know what suits you.",
        'I remain very interested in the Firmware Engineer role and happy to answer any questions.',
        'Best,\nPriyanka'
      )
    },
    ['availability.missing'],
    [],
    { availabilityRequested: true }
  ),
  c('v-linkedin-to-email-contact', ENGINEERING, {
    channel: 'linkedin',
    subject: '',
    body: engNote("I'm eager to contribute and happy to share more.")
  }),
  c(
    'v-work-address-not-in-contacts',
    ENGINEERING,
    { to: 'sam@kestrel-robotics.com', body: engNote("I'm eager to contribute and happy to share more.") },
    ['privacy.channel']
  ),
  c(
    'v-other-company-in-signature',
    ENGINEERING,
    {
      body: engNote(
        "I'm eager to contribute and happy to share more.",
        'Hi Sam,',
        'Best regards,\nPriyanka Rao\nFirmware Engineer, Vireo Systems'
      )
    },
    ['company.mismatch']
  ),
  c(
    'v-fu-status-only',
    ENGINEERING,
    {
      kind: FU,
      body: p('Hi Sam,', 'Just checking in on the status of my application.', 'Thanks,\nPriyanka')
    },
    ['personal.missing', 'interest.missing', 'questions.missing']
  ),
  c(
    'v-a-a',
    ENGINEERING,
    {
      body: engNote(
        "I have a a strong background in embedded C. I'm eager to contribute and happy to share more."
      )
    },
    ['repeated-word']
  ),
  c('v-start-at-the-earliest', ENGINEERING, {
    body: engNote(
      "I could start in June at the earliest, and I'm eager to contribute. Happy to share more about my notice period."
    )
  }),
  c('v-that-that', ENGINEERING, {
    body: engNote("I think that that approach is right. I'm eager to contribute and happy to share more.")
  }),
  c(
    'v-subject-typo',
    ENGINEERING,
    {
      subject: 'Thank you for the intervew',
      body: engNote("I'm eager to contribute and happy to share more.")
    },
    ['spelling']
  )
]

export const HELDOUT_PART_TWO: HeldoutCase[] = [
  ...variants,
  ...design,
  ...engineering,
  ...marketing,
  ...civilCases,
  ...nickname
]
