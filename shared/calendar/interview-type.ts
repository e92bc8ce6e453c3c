/** The interview type guessed from an invite's title; the user can change it in the preview. */
import type { INTERVIEW_TYPES } from '../model/journal'

export type InterviewType = (typeof INTERVIEW_TYPES)[number]

// First match wins, so "Technical screen" is technical, not a phone screen.
const GUESSES: Array<[InterviewType, RegExp]> = [
  [
    'technical',
    /\b(technical|tech screen|coding|live[- ]cod|system design|pair(ing)? (programming|session)|take[- ]home|whiteboard|algorithms?)\b/i
  ],
  ['panel', /\b(panel|on-?site|loop|super ?day|final round)\b/i],
  ['peer', /\b(peers?|meet the team|team (interview|chat|call))\b/i],
  ['hiring-manager', /\b(hiring manager|hm (interview|chat|call)|manager (interview|chat|call))\b/i],
  ['hr', /\b(hr|human resources|people team|culture|values)\b/i],
  ['phone-screen', /\b(phone|screen(ing)?|recruiter|intro(ductory)?( call)?|initial call)\b/i]
]

export function guessInterviewType(title: string): InterviewType {
  for (const [type, pattern] of GUESSES) if (pattern.test(title)) return type
  return 'other'
}
