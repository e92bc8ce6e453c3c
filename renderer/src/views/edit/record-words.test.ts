import { describe, expect, it } from 'vitest'
import { contactsFromForm, noteLabel } from './record-words'

describe('contactsFromForm', () => {
  const person = {
    contacts: [
      { kind: 'email' as const, value: 'jane@acme.example' },
      { kind: 'email' as const, value: 'jane@home.example' },
      { kind: 'other' as const, value: '@jane on Mastodon' },
      { kind: 'phone' as const, value: '+1 555 0100' }
    ]
  }

  it('replaces the shown email, LinkedIn and phone and keeps the contacts the form does not show', () => {
    expect(
      contactsFromForm(person, {
        email: 'jane.doe@acme.example',
        linkedin: ' linkedin.com/in/jane ',
        phone: ''
      })
    ).toEqual([
      { kind: 'email', value: 'jane.doe@acme.example' },
      { kind: 'linkedin', value: 'linkedin.com/in/jane' },
      { kind: 'email', value: 'jane@home.example' },
      { kind: 'other', value: '@jane on Mastodon' }
    ])
  })

  it('leaves the contacts as they were when nothing is changed', () => {
    const same = contactsFromForm(person, { email: 'jane@acme.example', linkedin: '', phone: '+1 555 0100' })
    expect(new Set(same.map((c) => `${c.kind}:${c.value}`))).toEqual(
      new Set(person.contacts.map((c) => `${c.kind}:${c.value}`))
    )
  })
})

describe('noteLabel', () => {
  it('quotes a short note whole and a long one shortened', () => {
    expect(noteLabel('Friday demos')).toBe('the note “Friday demos”')
    expect(noteLabel('a'.repeat(60))).toBe(`the note “${'a'.repeat(37)}…”`)
  })
})
