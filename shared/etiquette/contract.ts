/**
 * The input and output of the etiquette checker and the offline composer, as zod schemas. The contract itself is
 * `../shared/spec/etiquette-rules.md` and `../shared/spec/composer.md` (outside the repo); this file is its code.
 */
import { z } from 'zod'

export const DraftKind = z.enum(['thank-you', 'follow-up'])
export type DraftKind = z.infer<typeof DraftKind>

export const CheckDraft = z.object({
  kind: DraftKind,
  /** "email" | "linkedin" | "handwritten"; anything else is not a professional channel. */
  channel: z.string().default('email'),
  to: z.string().default(''),
  subject: z.string().default(''),
  body: z.string()
})
export type CheckDraft = z.infer<typeof CheckDraft>

export const CheckContext = z.object({
  now: z.string().min(1),
  candidate: z.object({ name: z.string().optional(), availability: z.string().optional() }).optional(),
  company: z.string(),
  role: z.string(),
  interview: z.object({ type: z.string().optional(), endedAt: z.string().optional() }).optional(),
  interviewer: z.object({
    name: z.string(),
    title: z.string().optional(),
    contacts: z.array(z.string()).optional()
  }),
  notes: z.array(z.string()).optional(),
  otherInterviewers: z.array(z.string()).optional(),
  otherCompanies: z.array(z.string()).optional(),
  lastContactAt: z.string().optional(),
  followUpsSent: z.number().optional(),
  replyReceived: z.boolean().optional(),
  availabilityRequested: z.boolean().optional(),
  otherDrafts: z.array(z.string()).optional()
})
export type CheckContext = z.infer<typeof CheckContext>

export const CheckInput = z.object({ draft: CheckDraft, context: CheckContext })
export type CheckInput = z.infer<typeof CheckInput>

export const SEVERITIES = ['error', 'warning', 'info'] as const
export const Severity = z.enum(SEVERITIES)
export type Severity = z.infer<typeof Severity>

export const RULE_IDS = [
  'timing.late-thank-you',
  'timing.early-follow-up',
  'overfollow',
  'gratitude.missing',
  'interest.missing',
  'personal.missing',
  'personal.duplicate',
  'personal.generic',
  'name.mismatch',
  'company.mismatch',
  'length.too-long',
  'tone.casual',
  'tone.pushy',
  'spelling',
  'repeated-word',
  'availability.missing',
  'questions.missing',
  'privacy.channel',
  'subject.missing',
  'greeting.missing',
  'signoff.missing',
  'placeholder'
] as const
export const RuleId = z.enum(RULE_IDS)
export type RuleId = z.infer<typeof RuleId>

export const Finding = z.object({
  rule: RuleId,
  severity: Severity,
  field: z.enum(['body', 'subject', 'to', 'draft']),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  message: z.string(),
  fix: z.object({ replacement: z.string() }).optional()
})
export type Finding = z.infer<typeof Finding>

export const ComposeInput = z.object({ kind: DraftKind, context: CheckContext })
export type ComposeInput = z.infer<typeof ComposeInput>

export const ComposeSource = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  note: z.number().int().min(0)
})
export const ComposedDraft = z.object({
  subject: z.string(),
  body: z.string(),
  sources: z.array(ComposeSource)
})
export type ComposedDraft = z.infer<typeof ComposedDraft>
