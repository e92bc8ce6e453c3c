import { describe, expect, it } from 'vitest'
import { cleanAvailability } from './availability'
import { cleanNote, shorten } from './clean-note'
import { greetingName, signatureName } from './names'
import { toSecondPerson } from './pronouns'
import { toIndirectQuestion } from './questions'
import { expandShorthand } from './shorthand'
import { countWords } from '../policy'

describe('cleanNote: shorthand and symbols become words', () => {
  it.each([
    ['- talked abt their k8s migration', { kind: 'topic', text: 'your k8s migration' }],
    ['her team = 6 ppl, mostly remote', { kind: 'fact', text: 'your team is 6 people, mostly remote' }],
    ['Friday demos!!', { kind: 'topic', text: 'Friday demos' }],
    [
      '* mgmt approx 3 layers b/c growth',
      { kind: 'topic', text: 'management approximately 3 layers because of growth' }
    ],
    [
      'uses Rust everywhere b/c perf',
      { kind: 'fact', text: 'you use Rust everywhere because of performance' }
    ],
    ['w/ design team, w/o a PM', { kind: 'topic', text: 'with the design team, without a PM' }],
    ['#hiring 3 eng @ Berlin office', { kind: 'topic', text: 'hiring 3 engineers at the Berlin office' }],
    [
      '→ monolith -> microservices (~40 services now)',
      { kind: 'topic', text: 'the move from the monolith to microservices (about 40 services now)' }
    ],
    ['<3 the pairing culture :)', { kind: 'topic', text: 'the pairing culture' }],
    ['Friday playtests!!! 🎉🎉', { kind: 'topic', text: 'Friday playtests' }],
    ['the the interview loop is 4 rounds', { kind: 'fact', text: 'the interview loop is 4 rounds' }],
    ['super cool feature store btw', { kind: 'topic', text: 'the feature store' }],
    [
      'design system in React + TypeScript',
      { kind: 'topic', text: 'the design system in React and TypeScript' }
    ],
    ['XXX budget for conferences', { kind: 'topic', text: 'the budget for conferences' }]
  ])('%j', (raw, expected) => {
    expect(cleanNote(raw)).toEqual(expected)
  })
})

describe('cleanNote: case repair', () => {
  it('lower-cases a shouted note but keeps acronyms', () => {
    expect(cleanNote('TALKED ABOUT API DESIGN')).toEqual({ kind: 'topic', text: 'API design' })
    expect(cleanNote('THEY USE AIRFLOW + DBT')).toEqual({ kind: 'fact', text: 'you use airflow and DBT' })
  })
  it('repairs a stuck caps lock and capitalises weekdays', () => {
    expect(cleanNote('tALKED about DEMOS on friday')).toEqual({ kind: 'topic', text: 'DEMOS on Friday' })
    expect(cleanNote('mIGRATION to postgres')).toEqual({ kind: 'topic', text: 'the migration to postgres' })
  })
  it('lower-cases an ordinary first word but keeps names', () => {
    expect(cleanNote('Migrating billing to event sourcing')).toEqual({
      kind: 'topic',
      text: 'how you are migrating billing to event sourcing'
    })
    expect(cleanNote('Kafka everywhere')).toEqual({ kind: 'topic', text: 'Kafka everywhere' })
  })
})

describe('cleanNote: questions', () => {
  it('turns a labelled question and answer into an indirect question', () => {
    expect(cleanNote('Q: how do they deploy? A: canary, 5% first')).toEqual({
      kind: 'question',
      quoted: 'How do you deploy?',
      indirect: 'how you deploy',
      answer: 'canary, 5% first'
    })
  })
  it('reads an unlabelled "question? answer" note', () => {
    expect(cleanNote('how do they handle incidents? blameless postmortems')).toMatchObject({
      indirect: 'how you handle incidents',
      answer: 'blameless postmortems'
    })
  })
  it('keeps a question with no answer, and quotes what it cannot turn around', () => {
    expect(cleanNote('what does on-call look like?')).toEqual({
      kind: 'question',
      quoted: 'What does on-call look like?',
      indirect: 'what on-call looks like',
      answer: null
    })
    expect(cleanNote('did they choose Go for a reason??')).toMatchObject({
      quoted: 'Did you choose Go for a reason?',
      indirect: null
    })
  })
  it.each([
    ['how do you deploy', 'how you deploy'],
    ['do you pair often', 'whether you pair often'],
    ['can we work remotely', 'whether we can work remotely'],
    ['how does the team handle incidents', 'how the team handles incidents'],
    ['what is the stack', 'what the stack is'],
    ['what is the team like', null],
    ['is the role remote', null]
  ])('indirect form of %j', (question, expected) => {
    expect(toIndirectQuestion(question)).toBe(expected)
  })
})

