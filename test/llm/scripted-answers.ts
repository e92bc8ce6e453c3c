/**
 * The scripted answers of the test LLM server, with the reason each bad one must be rejected for. Shared by the
 * library test (electron/main/llm/propose.test.ts), the CLI test (scripts/llm-draft.test.ts) and the e2e journey.
 */
import type { LlmContext } from '../../electron/main/llm/notes'

export const SUBJECT = 'Thank you for today’s conversation'

/** The interview as the CLI takes it: two usable notes and one private note. */
export const CONTEXT: LlmContext = {
  now: '2026-03-04T10:00:00Z',
  candidate: { name: 'Alex Kim' },
  company: 'Acme',
  role: 'Backend Engineer',
  interview: { type: 'peer', endedAt: '2026-03-03T16:00:00Z' },
  interviewer: { name: 'Jane Doe', title: 'Senior Engineer', contacts: ['jane.doe@acme.example'] },
  notes: [
    'migrating billing to event sourcing',
    'asked how I test distributed systems',
    { text: 'salary band 140k below my ask', use: 'private' }
  ],
  otherInterviewers: ['Raj Patel'],
  otherCompanies: ['Globex']
}

const OPENING =
  'Hi Jane,\n\nThank you for taking the time to talk with me about the Backend Engineer role at Acme.'
const NOTES =
  ' I enjoyed hearing how the team is migrating billing to event sourcing, and your question about how I test distributed systems gave me a lot to think about.'
const INTEREST =
  '\n\nI am very interested in joining Acme and would be glad to help with that work. If any questions come up, I would be happy to answer them.'
const SIGNOFF = '\n\nBest regards,\nAlex Kim'

export function answer(parts: { opening?: string; notes?: string; interest?: string; extra?: string } = {}) {
  const body = `${parts.opening ?? OPENING}${parts.notes ?? NOTES}${parts.extra ?? ''}${parts.interest ?? INTEREST}${SIGNOFF}`
  return `Subject: ${SUBJECT}\n\n${body}`
}

export const GOOD = answer()
const PADDING =
  ' I also valued the way the conversation moved between design, testing and the day to day work of the team.'

/** Each bad answer and the reason it must be rejected for. */
export const BAD_ANSWERS: ReadonlyArray<{ name: string; text: string; reason: string }> = [
  {
    name: 'an invented name',
    text: answer({ extra: ' Meeting Mallory Stone from your platform group was a pleasure too.' }),
    reason: 'invented-name'
  },
  {
    name: 'an invented link',
    text: answer({ extra: ' You can see similar work at https://alexkim-portfolio.example/billing.' }),
    reason: 'invented-url'
  },
  {
    name: 'an invented figure',
    text: answer({
      notes: ' I enjoyed hearing how the team is migrating 40 billing services to event sourcing.'
    }),
    reason: 'invented-figure'
  },
  {
    name: 'an invented e-mail address',
    text: answer({ extra: ' My other address is alex.kim@mail.example if that is easier.' }),
    reason: 'invented-email'
  },
  {
    name: 'an invented phone number',
    text: answer({ extra: ' You can also call me on +1 415 555 0199.' }),
    reason: 'invented-phone'
  },
  {
    name: 'a private note’s content',
    text: answer({ extra: ' I understand the salary band may sit below what I hoped for.' }),
    reason: 'private-note'
  },
  {
    name: 'a wrong company',
    text: answer({
      interest:
        '\n\nI am very interested in joining Globex. If any questions come up, I would be happy to answer them.'
    }),
    reason: 'other-company'
  },
  { name: 'too long', text: answer({ extra: PADDING.repeat(8) }), reason: 'too-long' },
  {
    name: 'a placeholder',
    text: answer({
      opening:
        'Hi [Name],\n\nThank you for taking the time to talk with me about the Backend Engineer role at Acme.'
    }),
    reason: 'placeholder'
  },
  { name: 'empty text', text: '', reason: 'empty' },
  {
    name: 'Markdown formatting',
    text: answer({ notes: ' I enjoyed hearing how the team is **migrating billing to event sourcing**.' }),
    reason: 'markdown'
  }
]

/** A good answer in a Markdown fence: unwrapped, then accepted. */
export const FENCED_GOOD = `\`\`\`\n${GOOD}\n\`\`\``
