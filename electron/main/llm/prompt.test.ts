import { describe, expect, it } from 'vitest'
import { COMPOSER_WORD_LIMITS } from '../../../shared/policy/index'
import type { LlmContext } from './notes'
import { privateNotes, usableNotes } from './notes'
import { buildMessages, buildRepairMessages, buildSystemPrompt, cleanAnswerText, parseAnswer } from './prompt'

const context: LlmContext = {
  now: '2026-03-04T10:00:00Z',
  candidate: { name: 'Alex Kim', availability: 'Tuesdays after 2 pm' },
  company: 'Acme',
  role: 'Backend Engineer',
  interview: { type: 'peer', endedAt: '2026-03-03T16:00:00Z' },
  interviewer: { name: 'Jane Doe', title: 'Senior Engineer', contacts: ['jane.doe@acme.example'] },
  notes: [
    'migrating billing to event sourcing',
    '  shared on-call\nrotation  ',
    { text: 'salary band 140k', use: 'private' },
    { text: 'she asked abt my k8s work', use: 'use' }
  ],
  otherInterviewers: ['Raj Patel'],
  otherCompanies: ['Globex'],
  otherDrafts: ['Hi Raj, thank you for the chat about Kafka.']
}
const draft = { subject: 'Thank you', body: 'Hi Jane,\n\nThank you for the talk.\n\nBest regards,\nAlex Kim' }
const sent = (mode: 'write' | 'polish', ctx: LlmContext = context) =>
  buildMessages({ mode, kind: 'thank-you', context: ctx, draft })
    .map((m) => m.content)
    .join('\n')

describe('notes in either shape', () => {
  it('sends plain and marked notes, never private ones nor ones the classifier keeps out (pay, bad news)', () => {
    const withSensitive: LlmContext = {
      ...context,
      notes: ['attrition is brutal', { text: 'range is under what I make now', use: 'use' }, 'Friday demos']
    }
    expect(usableNotes(withSensitive)).toEqual(['Friday demos'])
    expect(privateNotes(withSensitive)).toEqual(['attrition is brutal', 'range is under what I make now'])
    expect(usableNotes(context)).toEqual([
      'migrating billing to event sourcing',
      'shared on-call rotation',
      'she asked abt my k8s work'
    ])
  })
})

describe('buildMessages', () => {
  it('write: the facts and usable notes, nothing else of the context', () => {
    const text = sent('write')
    for (const fact of [
      'Acme',
      'Backend Engineer',
      'Jane Doe, Senior Engineer',
      'Alex Kim',
      'event sourcing'
    ])
      expect(text).toContain(fact)
    for (const never of [
      'salary',
      '140k',
      'jane.doe@acme.example',
      'Raj',
      'Globex',
      'Kafka',
      '2026',
      'Tuesdays'
    ])
      expect(text).not.toContain(never)
    expect(text).not.toContain(draft.body)
  })

  it('polish: the draft too; availability only when it was asked for', () => {
    expect(sent('polish')).toContain(draft.body)
    expect(sent('write', { ...context, availabilityRequested: true })).toContain('Tuesdays after 2 pm')
  })

  it('takes the word limit from the policy, per kind', () => {
    expect(buildSystemPrompt('write', 'thank-you')).toContain(
      `At most ${COMPOSER_WORD_LIMITS['thank-you']} words`
    )
    expect(buildSystemPrompt('polish', 'check-in')).toContain(
      `At most ${COMPOSER_WORD_LIMITS['check-in']} words`
    )
  })

  it('a note-less context says so instead of sending an empty list', () => {
    expect(sent('write', { ...context, notes: [] })).toContain('Interview notes: none')
  })

  it('the repair request carries the first answer and the problems', () => {
    const first = buildMessages({ mode: 'write', kind: 'thank-you', context })
    const repair = buildRepairMessages(first, 'ANSWER', ['too long'])
    expect(repair.slice(0, 2)).toEqual(first)
    expect(repair[2]).toEqual({ role: 'assistant', content: 'ANSWER' })
    expect(repair[3]?.content).toContain('- too long')
  })
})

describe('parseAnswer', () => {
  it('splits the subject line from the body', () => {
    expect(parseAnswer('Subject: Thanks\n\nHi Jane,\nBye', 'X')).toEqual({
      subject: 'Thanks',
      body: 'Hi Jane,\nBye'
    })
    expect(parseAnswer('**Subject:** Thanks\n\nHi', 'X')).toEqual({ subject: 'Thanks', body: 'Hi' })
  })
  it('keeps the fallback subject when there is none', () => {
    expect(parseAnswer('Hi Jane', 'Fallback')).toEqual({ subject: 'Fallback', body: 'Hi Jane' })
  })
  it('unwraps fences, prompt markers and quotes', () => {
    expect(cleanAnswerText('```text\nHi\n```')).toBe('Hi')
    expect(cleanAnswerText('<<<\nHi\n>>>')).toBe('Hi')
    expect(cleanAnswerText('"Hi"')).toBe('Hi')
    expect(cleanAnswerText('"Hi" and "bye"')).toBe('"Hi" and "bye"')
  })
})
