/**
 * Test inputs: a realistic, clean thank-you and follow-up context, with overrides per test. Pure data (no Node),
 * so tests in shared/ and scripts/ can share it.
 */
import type { CheckContext, CheckDraft, CheckInput } from '../../shared/etiquette/contract'

export const CLEAN_THANK_YOU =
  'Hi Jane,\n\nThank you for taking the time to talk with me today. I enjoyed hearing about the migration of the ' +
  'billing service to event sourcing, and how the on-call rotation is shared by two teams.\n\nI am excited about the ' +
  'Backend Engineer role at Acme Payments and would love to help with that migration.\n\nIf there is anything else I ' +
  'can answer, please let me know.\n\nBest regards,\nAlex Kim'

export const CLEAN_FOLLOW_UP =
  'Hi Jane,\n\nI hope you are well. Thank you again for our conversation about the Backend Engineer role. I wanted ' +
  'to check whether there is any news on the next steps.\n\nI remain very interested in joining Acme Payments. I am ' +
  'happy to answer any questions or share more about my work.\n\nBest regards,\nAlex Kim'

export function context(overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    now: '2026-03-03T20:00:00Z',
    candidate: { name: 'Alex Kim' },
    company: 'Acme Payments',
    role: 'Backend Engineer',
    interview: { type: 'peer', endedAt: '2026-03-03T16:00:00Z' },
    interviewer: { name: 'Jane Doe', title: 'Senior Engineer', contacts: ['jane.doe@acme.example'] },
    notes: ['migrating the billing service to event sourcing', 'the on-call rotation shared by two teams'],
    otherInterviewers: ['Raj Patel'],
    otherCompanies: ['Globex'],
    lastContactAt: '2026-03-03T16:00:00Z',
    checkInsSent: 0,
    replyReceived: false,
    availabilityRequested: false,
    ...overrides
  }
}

/** A thank-you (or, with kind 'check-in', a follow-up checked 8 days after the last contact). */
export function input(draft: Partial<CheckDraft> = {}, ctx: Partial<CheckContext> = {}): CheckInput {
  const kind = draft.kind ?? 'thank-you'
  const followUp = kind === 'check-in'
  return {
    draft: {
      kind,
      channel: 'email',
      to: 'jane.doe@acme.example',
      subject: followUp ? 'Backend Engineer role: checking in' : 'Thank you for today',
      body: followUp ? CLEAN_FOLLOW_UP : CLEAN_THANK_YOU,
      ...draft
    },
    context: context({
      ...(followUp ? { now: '2026-03-12T09:00:00Z', lastContactAt: '2026-03-04T09:00:00Z' } : {}),
      ...ctx
    })
  }
}
