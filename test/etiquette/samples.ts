/**
 * Sample drafts for the contract (docs/etiquette-rules.md): at least one per rule, the v2 rules with their traps,
 * and clean drafts that must draw nothing. Each sample lists the rules it must fire (`expect`) and those it may
 * (`allow`). Plain JSON-able data, so the CLI test can write them to a file.
 */
import type { CheckContext, CheckDraft, CheckInput } from '../../shared/etiquette/contract'
import type { RuleId } from '../../shared/etiquette/rules/index'
import { CLEAN_FOLLOW_UP, CLEAN_THANK_YOU, input } from './fixtures'

export interface Sample {
  id: string
  input: CheckInput
  expect: RuleId[]
  allow: RuleId[]
}

const MIGRATION =
  'I enjoyed hearing about the migration of the billing service to event sourcing, and how the on-call rotation is shared by two teams.'
const INTEREST =
  'I am excited about the Backend Engineer role at Acme Payments and would love to help with that migration.'
const OFFER = 'If there is anything else I can answer, please let me know.'
const FU_NEWS = 'I wanted to check whether there is any news on the next steps.'

function sample(
  id: string,
  draft: Partial<CheckDraft>,
  expect: RuleId[] = [],
  allow: RuleId[] = [],
  ctx: Partial<CheckContext> = {}
): Sample {
  return { id, input: input(draft, ctx), expect, allow }
}

const swap = (from: string, to: string, body = CLEAN_THANK_YOU): { body: string } => ({
  body: body.replace(from, to)
})

