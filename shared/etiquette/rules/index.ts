/**
 * The rule registry: every etiquette rule's definition, in the order the checker runs them. The id list, the
 * severities, the Settings list (rules:list) and docs/etiquette-rules-reference.md all derive from this array.
 * Adding a rule is one new file in this folder plus one import and one entry here.
 */
import { z } from 'zod'
import availabilityMissing from './availability-missing'
import companyMismatch from './company-mismatch'
import contentCompensation from './content-compensation'
import contentNegative from './content-negative'
import contentPrivate from './content-private'
import type { FixKind, RuleDefinition } from './define'
import gratitudeMissing from './gratitude-missing'
import greetingMissing from './greeting-missing'
import interestMissing from './interest-missing'
import lengthTooLong from './length-too-long'
import nameMismatch from './name-mismatch'
import overfollow from './overfollow'
import personalDuplicate from './personal-duplicate'
import personalGeneric from './personal-generic'
import personalMissing from './personal-missing'
import placeholder from './placeholder'
import privacyChannel from './privacy-channel'
import questionsMissing from './questions-missing'
import repeatedWord from './repeated-word'
import signoffMissing from './signoff-missing'
import spelling from './spelling'
import styleShorthand from './style-shorthand'
import subjectMissing from './subject-missing'
import timingEarlyFollowUp from './timing-early-follow-up'
import timingLateThankYou from './timing-late-thank-you'
import toneCasual from './tone-casual'
import tonePushy from './tone-pushy'

export const RULE_DEFINITIONS = [
  timingLateThankYou,
  timingEarlyFollowUp,
  overfollow,
  gratitudeMissing,
  interestMissing,
  personalMissing,
  personalDuplicate,
  personalGeneric,
  nameMismatch,
  companyMismatch,
  lengthTooLong,
  toneCasual,
  tonePushy,
  spelling,
  repeatedWord,
  availabilityMissing,
  questionsMissing,
  privacyChannel,
  subjectMissing,
  greetingMissing,
  signoffMissing,
  placeholder,
  contentPrivate,
  contentCompensation,
  contentNegative,
  styleShorthand
] as const

export type RuleId = (typeof RULE_DEFINITIONS)[number]['id']

export const RULE_IDS = RULE_DEFINITIONS.map((r) => r.id) as unknown as readonly [RuleId, ...RuleId[]]

/** A rule id as a schema (IPC requests and settings name rules by id). */
export const RuleId = z.enum(RULE_IDS)

/** The checks, in run order. */
export const CHECKS: readonly RuleDefinition[] = RULE_DEFINITIONS

/** What Settings and the reference show of a rule: everything but the check itself. */
export interface RuleInfo {
  id: RuleId
  severity: RuleDefinition['severity']
  title: string
  description: string
  fixes: readonly FixKind[]
}

export const RULES: readonly RuleInfo[] = RULE_DEFINITIONS.map(
  ({ id, severity, title, description, fixes }) => ({
    id,
    severity,
    title,
    description,
    fixes
  })
)
