/**
 * The sentences that carry a note, per phrasing family (index = family in families.ts). Each kind has three
 * thank-you wordings, so the notes of one draft never share a lead, and one follow-up wording. `hardFact` and
 * `hardTopic` are neutral wordings for a note about a difficulty ("procurement takes forever", "the FOIA backlog"),
 * where "I was glad to hear" would read as glad about the problem.
 */
import type { LeadKind } from './lead-kinds'
import { personalCheckInLeads, personalLeads } from './personal-leads'

type ThankYouLeads = Readonly<Record<LeadKind, readonly [string, string, string]>>
type CheckInLeads = Readonly<Record<LeadKind, string>>

export const THANK_YOU_LEADS: readonly [ThankYouLeads, ThankYouLeads, ThankYouLeads, ThankYouLeads] = [
  {
    ...personalLeads(0),
    topic: [
      'I especially enjoyed hearing about {x}.',
      'It was also interesting to learn about {x}.',
      'I also appreciated the insight into {x}.'
    ],
    fact: ['It was good to learn that {x}.', 'I also noted that {x}.', 'I was interested to hear that {x}.'],
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
    remark: [
      'I valued what you said about {x}.',
      'Thank you also for your thoughts on {x}.',
      'It was good to hear what you said about {x}.'
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
    ],
    hardFact: [
      'I also noted that {x}.',
      'Thank you for being open about the fact that {x}.',
      'It was useful to understand that {x}.'
    ],
    hardTopic: [
      'Thank you for being candid about {x}.',
      'It was useful to hear about {x}.',
      'I also noted what you said about {x}.'
    ]
  },
  {
    ...personalLeads(1),
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
      'It meant a lot to hear you mention that {x}.',
      'I was pleased to hear you say that {x}.',
      'I appreciated you telling me that {x}.'
    ],
    asked: [
      'Thank you for your clear reply when I asked about {x}.',
      'I was grateful for your view on {x}.',
      'Your thoughts on {x} were helpful.'
    ],
    remark: [
      'I keep coming back to what you said about {x}.',
      'I was interested to hear your thoughts on {x}.',
      'I was glad to hear your view on {x}.'
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
    ],
    hardFact: [
      'It stood out to me that {x}.',
      'I appreciated your candor about the fact that {x}.',
      'I found it helpful to know that {x}.'
    ],
    hardTopic: [
      'I appreciated your candor about {x}.',
      'It helped to hear about {x}.',
      'I also took note of {x}.'
    ]
  },
  {
    ...personalLeads(2),
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
    remark: [
      'I keep thinking about what you said about {x}.',
      'Thank you for your thoughts on {x}.',
      'I valued what you shared about {x}.'
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
    ],
    hardFact: [
      'I took note that {x}.',
      'Thank you for being frank about the fact that {x}.',
      'It was useful to know that {x}.'
    ],
    hardTopic: [
      'Thank you for being frank about {x}.',
      'It was useful to learn about {x}.',
      'I also took note of {x}.'
    ]
  },
  {
    ...personalLeads(3),
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
      'It was great to hear you mention that {x}.',
      'Thank you for letting me know that {x}.'
    ],
    asked: [
      'Thank you for answering when I asked about {x}.',
      'I learned a lot from your answer on {x}.',
      'Your view on {x} was helpful.'
    ],
    remark: [
      'I was struck by what you said about {x}.',
      'I enjoyed your thoughts on {x}.',
      'It was helpful to hear your view on {x}.'
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
    ],
    hardFact: [
      'It helped me to know that {x}.',
      'Thank you for being clear about the fact that {x}.',
      'I noted that {x}.'
    ],
    hardTopic: ['Thank you for being clear about {x}.', 'It helped to understand {x}.', 'I also noted {x}.']
  }
]

export const CHECK_IN_LEADS: readonly [CheckInLeads, CheckInLeads, CheckInLeads, CheckInLeads] = [
  {
    ...personalCheckInLeads(0),
    topic: 'Since we spoke, I have been thinking about {x}.',
    fact: 'It has stayed with me that {x}.',
    mentioned: 'I still remember you mentioning that {x}.',
    asked: 'I am still grateful for your answer about {x}.',
    remark: 'I have kept thinking about what you said about {x}.',
    indirect: 'I still value what you shared about {x}.',
    indirectAnswer: 'I still value what you shared about {x}.',
    quoted: 'I still appreciate your answer to my question, “{x}”',
    quotedAnswer: 'I still appreciate your answer to my question, “{x}”',
    hardFact: 'It has stayed with me that {x}.',
    hardTopic: 'Since we spoke, I have been thinking about {x}.'
  },
  {
    ...personalCheckInLeads(1),
    topic: 'I keep thinking back to our discussion of {x}.',
    fact: 'I keep coming back to learning that {x}.',
    mentioned: 'I keep thinking about how you mentioned that {x}.',
    asked: 'Your reply when I asked about {x} has stayed with me.',
    remark: 'I often think back to what you said about {x}.',
    indirect: 'Our exchange about {x} has stayed with me.',
    indirectAnswer: 'Our exchange about {x} has stayed with me.',
    quoted: 'Your answer when I asked, “{x}”, has stayed with me.',
    quotedAnswer: 'Your answer when I asked, “{x}”, has stayed with me.',
    hardFact: 'I keep coming back to learning that {x}.',
    hardTopic: 'I keep thinking back to our discussion of {x}.'
  },
  {
    ...personalCheckInLeads(2),
    topic: 'I still remember our exchange about {x}.',
    fact: 'I still remember learning that {x}.',
    mentioned: 'I still remember hearing that {x}.',
    asked: 'I still remember your thoughtful answer about {x}.',
    remark: 'I still remember what you said about {x}.',
    indirect: 'I still remember our discussion of {x}.',
    indirectAnswer: 'I still remember our discussion of {x}.',
    quoted: 'I still remember asking you, “{x}”',
    quotedAnswer: 'I still remember asking you, “{x}”',
    hardFact: 'I still remember learning that {x}.',
    hardTopic: 'I still remember our exchange about {x}.'
  },
  {
    ...personalCheckInLeads(3),
    topic: 'Since then, I have thought more about {x}.',
    fact: 'Since we spoke, I have thought more about the fact that {x}.',
    mentioned: 'Since we spoke, I have thought more about how you mentioned that {x}.',
    asked: 'Since we spoke, I have thought more about your answer on {x}.',
    remark: 'Since we spoke, I have thought more about what you said about {x}.',
    indirect: 'Since we spoke, I have thought more about {x}.',
    indirectAnswer: 'Since we spoke, I have thought more about {x}.',
    quoted: 'Since we spoke, I have thought more about your answer when I asked, “{x}”',
    quotedAnswer: 'Since we spoke, I have thought more about your answer when I asked, “{x}”',
    hardFact: 'Since we spoke, I have thought more about the fact that {x}.',
    hardTopic: 'Since then, I have thought more about {x}.'
  }
]
