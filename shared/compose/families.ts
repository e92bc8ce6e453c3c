/**
 * The wording of a draft, as families of phrasings. Each family words every part of a note differently, so two
 * interviewers from the same interview, given different families, get drafts that share little text beyond names
 * (the checker's `personal.duplicate` rule). Every template uses plain dictionary words only, and never starts a
 * sentence with note text, so note words keep the exact form the checker exempts from spelling.
 *
 * Placeholders: {role}, {company}, {x} (the note fragment), {a} (a noted answer), {title}, {av} (availability).
 */

import { CHECK_IN_LEADS, THANK_YOU_LEADS } from './family-leads'

import type { LeadKind } from './lead-kinds'

export type { LeadKind } from './lead-kinds'

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
  checkInSubject: string
  checkInOpening: string
  checkInThanks: string
  checkInLeads: Readonly<Record<LeadKind, string>>
  /** A check-in's short reference back to something the thank-you already mentioned (callback.ts). */
  callback: string
  checkIn: string
  checkInClose: string
  signOff: string
}

export const FAMILIES: readonly [Family, ...Family[]] = [
  {
    greeting: 'Hi',
    thankYouSubject: 'Thank you for the {role} interview',
    thankYouOpening: 'Thank you for taking the time to speak with me about the {role} role at {company}.',
    leads: THANK_YOU_LEADS[0],
    title: 'It was valuable to hear your perspective as {title}.',
    interest:
      'Our conversation made me even more excited about the {role} role and the chance to join {company}.',
    availability: 'As for next steps, I am available {av}.',
    questions: 'If you have any other questions, I would be happy to answer them.',
    checkInSubject: 'Checking in on the {role} role',
    checkInOpening: 'I hope you are doing well.',
    checkInThanks: 'Thank you again for our conversation about the {role} role at {company}.',
    checkInLeads: CHECK_IN_LEADS[0],
    callback: 'I have kept thinking about {x} since we spoke.',
    checkIn: 'I wanted to check whether there is any news on the next steps.',
    checkInClose:
      'I remain very interested in joining {company}, and I am happy to answer any questions or share more about my work.',
    signOff: 'Best regards'
  },
  {
    greeting: 'Hello',
    thankYouSubject: 'Thank you for our {role} conversation',
    thankYouOpening: 'Many thanks for meeting with me to discuss the {role} position at {company}.',
    leads: THANK_YOU_LEADS[1],
    title: 'Hearing how you approach your work as {title} was very helpful.',
    interest: 'I left our conversation even more interested in joining the team at {company}.',
    availability: 'You asked about my availability: I am free {av}.',
    questions: 'Please let me know if I can answer any questions or share more about my experience.',
    checkInSubject: 'Following up on the {role} position',
    checkInOpening: 'I hope your week is going well.',
    checkInThanks: 'Thanks again for taking the time to talk with me about the {role} position at {company}.',
    checkInLeads: CHECK_IN_LEADS[1],
    callback: 'Our conversation about {x} is still on my mind.',
    checkIn: 'I would be glad to hear about the next steps whenever there is an update.',
    checkInClose:
      'I am still very excited about this opportunity, and I would be glad to answer any questions.',
    signOff: 'Kind regards'
  },
  {
    greeting: 'Dear',
    thankYouSubject: 'Grateful for our talk about the {role} role',
    thankYouOpening:
      'I really appreciated our conversation about the {role} role at {company}, and I am grateful for the time you gave me.',
    leads: THANK_YOU_LEADS[2],
    title: 'I appreciated the view of the team you shared as {title}.',
    interest: 'I am very enthusiastic about the {role} position and about what I could bring to {company}.',
    availability: 'For a follow-up conversation, I am available {av}.',
    questions: 'Should you have any further questions, I would be glad to answer them.',
    checkInSubject: 'A quick check-in about the {role} role',
    checkInOpening: 'I hope all is well with you and the team.',
    checkInThanks: 'I am still grateful for our conversation about the {role} role at {company}.',
    checkInLeads: CHECK_IN_LEADS[2],
    callback: 'I still think back to our talk about {x}.',
    checkIn: 'When it is convenient, I would appreciate hearing about any update on the timeline.',
    checkInClose:
      'My interest in joining {company} is as strong as ever, so please let me know if I can answer any questions.',
    signOff: 'Best wishes'
  },
  {
    greeting: 'Hi',
    thankYouSubject: 'Thank you for your time and insight',
    thankYouOpening: 'Thank you for the thoughtful conversation about the {role} opening at {company}.',
    leads: THANK_YOU_LEADS[3],
    title: 'Your insight as {title} gave me a clear picture of the work.',
    interest: 'I remain genuinely excited about the opportunity to work with you at {company}.',
    availability: 'If it helps with scheduling, I am available {av}.',
    questions: 'If any further questions come up, I am happy to answer them or share more information.',
    checkInSubject: 'Checking in after our conversation',
    checkInOpening: 'I hope things are going well on your end.',
    checkInThanks: 'I wanted to thank you again for our talk about the {role} opening at {company}.',
    checkInLeads: CHECK_IN_LEADS[3],
    callback: 'Since our talk, I have often thought about {x}.',
    checkIn: 'I wanted to ask, at your convenience, whether you have an update on the next steps.',
    checkInClose:
      'I am happy to answer any questions, and I continue to be enthusiastic about the role at {company}.',
    signOff: 'Warm regards'
  }
]

export const DEFAULT_FAMILY: Family = FAMILIES[0]