describe('cleanNote: what it leaves out', () => {
  it.each(['!!!', '- 🎉🎉', '   ', '[ ]', 'TODO: ask [Name] about <topic>', 'remember to send portfolio'])(
    'drops %j',
    (raw) => expect(cleanNote(raw)).toBeNull()
  )
  it('drops a note that names another company from the journal', () => {
    expect(cleanNote('he used to work at Globex', { avoid: ['Globex'] })).toBeNull()
    expect(cleanNote('payments ledger rewrite', { avoid: ['Globex'] })).not.toBeNull()
  })
  it('never leaves casual words, emoji, "!!" or template brackets', () => {
    const messy = [
      'lol gonna ship it asap!! 😅',
      'u should see [the] {{dashboards}} <3',
      'awesome ppl tbh :D',
      'thx for the demo w/ ur team'
    ]
    for (const raw of messy) {
      const note = cleanNote(raw)
      const text = note && note.kind !== 'question' ? note.text : ''
      expect(text).not.toMatch(
        /\b(?:lol|gonna|asap|u|ur|tbh|thx|awesome)\b|!!|[[\]{}<>]|\p{Extended_Pictographic}|:D/iu
      )
    }
  })
})

describe('cleanNote: second person', () => {
  it.each([
    ['she leads the platform team', 'you lead the platform team'],
    ['she also manages 2 teams and mentors juniors', 'you also manage 2 teams and mentor juniors'],
    ['he has been there 5 yrs', 'you have been there 5 yrs'],
    ["she's been there 5 years", "you've been there 5 years"],
    ['asked her about her team', 'asked you about your team'],
    ['they are moving to weekly releases', 'you are moving to weekly releases']
  ])('%j', (input, expected) => {
    expect(toSecondPerson(input)).toBe(expected)
  })
  it('turns "she mentioned" into something the interviewer said', () => {
    expect(cleanNote('she mentioned they are hiring 2 more eng w/ Go exp')).toEqual({
      kind: 'mentioned',
      text: 'you are hiring 2 more engineers with Go experience'
    })
  })
})

describe('shorten', () => {
  const long =
    'migrating the claims system to event sourcing which took them almost two years because the legacy system had no tests at all and every change needed sign off'
  it('cuts a long note at a clause boundary, never mid-word', () => {
    const short = shorten(long, 18)
    expect(countWords(short)).toBeLessThanOrEqual(18)
    expect(long.startsWith(short)).toBe(true)
    expect(short).toBe('migrating the claims system to event sourcing which took them almost two years')
  })
  it('does not end on a dangling function word when there is no boundary', () => {
    const short = shorten('one two three four five six seven eight nine ten of the things', 11)
    expect(short).toBe('one two three four five six seven eight nine ten')
  })
  it('leaves a short note alone', () => {
    expect(shorten('Friday demos', 18)).toBe('Friday demos')
  })
})

describe('names and availability', () => {
  it.each([
    ['Jane Doe', 'Jane'],
    ['José Álvarez', 'José'],
    ['Prince', 'Prince'],
    ['Dr. Amara Okafor', 'Amara'],
    ['Doe, John', 'John'],
    ['mei ling chen', 'Mei'],
    ['Sam Okoro (he/him)', 'Sam'],
    ['J. Doe', 'J. Doe']
  ])('greets %j as %j', (name, expected) => {
    expect(greetingName(name)).toBe(expected)
  })
  it('signs with the candidate name, capitalised only when typed all lower case', () => {
    expect(signatureName('sam rivera')).toBe('Sam Rivera')
    expect(signatureName('DeShawn van Dyke')).toBe('DeShawn van Dyke')
    expect(signatureName('  ')).toBeNull()
  })
  it('spells out day abbreviations', () => {
    expect(cleanAvailability('tues/thurs pm')).toEqual({
      phrase: 'Tuesday or Thursday afternoon',
      ownSentence: false
    })
    expect(cleanAvailability('mon & wed mornings')?.phrase).toBe('Monday and Wednesday mornings')
    expect(cleanAvailability("i'm free after 3pm most days")).toEqual({
      phrase: "I'm free after 3pm most days",
      ownSentence: true
    })
    expect(cleanAvailability('')).toBeNull()
  })
  it('expands shorthand only as whole words', () => {
    expect(expandShorthand('abt the abtest w/ eng')).toBe('about the abtest w/ engineering')
    expect(expandShorthand('R and UR are names')).toBe('R and UR are names')
  })
})