export const SAMPLES: Sample[] = [
  sample('clean-thank-you', {}),
  sample('clean-follow-up', { kind: 'check-in' }),
  sample('late', {}, ['timing.late-thank-you'], [], { now: '2026-03-05T20:00:00Z' }),
  sample('early-check-in', { kind: 'check-in' }, ['timing.early-follow-up'], [], {
    now: '2026-03-06T09:00:00Z'
  }),
  sample('third-check-in', { kind: 'check-in' }, ['overfollow'], [], { checkInsSent: 2 }),
  sample(
    'no-thanks',
    swap('Thank you for taking the time to talk with me today.', 'It was good to talk with you today.'),
    ['gratitude.missing']
  ),
  sample('no-interest', swap(INTEREST, 'The Backend Engineer role at Acme Payments sounds demanding.'), [
    'interest.missing'
  ]),
  sample(
    'no-interest-negated',
    swap(INTEREST, 'I am no longer interested in the Backend Engineer role, I am afraid.'),
    ['interest.missing']
  ),
  sample('interest-unusual', swap(INTEREST, 'I came away keener than ever on the role.')),
  sample('generic', swap(MIGRATION, 'It was great to learn more about the team and the role.'), [
    'personal.missing'
  ]),
  sample(
    'personal-only-in-signature',
    {
      body: CLEAN_THANK_YOU.replace(MIGRATION, 'It was great to learn more about the team.').replace(
        'Alex Kim',
        'Alex Kim\nEvent Sourcing Specialist | +1 555 0134'
      )
    },
    ['personal.missing']
  ),
  sample(
    'paraphrased-shorthand',
    swap(MIGRATION, 'I enjoyed hearing how the team makes accessibility part of every design review.'),
    [],
    [],
    { notes: ['a11y in every design review'] }
  ),
  sample('duplicate', {}, ['personal.duplicate'], [], {
    otherDrafts: [CLEAN_THANK_YOU.replace('Hi Jane,', 'Hi Raj,')]
  }),
  sample('generic-greeting', swap('Hi Jane,', 'To whom it may concern,'), ['personal.generic']),
  sample('wrong-name', swap('Hi Jane,', 'Hi Raj,'), ['name.mismatch']),
  sample('misspelled-name', swap('Hi Jane,', 'Hi Jnae,'), ['name.mismatch']),
  sample('other-company', swap('at Acme Payments', 'at Globex'), ['company.mismatch']),
  sample(
    'too-long',
    swap(OFFER, `${OFFER} ${'I also enjoyed the broader discussion about our craft. '.repeat(20)}`),
    ['length.too-long']
  ),
  sample('casual', swap('Hi Jane,', 'Hey Jane,!!'), ['tone.casual']),
  sample(
    'pushy',
    {
      kind: 'check-in',
      body: CLEAN_FOLLOW_UP.replace(FU_NEWS, "Why haven't I heard anything yet? I need to know by Friday.")
    },
    ['tone.pushy']
  ),
  sample(
    'polite-deadline',
    swap(OFFER, `Could you please let me know by Thursday whether I will move forward? ${OFFER}`),
    ['tone.pushy']
  ),
  sample(
    'decision-this-week',
    { kind: 'check-in', body: CLEAN_FOLLOW_UP.replace(FU_NEWS, "I'd appreciate a decision this week.") },
    ['tone.pushy']
  ),
  sample('presumes-offer', swap(INTEREST, `${INTEREST} I look forward to your offer.`), ['tone.pushy']),
  sample('when-can-i-start', swap(OFFER, `When can I start? ${OFFER}`), ['tone.pushy']),
  sample(
    'own-deadline-trap',
    swap(MIGRATION, `${MIGRATION} I will send the design write-up we discussed by Thursday.`)
  ),
  sample('typo', swap('talk with me today', 'talk with me todya'), ['spelling']),
  sample(
    'typo-from-note',
    swap(MIGRATION, 'I was glad you recieved my question about event sourcing well.'),
    ['spelling'],
    [],
    {
      notes: ['she recieved my q about event sourcing well']
    }
  ),
  sample(
    'dictionary-word',
    swap(MIGRATION, 'I enjoyed hearing about the billing service moving to event sourcing with Debezium.'),
    [],
    [],
    {
      notes: ['billing svc -> event sourcing w/ debezium'],
      dictionary: ['Debezium']
    }
  ),
  sample('repeated-word', swap('talk with me today', 'talk with with me today'), ['repeated-word']),
  sample('availability', { kind: 'check-in' }, ['availability.missing'], [], {
    availabilityRequested: true
  }),
  sample('no-offer', swap(OFFER, ''), ['questions.missing']),
  sample('gmail', { to: 'jane.doe@gmail.com' }, ['privacy.channel']),
  sample('text-message', { channel: 'sms' }, ['privacy.channel']),
  sample('no-subject', { subject: '' }, ['subject.missing']),
  sample('no-greeting', swap('Hi Jane,\n\n', ''), ['greeting.missing']),
  sample('no-signoff', swap('\n\nBest regards,\nAlex Kim', ''), ['signoff.missing']),
  sample('placeholder', swap('at Acme Payments', 'at [Company]'), ['placeholder']),
  sample(
    'private-echo',
    swap(
      MIGRATION,
      'I enjoyed hearing about the billing migration, and I was sorry to hear the team lost two seniors last quarter.'
    ),
    ['content.private'],
    [],
    {
      notes: [
        'migrating the billing service to event sourcing',
        { text: 'she said the team lost two seniors last quarter', use: 'private' }
      ]
    }
  ),
  sample('private-kept-out', {}, [], [], {
    notes: [
      'migrating the billing service to event sourcing',
      { text: 'salary band is below my ask', use: 'private' }
    ]
  }),
  sample(
    'private-marker',
    swap(MIGRATION, `${MIGRATION} The new platform (internal name Bluebird) sounds great.`),
    ['content.private']
  ),
  sample(
    'private-codename',
    swap(MIGRATION, 'I enjoyed hearing about Bluebird, the new ledger.'),
    ['content.private'],
    ['personal.missing'],
    {
      notes: [
        'migrating the billing service to event sourcing',
        { text: 'new ledger, internal name Bluebird, not public', use: 'private' }
      ]
    }
  ),
  sample(
    'compensation',
    swap(MIGRATION, `${MIGRATION} It was good to learn the base salary goes up to $150k.`),
    ['content.compensation']
  ),
  sample('compensation-equity', swap(OFFER, `I would also like to understand the equity package. ${OFFER}`), [
    'content.compensation'
  ]),
  sample('bonus-trap', swap(MIGRATION, `${MIGRATION} An added bonus was meeting the team over lunch.`)),
  sample(
    'shorthand',
    swap(
      MIGRATION,
      'I enjoyed hearing abt the billing migration -> event sourcing w/ two teams sharing on-call, 1wk in 6.'
    ),
    ['style.shorthand'],
    ['spelling']
  ),
  sample(
    'negative',
    swap(MIGRATION, `${MIGRATION} It sounds like a nightmare given how often the team has had layoffs.`),
    ['content.negative']
  ),
  sample(
    'attrition',
    swap(MIGRATION, `${MIGRATION} I was surprised that attrition is so high on the platform team.`),
    ['content.negative']
  ),
  sample(
    'challenge-trap',
    swap(
      MIGRATION,
      'The challenge of moving the billing service to event sourcing without downtime is exactly the kind of problem that excites me.'
    )
  ),
  sample('careful-register', {
    body:
      'Dear Ms. Doe,\n\nThank you for meeting me on Tuesday. I enjoyed our discussion of the billing migration to event sourcing, and ' +
      'of how Acme Payments grew its annual turnover in Q3 through B2B partnerships. Your colleague’s work on health equity ' +
      'in the R&D programme, and the C++ risk engine behind it, shows a thoughtful organisation; an added bonus was meeting ' +
      'the team.\n\nI remain keen to contribute to the Backend Engineer role and would be glad to share more about my work.\n\n' +
      'Kind regards,\nAlex Kim\nSenior Engineer | +44 20 7946 0958\nalex.kim@example.com'
  })
]
