/**
 * The rule registry: one entry per contract rule id, with its default severity and the words the app shows in
 * settings (where a user may switch a rule off by id).
 */
import type { Finding, RuleId, Severity } from './contract'

export interface RuleInfo {
  id: RuleId
  severity: Severity
  title: string
  description: string
}

export const RULES: ReadonlyArray<RuleInfo> = [
  rule(
    'timing.late-thank-you',
    'warning',
    'Late thank-you',
    'Send a thank-you within 24 hours of the interview.'
  ),
  rule(
    'timing.early-follow-up',
    'warning',
    'Early follow-up',
    'Wait at least a week after your last contact before checking in.'
  ),
  rule(
    'overfollow',
    'error',
    'Too many follow-ups',
    'Two unanswered follow-ups are enough; more reads as pushy.'
  ),
  rule('gratitude.missing', 'error', 'No thanks', 'Thank the interviewer for their time.'),
  rule(
    'interest.missing',
    'warning',
    'No reaffirmed interest',
    'Say that you are still interested in the role or the company.'
  ),
  rule(
    'personal.missing',
    'error',
    'Not personal',
    'Mention something specific from your conversation (or, in a follow-up, the role).'
  ),
  rule(
    'personal.duplicate',
    'warning',
    'Same note to several people',
    'Each interviewer should get a note of their own.'
  ),
  rule(
    'personal.generic',
    'warning',
    'Impersonal greeting',
    'Greet the interviewer by name instead of “To whom it may concern”.'
  ),
  rule('name.mismatch', 'error', 'Wrong name', 'The greeting must name this interviewer, spelled correctly.'),
  rule('company.mismatch', 'error', 'Wrong company', 'The note names another company you are talking to.'),
  rule(
    'length.too-long',
    'warning',
    'Too long',
    'Keep a thank-you under 200 words and a follow-up under 150.'
  ),
  rule('tone.casual', 'warning', 'Casual tone', 'Slang, text-speak, emoji or “!!” read as too casual.'),
  rule('tone.pushy', 'warning', 'Pushy tone', 'Demanding or desperate phrasing can harm your candidacy.'),
  rule('spelling', 'warning', 'Spelling', 'A word that is not in the dictionary or in your journal.'),
  rule('repeated-word', 'warning', 'Repeated word', 'The same word twice in a row (“the the”).'),
  rule(
    'availability.missing',
    'warning',
    'No availability',
    'You were asked for your availability: give days or times.'
  ),
  rule('questions.missing', 'info', 'No offer to help', 'Offer to answer further questions or share more.'),
  rule(
    'privacy.channel',
    'error',
    'Unprofessional channel',
    'Use only the professional contacts the interviewer shared.'
  ),
  rule('subject.missing', 'warning', 'No subject', 'An e-mail needs a subject line.'),
  rule('greeting.missing', 'info', 'No greeting', 'Open with a salutation such as “Hi Jane,”.'),
  rule(
    'signoff.missing',
    'info',
    'No sign-off',
    'Close with a sign-off such as “Best regards,” and your name.'
  ),
  rule(
    'placeholder',
    'error',
    'Unfilled placeholder',
    'A template slot such as [Name] or {{company}} is still in the text.'
  )
]

function rule(id: RuleId, severity: Severity, title: string, description: string): RuleInfo {
  return { id, severity, title, description }
}

const SEVERITY_BY_RULE = new Map<RuleId, Severity>(RULES.map((r) => [r.id, r.severity]))

export type Field = Finding['field']

/** Builds a finding with the rule's default severity (or `severity` when a case differs, e.g. a webmail warning). */
export function finding(
  rule: RuleId,
  field: Field,
  start: number,
  end: number,
  message: string,
  replacement?: string,
  severity?: Severity
): Finding {
  const out: Finding = {
    rule,
    severity: severity ?? SEVERITY_BY_RULE.get(rule) ?? 'warning',
    field,
    start,
    end,
    message
  }
  if (replacement !== undefined) out.fix = { replacement }
  return out
}

/** A finding about the whole message (timing, a missing part): field `draft`, range 0/0. */
export function whole(rule: RuleId, message: string, severity?: Severity): Finding {
  return finding(rule, 'draft', 0, 0, message, undefined, severity)
}
