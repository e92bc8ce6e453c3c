/**
 * Wordings for notes about the two people in the room rather than about the work: what the interviewer liked in the
 * candidate's answers, a question they asked the candidate, advice they gave, something they took the time to do.
 * Each is thanked for as such ("Thank you for your kind words about my story ...") instead of being restated as a
 * fact ("It was good to learn that you loved my story ..."), which reads as a template talking about itself.
 * Each kind has four thank-you wordings; family i uses wordings i, i+1 and i+2, so families word them differently.
 * Placeholders: {x} is the note fragment (see personal.ts for its shape per kind).
 */
import type { PersonalKind } from './lead-kinds'

const THANK_YOU: Readonly<Record<PersonalKind, readonly [string, string, string, string]>> = {
  liked: [
    'I was glad to hear that you liked {x}.',
    'Thank you for the kind words about {x}.',
    'I appreciated your interest in {x}.',
    'It was encouraging to hear your thoughts on {x}.'
  ],
  theyAsked: [
    'I enjoyed it when you asked me {x}.',
    'Thank you for asking me {x}.',
    'I was glad that you asked me {x}.',
    'I liked that you asked me {x}.'
  ],
  advice: [
    'Thank you for the suggestion that {x}.',
    'I appreciated your advice that {x}.',
    'I am grateful for your suggestion that {x}.',
    'Your advice that {x} was very helpful.'
  ],
  gesture: [
    'Thank you for {x}.',
    'I appreciated your time {x}.',
    'It was generous of you to spend time {x}.',
    'Thank you as well for {x}.'
  ]
}

const CHECK_IN: Readonly<Record<PersonalKind, readonly [string, string, string, string]>> = {
  liked: [
    'Your interest in {x} has stayed with me.',
    'I was encouraged by what you said about {x}, and it has stayed with me.',
    'I still appreciate your interest in {x}.',
    'I have often thought back to your interest in {x}.'
  ],
  theyAsked: [
    'I have kept thinking about the moment you asked me {x}.',
    'I have given it more thought since you asked me {x}.',
    'I have reflected further since you asked me {x}.',
    'I have thought more about it since you asked me {x}.'
  ],
  advice: [
    'I have kept in mind your suggestion that {x}.',
    'Your advice that {x} has stayed with me.',
    'I have taken to heart your suggestion that {x}.',
    'I have been thinking about your advice that {x}.'
  ],
  gesture: [
    'I still appreciate the time you spent {x}.',
    'I remain grateful for the time you took {x}.',
    'The time you took {x} has stayed with me.',
    'I keep thinking about the time you spent {x}.'
  ]
}

const KINDS: readonly PersonalKind[] = ['liked', 'theyAsked', 'advice', 'gesture']

/** Family i's three thank-you wordings per personal kind. */
export function personalLeads(family: number): Record<PersonalKind, readonly [string, string, string]> {
  const pick = (frames: readonly string[]): readonly [string, string, string] => [
    frames[family % 4] ?? '',
    frames[(family + 1) % 4] ?? '',
    frames[(family + 2) % 4] ?? ''
  ]
  return Object.fromEntries(KINDS.map((kind) => [kind, pick(THANK_YOU[kind])])) as Record<
    PersonalKind,
    readonly [string, string, string]
  >
}

/** Family i's check-in wording per personal kind. */
export function personalCheckInLeads(family: number): Record<PersonalKind, string> {
  return Object.fromEntries(KINDS.map((kind) => [kind, CHECK_IN[kind][family % 4] ?? ''])) as Record<
    PersonalKind,
    string
  >
}
