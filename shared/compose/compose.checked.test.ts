/**
 * Every composed draft must pass the etiquette checker with no error and no warning: checked as an e-mail to
 * the interviewer's first contact, with the same context, and with the drafts to the other interviewers of the
 * same interview in `otherDrafts`.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSpeller } from '../../electron/main/etiquette/speller'
import type { CheckContext, DraftKind, Finding } from '../etiquette/contract'
import { check, type Speller } from '../etiquette/index'
import { compose } from './index'
import { CONTEXTS, contextFor } from '../../test/compose/test-contexts'

const KINDS: readonly DraftKind[] = ['thank-you', 'check-in']
let speller: Speller

beforeAll(async () => {
  speller = await loadSpeller()
})

function problems(
  kind: DraftKind,
  context: CheckContext,
  otherDrafts: string[] = []
): { body: string; findings: Finding[] } {
  const draft = compose({ kind, context })
  const findings = check(
    {
      draft: {
        kind,
        channel: 'email',
        to: context.interviewer.contacts?.[0] ?? '',
        subject: draft.subject,
        body: draft.body
      },
      context: { ...context, otherDrafts }
    },
    { speller }
  )
  return {
    body: draft.body,
    findings: findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
  }
}

/** A readable failure: the rule, the flagged text and the draft. */
function report(body: string, findings: Finding[]): string[] {
  return findings.map(
    (f) =>
      `${f.rule} [${f.field}] “${f.field === 'body' ? body.slice(f.start, f.end) : ''}”: ${f.message}\n${body}`
  )
}

describe('composed drafts pass the checker', () => {
  for (const { id, context } of CONTEXTS) {
    for (const kind of KINDS) {
      it(`${id} / ${kind}`, () => {
        const { body, findings } = problems(kind, contextFor(kind, context))
        expect(report(body, findings)).toEqual([])
      })
    }
  }
})

describe('drafts to the interviewers of one interview are not duplicates', () => {
  const groups: Array<{ name: string; people: Array<{ name: string; notes: string[] }> }> = [
    {
      name: 'different notes',
      people: [
        { name: 'Jane Doe', notes: ['- talked abt their k8s migration', 'Friday demos!!'] },
        {
          name: 'Raj Patel',
          notes: ['Q: how do they deploy? A: canary, 5% first', 'her team = 6 ppl, mostly remote']
        },
        { name: 'Zoë Müller', notes: ['shared on-call rotation w/ 2 teams'] }
      ]
    },
    {
      name: 'the same notes',
      people: ['Jane Doe', 'Raj Patel', 'Li'].map((name) => ({
        name,
        notes: ['migrating billing to event sourcing', 'shared on-call rotation', 'Friday demos']
      }))
    },
    {
      name: 'no notes',
      people: ['Jane Doe', 'Raj Patel', 'Ana María López'].map((name) => ({ name, notes: [] }))
    }
  ]
  for (const group of groups) {
    for (const kind of KINDS) {
      it(`${group.name} / ${kind}`, () => {
        const names = group.people.map((p) => p.name)
        const contexts = group.people.map((person) =>
          contextFor(kind, {
            ...CONTEXTS[0]!.context,
            interviewer: {
              name: person.name,
              contacts: [`${person.name.split(' ')[0]!.toLowerCase()}@acme.example`]
            },
            otherInterviewers: names.filter((n) => n !== person.name),
            notes: person.notes
          })
        )
        const bodies = contexts.map((context) => compose({ kind, context }).body)
        contexts.forEach((context, i) => {
          const { body, findings } = problems(
            kind,
            context,
            bodies.filter((_b, j) => j !== i)
          )
          expect(report(body, findings)).toEqual([])
        })
      })
    }
  }
})

describe('random messy notes still pass the checker', () => {
  // Fragments as people type them; the property combines them at random into contexts of every shape.
  const fragments = [
    '- talked abt their k8s migration',
    'Q: how do they deploy? A: canary, 5% first',
    'Friday demos!!',
    'her team = 6 ppl, mostly remote',
    'WHAT IS THE ONBOARDING LIKE???',
    'asked abt promo process -> said its v informal',
    'lol the coffee machine',
    '😂😂 fun team',
    'btw they use GraphQL + Apollo',
    'eng mgr = Tom, 8 reports',
    'cross-functional squads (PM, design, 4 eng)',
    '>50% of eng work remote',
    'they r hiring asap!!',
    'u would pair w/ Sarah on day 1',
    'did they say 2 or 3 rounds?',
    'he said the team is gonna double next yr',
    'kinda chaotic roadmap tbh',
    'what tools do they use for observability? datadog, some grafana',
    'Does the team do code review? yes, 2 approvals',
    'is there a learning budget? $1k/yr',
    'office in Zürich near the lake',
    'their CI takes ~40 min :(',
    "they're moving to event-driven arch",
    'super cool feature store, gonna open source it',
    '[topic] XXX <pairing> culture'
  ]
  const people = [
    'Jane Doe',
    'José Álvarez',
    'Prince',
    'mei ling chen',
    'Dr. Amara Okafor',
    'Doe, John',
    'Zoë Müller'
  ]
  it('gives no error or warning for any combination', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.constantFrom(...people),
        fc.array(fc.constantFrom(...fragments), { maxLength: 5 }),
        fc.option(fc.constantFrom('Senior Engineer', 'Engineering Manager', 'SRE'), { nil: undefined }),
        fc.constantFrom('Alex Kim', '', 'sam rivera'),
        fc.boolean(),
        (kind, name, notes, title, candidate, availabilityRequested) => {
          const context = contextFor(kind, {
            ...CONTEXTS[0]!.context,
            candidate: { name: candidate, availability: 'tues/thurs pm' },
            interviewer: { name, title, contacts: ['someone@acme.example'] },
            otherInterviewers: [],
            notes,
            availabilityRequested
          })
          const { body, findings } = problems(kind, context)
          expect(report(body, findings)).toEqual([])
        }
      ),
      { seed: 20260303, numRuns: 150 }
    )
  })
})
