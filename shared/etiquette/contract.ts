/**
 * The input and output of the etiquette checker and the offline composer, as zod schemas (contract v2, described
 * in docs/etiquette-rules.md). Old (v1) inputs stay valid: notes as plain strings, no dictionary.
 */
import { z } from 'zod'
import { currentKindName, DRAFT_KINDS } from '../model/constants'

/** "thank-you" | "check-in"; the v1 name "follow-up" is still accepted as input and read as "check-in". */
export const DraftKind = z.preprocess(currentKindName, z.enum(DRAFT_KINDS))
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

/** How a note may be used in a draft: `auto` (the composer decides), `use` (the user wants it), `private` (never). */
export const NOTE_USES = ['auto', 'use', 'private'] as const
export const NoteUse = z.enum(NOTE_USES)
export type NoteUse = z.infer<typeof NoteUse>

/** A note as the context carries it: a plain string (v1, use "auto") or its text with a use. */
export const ContextNote = z.union([z.string(), z.object({ text: z.string(), use: NoteUse.default('auto') })])
export type ContextNote = z.infer<typeof ContextNote>

/** A note with its use made explicit. */
export interface NoteWithUse {
  text: string
  use: NoteUse
}

/** Every note of a context as {text, use}; a plain string is a note with use "auto". */
export function notesWithUse(notes: readonly ContextNote[] | undefined): NoteWithUse[] {
  return (notes ?? []).map((n) =>
    typeof n === 'string' ? { text: n, use: 'auto' } : { text: n.text, use: n.use }
  )
}

export const CheckContext = z.object({
  now: z.string().min(1),
  candidate: z
    .object({
      name: z.string().optional(),
      /** When the candidate is free, in their words ("Tuesday or Thursday afternoon"): the composer offers it. */
      availability: z.string().optional(),
      /** Greet a titled interviewer by first name ("Hi Ingrid") instead of "Dear Dr. Solberg" (a setting). */
      greetByFirstName: z.boolean().optional()
    })
    .optional(),
  company: z.string(),
  role: z.string(),
  interview: z.object({ type: z.string().optional(), endedAt: z.string().optional() }).optional(),
  interviewer: z.object({
    name: z.string(),
    title: z.string().optional(),
    contacts: z.array(z.string()).optional()
  }),
  notes: z.array(ContextNote).optional(),
  /** The user's own words (personal dictionary): never misspellings. */
  dictionary: z.array(z.string()).optional(),
  otherInterviewers: z.array(z.string()).optional(),
  otherCompanies: z.array(z.string()).optional(),
  lastContactAt: z.string().optional(),
  /** Check-ins already sent to this person for this application. */
  checkInsSent: z.number().optional(),
  /** The v1 name of checkInsSent, still accepted from the CLIs: read through checkInsSentOf(). */
  followUpsSent: z.number().optional(),
  replyReceived: z.boolean().optional(),
  availabilityRequested: z.boolean().optional(),
  otherDrafts: z.array(z.string()).optional(),
  /** Bodies already sent to this person for this application, oldest first (a check-in must not repeat them). */
  previousMessages: z.array(z.string()).optional()
})
export type CheckContext = z.infer<typeof CheckContext>

/** Check-ins already sent, whichever name the input used. */
export function checkInsSentOf(
  context: Pick<CheckContext, 'checkInsSent' | 'followUpsSent'>
): number | undefined {
  return context.checkInsSent ?? context.followUpsSent
}

export const CheckInput = z.object({ draft: CheckDraft, context: CheckContext })
export type CheckInput = z.infer<typeof CheckInput>

export const SEVERITIES = ['error', 'warning', 'info'] as const
export const Severity = z.enum(SEVERITIES)
export type Severity = z.infer<typeof Severity>

/** A rule id such as "tone.casual" (the list of ids is the rule registry's: shared/etiquette/rules/index.ts). */
export const RuleIdText = z.string().regex(/^[a-z]+(?:[.-][a-z]+)*$/)

export const Finding = z.object({
  rule: RuleIdText,
  severity: Severity,
  field: z.enum(['body', 'subject', 'to', 'draft']),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  message: z.string(),
  fix: z.object({ replacement: z.string() }).optional(),
  /** Another way out the editor can offer: a spelling finding's word added to the personal dictionary. */
  action: z.object({ kind: z.literal('add-to-dictionary'), word: z.string() }).optional()
})
export type Finding = z.infer<typeof Finding>

export const ComposeInput = z.object({ kind: DraftKind, context: CheckContext })
export type ComposeInput = z.infer<typeof ComposeInput>

export const ComposeSource = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  note: z.number().int().min(0)
})
/** Why a note is not in a composed draft (composer contract v2). */
export const LEFT_OUT_REASONS = ['private', 'sensitive', 'unphraseable', 'not-chosen'] as const
export const LeftOutReason = z.enum(LEFT_OUT_REASONS)
export type LeftOutReason = z.infer<typeof LeftOutReason>
export const LeftOutNote = z.object({ note: z.number().int().min(0), reason: LeftOutReason })
export type LeftOutNote = z.infer<typeof LeftOutNote>

export const ComposedDraft = z.object({
  subject: z.string(),
  body: z.string(),
  sources: z.array(ComposeSource),
  /** Every note not used, with why (v2). Absent from v1 results, so it defaults to none. */
  leftOut: z.array(LeftOutNote).default([])
})
export type ComposedDraft = z.infer<typeof ComposedDraft>
