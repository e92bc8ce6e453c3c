/** Rules about how a note is written: tone, spelling, repeated words, placeholders, near-duplicate notes. */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSpeller } from '../../../electron/main/etiquette/speller'
import type { Speller } from '../index'
import { CLEAN_FOLLOW_UP, CLEAN_THANK_YOU, input } from '../../../test/etiquette/fixtures'
import { findingsOf, textAt, withLine } from '../../../test/etiquette/helpers'

let speller: Speller
beforeAll(async () => {
  speller = await loadSpeller()
})

describe('tone.casual', () => {
  it('flags “Hey” at the start with the fix “Hi”, exact range', () => {
    const value = input({ body: CLEAN_THANK_YOU.replace('Hi Jane', 'Hey Jane') })
    expect(findingsOf('tone.casual', value)).toMatchObject([
      { field: 'body', start: 0, end: 3, fix: { replacement: 'Hi' } }
    ])
  })
  for (const [line, flagged] of [
    ['I am gonna send the slides, btw.', ['gonna', 'btw']],
    ['Thx for ur time, u were great.', ['Thx', 'ur', 'u']],
    ['It was awesome to meet you 😊', ['awesome', '😊']],
    ['Let me know!! lol', ['!!', 'lol']],
    ['I am super excited about it :)', ['super', ':)']]
  ] as const) {
    it(`flags ${flagged.join(', ')}`, () => {
      const value = input({ body: withLine(CLEAN_THANK_YOU, line) })
      expect(findingsOf('tone.casual', value).map((f) => textAt(value, f))).toEqual(flagged)
    })
  }
  it('leaves ordinary words, a U.S. mention and typographic symbols alone', () => {
    const line =
      'They said the U.S. team will use Acme™ tools; I can start whenever it suits you. Cheers to that!'
    expect(findingsOf('tone.casual', input({ body: withLine(CLEAN_THANK_YOU, line) }))).toEqual([])
  })
  it('checks the subject too', () => {
    const value = input({ subject: 'Thx!!' })
    expect(findingsOf('tone.casual', value).map((f) => [f.field, textAt(value, f)])).toEqual([
      ['subject', 'Thx'],
      ['subject', '!!']
    ])
  })
})

describe('tone.pushy', () => {
  for (const phrase of [
    'Please reply ASAP.',
    'I need an answer by tomorrow.',
    'Why haven’t I heard back?',
    'Please hire me.',
    'I am still waiting for news.',
    'Please decide as soon as possible.',
    'I need to know by Friday.',
    'I will need your decision by Friday at the latest.',
    'Please let me know by the 30th at the latest.'
  ]) {
    it(`flags “${phrase}”`, () => {
      expect(
        findingsOf(
          'tone.pushy',
          input({
            kind: 'check-in',
            body: CLEAN_FOLLOW_UP.replace('I wanted to check', `${phrase} I wanted to check`)
          })
        )
      ).toHaveLength(1)
    })
  }
  it('accepts polite check-ins and “I can start as soon as possible”', () => {
    const body = CLEAN_FOLLOW_UP.replace(
      'I wanted to check',
      "I haven't heard back yet and understand these things take time. I can start as soon as possible if selected. Whatever the decision, I could start in June at the latest. I wanted to check"
    )
    expect(findingsOf('tone.pushy', input({ kind: 'check-in', body }))).toEqual([])
  })
})

