import { describe, expect, it } from 'vitest'
import type { CheckContext } from '../../../shared/etiquette/contract'
import { COMPOSER_WORD_LIMITS } from '../../../shared/policy'
import { buildPolishMessages, buildSystemPrompt, cleanPolishedText, POLISH_WORD_LIMITS } from './prompt'

const context: CheckContext = {
  now: '2026-03-04T10:00:00Z',
  candidate: { name: 'Alex Kim', availability: 'Tuesdays after 2 pm' },
  company: 'Acme',
  role: 'Backend Engineer',
  interview: { type: 'peer', endedAt: '2026-03-03T16:00:00Z' },
  interviewer: { name: 'Jane Doe', title: 'Senior Engineer', contacts: ['jane.doe@acme.example'] },
  notes: ['migrating billing to event sourcing', '  shared on-call\nrotation  '],
  otherInterviewers: ['Raj Patel'],
  otherCompanies: ['Globex'],
  otherDrafts: ['Hi Raj, thank you for the chat about Kafka.']
}
const body = 'Hi Jane,\n\nThank you for the talk about event sourcing.\n\nBest regards,\nAlex Kim'

function promptText(kind: 'thank-you' | 'follow-up' = 'thank-you'): string {
  return buildPolishMessages({ kind, context, draft: { subject: 'Thank you', body } })
    .map((m) => m.content)
    .join('\n')
}

describe('buildPolishMessages', () => {
  it('sends a system prompt and the draft body verbatim in the user message', () => {
    const messages = buildPolishMessages({ kind: 'thank-you', context, draft: { subject: 'S', body } })
    expect(messages.map((m) => m.role)).toEqual(['system', 'user'])
    expect(messages[1]?.content).toContain(body)
  })

  it('states the word limit for each kind', () => {
    expect(POLISH_WORD_LIMITS).toBe(COMPOSER_WORD_LIMITS)
    expect(buildSystemPrompt('thank-you')).toContain(`at most ${COMPOSER_WORD_LIMITS['thank-you']} words`)
    expect(buildSystemPrompt('follow-up')).toContain(`at most ${COMPOSER_WORD_LIMITS['follow-up']} words`)
    expect(buildSystemPrompt('follow-up')).toContain('follow-up')
  })

  it('tells the model to keep facts, greeting and sign-off, and to avoid emoji and exclamation runs', () => {
    const system = buildSystemPrompt('thank-you')
    expect(system).toMatch(/keep every fact/i)
    expect(system).toMatch(/invent nothing/i)
    expect(system).toMatch(/greeting/i)
    expect(system).toMatch(/sign-off/i)
    expect(system).toMatch(/no emoji/i)
    expect(system).toMatch(/exclamation/i)
    expect(system).toMatch(/professional/i)
  })

  it('includes the notes (tidied to one line each) and the names to keep', () => {
    const text = promptText()
    expect(text).toContain('- migrating billing to event sourcing')
    expect(text).toContain('- shared on-call rotation')
    expect(text).toContain('Jane Doe')
    expect(text).toContain('Acme')
    expect(text).toContain('Backend Engineer')
  })

  it('sends nothing else from the context: no contacts, other people, other companies, other drafts, dates', () => {
    const text = promptText()
    for (const leaked of [
      'jane.doe@acme.example',
      'Raj Patel',
      'Globex',
      'Kafka',
      'Tuesdays after 2 pm',
      '2026-03',
      'Senior Engineer'
    ]) {
      expect(text).not.toContain(leaked)
    }
  })

  it('leaves out the notes section when there are no notes', () => {
    const [, user] = buildPolishMessages({
      kind: 'follow-up',
      context: { ...context, notes: undefined },
      draft: { subject: '', body }
    })
    expect(user?.content).not.toMatch(/interview notes/i)
    expect(user?.content).toContain(body)
  })
})

describe('cleanPolishedText', () => {
  it('trims and normalises line endings', () => {
    expect(cleanPolishedText('\r\n  Hi Jane,\r\n\r\nThanks.\r\n')).toBe('Hi Jane,\n\nThanks.')
  })

  it('unwraps a Markdown fence, the prompt markers or enclosing quotes', () => {
    expect(cleanPolishedText('```text\nHi Jane,\nThanks.\n```')).toBe('Hi Jane,\nThanks.')
    expect(cleanPolishedText('<<<\nHi Jane,\nThanks.\n>>>')).toBe('Hi Jane,\nThanks.')
    expect(cleanPolishedText('"Hi Jane, thanks."')).toBe('Hi Jane, thanks.')
  })

  it('keeps quotes that belong to the text', () => {
    const text = '"Event sourcing" was a great topic, "really".'
    expect(cleanPolishedText(text)).toBe(text)
  })
})
