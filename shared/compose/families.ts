/**
 * The wording of a draft, as families of phrasings. Each family words every part of a note differently, so two
 * interviewers from the same interview, given different families, get drafts that share little text beyond names
 * (the checker's `personal.duplicate` rule). Every template uses plain dictionary words only, and never starts a
 * sentence with note text, so note words keep the exact form the checker exempts from spelling.
 *
 * Placeholders: {role}, {company}, {x} (the note fragment), {a} (a noted answer), {title}, {av} (availability).
 */

export type LeadKind =
  'topic' | 'fact' | 'mentioned' | 'asked' | 'indirect' | 'indirectAnswer' | 'quoted' | 'quotedAnswer'

export interface Family {
  greeting: string
  thankYouSubject: string
  thankYouOpening: string
  /** Three wordings per kind: one for each note position in a thank-you, so two notes never share a lead. */
  leads: Readonly<Record<LeadKind, readonly [string, string, string]>>
  title: string
  interest: string
  availability: string
  questions: string
  followUpSubject: string
  followUpOpening: string
  followUpThanks: string
  followUpLeads: Readonly<Record<LeadKind, string>>
  checkIn: string
  followUpClose: string
  signOff: string
}

export const FAMILIES: readonly [Family, ...Family[]] = [
  {
    greeting: 'Hi',
    thankYouSubject: 'Thank you for the {role} interview',
    thankYouOpening: 'Thank you for taking the time to speak with me about the {role} role at {company}.',
    leads: {
      topic: [
        'I especially enjoyed hearing about {x}.',
        'It was also interesting to learn about {x}.',
        'I also appreciated the insight into {x}.'
      ],
      fact: [
        'It was good to learn that {x}.',
        'I also noted that {x}.',
        'I was interested to hear that {x}.'
      ],
      mentioned: [
        'I was glad you mentioned that {x}.',
        'Thank you also for sharing that {x}.',
        'It was helpful to hear that {x}.'
      ],
      asked: [
        'I appreciated your answer when I asked about {x}.',
        'Thank you for taking my question about {x}.',
        'I valued your reply on {x}.'
      ],
      indirect: [
        'I appreciated the chance to ask {x}.',
        'Thank you for talking through {x} with me.',
        'I was glad I could ask {x}.'
      ],
      indirectAnswer: [
        'Thank you for explaining {x}: {a}.',
        'I appreciated learning {x}: {a}.',
        'It was helpful to hear {x}: {a}.'
      ],
      quoted: [
        'I appreciated the chance to ask you, “{x}”',
        'Thank you for taking my question, “{x}”',
        'I was glad I could ask, “{x}”'
      ],
      quotedAnswer: [
        'When I asked, “{x}”, your answer was helpful: {a}.',
        'I appreciated your answer to “{x}”: {a}.',
        'Thank you for answering “{x}”: {a}.'
      ]
    },
    title: 'It was valuable to hear your perspective as {title}.',
    interest:
      'Our conversation made me even more excited about the {role} role and the chance to join {company}.',
    availability: 'As for next steps, I am available {av}.',
    questions: 'If you have any other questions, I would be happy to answer them.',
    followUpSubject: 'Checking in on the {role} role',
    followUpOpening: 'I hope you are doing well.',
    followUpThanks: 'Thank you again for our conversation about the {role} role at {company}.',
    followUpLeads: {
      topic: 'Since we spoke, I have been thinking about {x}.',
      fact: 'It has stayed with me that {x}.',
      mentioned: 'I still remember you mentioning that {x}.',
      asked: 'I am still grateful for your answer about {x}.',
      indirect: 'I still value what you shared about {x}.',
      indirectAnswer: 'I still value what you shared about {x}.',
      quoted: 'I still appreciate your answer to my question, “{x}”',
      quotedAnswer: 'I still appreciate your answer to my question, “{x}”'
    },
    checkIn: 'I wanted to check whether there is any news on the next steps.',
    followUpClose:
      'I remain very interested in joining {company}, and I am happy to answer any questions or share more about my work.',
    signOff: 'Best regards'
  },
  {
    greeting: 'Hello',
    thankYouSubject: 'Thank you for our {role} conversation',
    thankYouOpening: 'Many thanks for meeting with me to discuss the {role} position at {company}.',
    leads: {
      topic: [
        'A highlight for me was hearing about {x}.',
        'I also really enjoyed our talk about {x}.',
        'I was also glad we touched on {x}.'
      ],
      fact: [
        'I found it helpful to know that {x}.',
        'It stood out to me that {x}.',
        'I liked hearing that {x}.'
      ],
      mentioned: [
        'It meant a lot that you mentioned {x}.',
        'I was pleased to hear you say that {x}.',
        'I appreciated you telling me that {x}.'
      ],
      asked: [
        'Thank you for your clear reply when I asked about {x}.',
        'I was grateful for your view on {x}.',
        'Your thoughts on {x} were helpful.'
      ],
      indirect: [
        'I was grateful for the chance to ask {x}.',
        'I enjoyed our exchange about {x}.',
        'It was useful to talk about {x}.'
      ],
      indirectAnswer: [
        'I found it useful to learn {x}: {a}.',
        'I was glad to hear {x}: {a}.',
        'I valued your account of {x}: {a}.'
      ],
      quoted: [
        'I was grateful you took my question, “{x}”',
        'I enjoyed hearing your thoughts when I asked, “{x}”',
        'It was useful to ask, “{x}”'
      ],
      quotedAnswer: [
        'Your answer to “{x}” was clear: {a}.',
        'I was glad to hear your answer to “{x}”: {a}.',
        'When I asked “{x}”, you explained: {a}.'
      ]
    },
    title: 'Hearing how you approach your work as {title} was very helpful.',
    interest: 'I left our conversation even more interested in joining {company} as part of the team.',
    availability: 'You asked about my availability: I am free {av}.',
    questions: 'Please let me know if I can answer any questions or share more about my experience.',
    followUpSubject: 'Following up on the {role} position',
    followUpOpening: 'I hope your week is going well.',
    followUpThanks:
      'Thanks again for taking the time to talk with me about the {role} position at {company}.',
    followUpLeads: {
      topic: 'I keep thinking back to our discussion of {x}.',
      fact: 'I keep coming back to learning that {x}.',
      mentioned: 'I keep thinking about how you mentioned that {x}.',
      asked: 'Your reply when I asked about {x} has stayed with me.',
      indirect: 'Our exchange about {x} has stayed with me.',
      indirectAnswer: 'Our exchange about {x} has stayed with me.',
      quoted: 'Your answer when I asked, “{x}”, has stayed with me.',
      quotedAnswer: 'Your answer when I asked, “{x}”, has stayed with me.'
    },
    checkIn: 'I would be glad to hear about the next steps whenever there is an update.',
    followUpClose:
      'I am still very excited about this opportunity, and I would be glad to answer any questions.',
    signOff: 'Kind regards'
  },
  {
    greeting: 'Dear',
    thankYouSubject: 'Grateful for our talk about the {role} role',
    thankYouOpening:
      'I really appreciated our conversation about the {role} role at {company}, and I am grateful for the time you gave me.',
    leads: {
      topic: [
        'Something that stayed with me was our discussion of {x}.',
        'I also liked learning about {x}.',
        'Thank you as well for the detail on {x}.'
      ],
      fact: ['I was glad to find out that {x}.', 'It was useful to know that {x}.', 'I took note that {x}.'],
      mentioned: [
        'Thank you for telling me that {x}.',
        'I was happy to hear that {x}.',
        'It was good to hear you explain that {x}.'
      ],
      asked: [
        'Your thoughtful answer about {x} was helpful.',
        'I valued your honest view on {x}.',
        'Thank you for the detail when I asked about {x}.'
      ],
      indirect: [
        'I valued our discussion of {x}.',
        'Thank you for letting me ask {x}.',
        'I was happy to discuss {x}.'
      ],
      indirectAnswer: [
        'Thank you for walking me through {x}: {a}.',
        'It was good to hear {x}: {a}.',
        'I valued hearing {x}: {a}.'
      ],
      quoted: [
        'I valued your answer when I asked, “{x}”',
        'Thank you for letting me ask, “{x}”',
        'I was happy to ask, “{x}”'
      ],
      quotedAnswer: [
        'Thank you for your answer to “{x}”: {a}.',
        'I valued your reply to “{x}”: {a}.',
        'When I asked “{x}”, your reply was clear: {a}.'
      ]
    },
    title: 'I appreciated the view of the team you shared as {title}.',
    interest: 'I am very enthusiastic about the {role} position and about what I could bring to {company}.',
    availability: 'For a follow-up conversation, I am available {av}.',
    questions: 'I am glad to answer any further questions you may have.',
    followUpSubject: 'A quick check-in about the {role} role',
    followUpOpening: 'I hope all is well with you and the team.',
    followUpThanks: 'I am still grateful for our conversation about the {role} role at {company}.',
    followUpLeads: {
      topic: 'I still remember our exchange about {x}.',
      fact: 'I still remember learning that {x}.',
      mentioned: 'I still remember hearing that {x}.',
      asked: 'I still remember your thoughtful answer about {x}.',
      indirect: 'I still remember our discussion of {x}.',
      indirectAnswer: 'I still remember our discussion of {x}.',
      quoted: 'I still remember asking you, “{x}”',
      quotedAnswer: 'I still remember asking you, “{x}”'
    },
    checkIn: 'When it is convenient, I would appreciate hearing about any update on the timeline.',
    followUpClose:
      'My interest in joining {company} is as strong as ever, so please let me know if I can answer any questions.',
    signOff: 'Best wishes'
  },
  {
    greeting: 'Hi',
    thankYouSubject: 'Thank you for your time and insight',
    thankYouOpening: 'Thank you for the thoughtful conversation about the {role} opening at {company}.',
    leads: {
      topic: [
        'I enjoyed learning more about {x}.',
        'I was also interested in {x}.',
        'It was also helpful to hear your comments on {x}.'
      ],
      fact: [
        'It was good to hear that {x}.',
        'I was glad to learn that {x}.',
        'It helped me to know that {x}.'
      ],
      mentioned: [
        'I appreciated hearing that {x}.',
        'It was great that you mentioned {x}.',
        'Thank you for letting me know that {x}.'
      ],
      asked: [
        'Thank you for answering when I asked about {x}.',
        'I learned a lot from your answer on {x}.',
        'Your view on {x} was helpful.'
      ],
      indirect: [
        'I was happy to hear about {x}.',
        'Thank you for talking with me about {x}.',
        'I enjoyed discussing {x}.'
      ],
      indirectAnswer: [
        'I enjoyed hearing {x}: {a}.',
        'Thank you for sharing {x}: {a}.',
        'It was helpful to learn {x}: {a}.'
      ],
      quoted: [
        'I was happy to hear your thoughts when I asked, “{x}”',
        'Thank you for your answer when I asked, “{x}”',
        'I enjoyed asking, “{x}”'
      ],
      quotedAnswer: [
        'Thank you for sharing your answer to “{x}”: {a}.',
        'Your reply to “{x}” helped: {a}.',
        'I enjoyed your answer to “{x}”: {a}.'
      ]
    },
    title: 'Your insight as {title} gave me a clear picture of the work.',
    interest: 'I remain genuinely excited about the opportunity to work with you at {company}.',
    availability: 'If it helps with scheduling, I am available {av}.',
    questions: 'If any further questions come up, I am happy to answer them or share more information.',
    followUpSubject: 'Checking in after our conversation',
    followUpOpening: 'I hope things are going well on your end.',
    followUpThanks:
      'I appreciated our talk about the {role} opening at {company} and wanted to thank you again.',
    followUpLeads: {
      topic: 'Since then, I have thought more about {x}.',
      fact: 'Since we spoke, I have thought more about the fact that {x}.',
      mentioned: 'Since we spoke, I have thought more about how you mentioned that {x}.',
      asked: 'Since we spoke, I have thought more about your answer on {x}.',
      indirect: 'Since we spoke, I have thought more about {x}.',
      indirectAnswer: 'Since we spoke, I have thought more about {x}.',
      quoted: 'Since we spoke, I have thought more about your answer when I asked, “{x}”',
      quotedAnswer: 'Since we spoke, I have thought more about your answer when I asked, “{x}”'
    },
    checkIn: 'I wanted to ask, at your convenience, whether there is news on the next steps.',
    followUpClose:
      'I continue to be enthusiastic about the role at {company} and am happy to answer any questions.',
    signOff: 'Warm regards'
  }
]

export const DEFAULT_FAMILY: Family = FAMILIES[0]