describe('spelling', () => {
  it('flags a misspelled word with its exact range', () => {
    const value = input({ body: CLEAN_THANK_YOU.replace('I enjoyed', 'I enjoyd') })
    const found = findingsOf('spelling', value, { speller })
    expect(found.map((f) => textAt(value, f))).toEqual(['enjoyd'])
    expect(found[0]?.start).toBe(CLEAN_THANK_YOU.indexOf('enjoyed'))
  })
  it('flags a misspelled sentence-initial word and lower-case subject words', () => {
    const value = input({
      subject: 'Thank you for todya',
      body: CLEAN_THANK_YOU.replace('Thank you for taking', 'Thnak you for taking')
    })
    expect(findingsOf('spelling', value, { speller }).map((f) => [f.field, textAt(value, f)])).toEqual([
      ['subject', 'todya'],
      ['body', 'Thnak']
    ])
  })
  it('is silent without a speller', () => {
    expect(findingsOf('spelling', input({ body: CLEAN_THANK_YOU.replace('I enjoyed', 'I enjoyd') }))).toEqual(
      []
    )
  })
  it('never flags names, context words, links, acronyms, numbers, CamelCase or contractions', () => {
    const line =
      "I'd love to see Ms. Okonkwo's KPI dashboards for PayFlow; my notes are at https://alexkim.dev/notes and " +
      'jane.doe@acme.example has them. We shipped v2 in Q3 with Zhang and Alvarez, and the Grafana setup’s fine.'
    const value = input({ body: withLine(CLEAN_THANK_YOU, line) }, { notes: ['Grafana alerting'] })
    expect(findingsOf('spelling', value, { speller }).map((f) => textAt(value, f))).toEqual([])
  })
  it('never flags lower-case particles inside names', () => {
    const line =
      'I studied at the Universidad de Chile and met Pieter van der Berg and Leonardo da Silva there.'
    expect(findingsOf('spelling', input({ body: withLine(CLEAN_THANK_YOU, line) }), { speller })).toEqual([])
  })
  it('accepts regular -ing/-ed forms of dictionary words, not the usual inflection typos', () => {
    const value = input({
      body: withLine(
        CLEAN_THANK_YOU,
        'I enjoyed triaging alerts and dashboarding. I was useing, runing and comming along.'
      )
    })
    expect(findingsOf('spelling', value, { speller }).map((f) => textAt(value, f))).toEqual([
      'useing',
      'runing',
      'comming'
    ])
  })
  it('accepts British spellings', () => {
    const line =
      'The organisation’s colour scheme and the centre of the programme, as I analysed, travelled well.'
    expect(findingsOf('spelling', input({ body: withLine(CLEAN_THANK_YOU, line) }), { speller })).toEqual([])
  })
})

describe('repeated-word', () => {
  it('flags “the the” with the range of both words and a fix', () => {
    const value = input({ body: CLEAN_THANK_YOU.replace('about the migration', 'about the the migration') })
    const found = findingsOf('repeated-word', value)
    expect(found.map((f) => [textAt(value, f), f.fix?.replacement])).toEqual([['the the', 'the']])
  })
  it('does not flag “that that” or words across a paragraph break', () => {
    const body = CLEAN_THANK_YOU.replace('let me know.', 'let me know that that works.').replace(
      'two teams.\n\nI am',
      'two teams\n\nteams I am'
    )
    expect(findingsOf('repeated-word', input({ body }))).toEqual([])
  })
})

describe('placeholder', () => {
  for (const [slot, fix] of [
    ['[Your Name]', 'Alex Kim'],
    ['{{company}}', 'Acme Payments'],
    ['<topic>', undefined],
    ['XXX', undefined],
    ['TODO', undefined]
  ] as const) {
    it(`flags ${slot}`, () => {
      const value = input({ body: withLine(CLEAN_THANK_YOU, `I look forward to ${slot}.`) })
      const found = findingsOf('placeholder', value)
      expect(found.map((f) => textAt(value, f))).toEqual([slot])
      expect(found[0]?.fix?.replacement).toBe(fix)
    })
  }
  it('fixes a [Name] in the greeting with the interviewer’s first name', () => {
    const value = input({ body: CLEAN_THANK_YOU.replace('Hi Jane', 'Hi [Name]') })
    expect(findingsOf('placeholder', value)).toMatchObject([
      { start: 3, end: 9, fix: { replacement: 'Jane' } }
    ])
  })
  it('ignores e-mail addresses in angle brackets, markdown links and separator lines', () => {
    const body = `${CLEAN_THANK_YOU}\n________\nAlex Kim <alex@kim.example>\n[portfolio](https://alexkim.dev)`
    expect(findingsOf('placeholder', input({ body }))).toEqual([])
  })
})

describe('personal.duplicate', () => {
  const raj =
    'Hi Raj,\n\nThank you for taking the time to talk with me today. I enjoyed hearing how you load-test the checkout ' +
    'API before each release and why the team moved to contract tests.\n\nI am excited about the Backend Engineer ' +
    'role at Acme Payments and would love to bring my testing experience.\n\nIf there is anything else I can answer, ' +
    'please let me know.\n\nBest regards,\nAlex Kim'
  it('fires on the same note with only the name changed', () => {
    const other = CLEAN_THANK_YOU.replace('Hi Jane', 'Hi Raj')
    const [f] = findingsOf('personal.duplicate', input({}, { otherDrafts: [other] }))
    expect(f?.message).toContain('Raj')
  })
  it('fires on a near-duplicate with one phrase changed', () => {
    const other = CLEAN_THANK_YOU.replace('Hi Jane', 'Hi Raj').replace(
      'would love to help with that migration',
      'would be glad to help with the rollout'
    )
    expect(findingsOf('personal.duplicate', input({}, { otherDrafts: [other] }))).toHaveLength(1)
  })
  it('does not fire on a truly different note that shares the usual opening and closing', () => {
    expect(findingsOf('personal.duplicate', input({}, { otherDrafts: [raj, ''] }))).toEqual([])
  })
})
