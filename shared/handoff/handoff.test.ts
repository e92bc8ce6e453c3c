import { describe, expect, it } from 'vitest'
import { handoffFor, linkedInProfileUrl, MAILTO_MAX_LENGTH, mailtoUrl } from '.'

const url = (to: string, subject: string, body: string) => {
  const r = mailtoUrl({ to, subject, body })
  if (r.kind !== 'mailto') throw new Error(`expected a mailto URL, got ${r.kind}`)
  return r.url
}

describe('mailto URLs (RFC 6068)', () => {
  it('encodes spaces as %20, line breaks as %0D%0A, and keeps the address readable', () => {
    expect(url('jane@acme.example', 'Thank you', 'Hi Jane,\nThanks.\n\nBest,\nSam')).toBe(
      'mailto:jane@acme.example?subject=Thank%20you&body=Hi%20Jane%2C%0D%0AThanks.%0D%0A%0D%0ABest%2C%0D%0ASam'
    )
  })

  it('encodes &, ?, #, = and + so the body cannot end a field or the URL early', () => {
    const u = url('jane@acme.example', 'Q&A? #1', 'R&D = fun + more?#x')
    expect(u).toBe(
      'mailto:jane@acme.example?subject=Q%26A%3F%20%231&body=R%26D%20%3D%20fun%20%2B%20more%3F%23x'
    )
    const parsed = new URL(u)
    expect(parsed.searchParams.get('subject')).toBe('Q&A? #1')
    expect(parsed.searchParams.get('body')).toBe('R&D = fun + more?#x')
    expect(parsed.hash).toBe('')
  })

  it('percent-encodes names with accents and other scripts as UTF-8, and round-trips them', () => {
    const body = 'Liebe Zoë, merci René, спасибо, 谢谢 😀'
    const u = url('zoë.müller@bücher.example', 'Danke für das Gespräch', body)
    expect(u).toContain('mailto:zo%C3%AB.m%C3%BCller@b%C3%BCcher.example?')
    expect(u).toContain('Zo%C3%AB')
    expect(u).toContain('%F0%9F%98%80')
    expect(u).toMatch(/^[\x21-\x7e]+$/) // nothing but printable ASCII in the URL
    expect(decodeURIComponent(new URL(u).search.split('body=')[1] ?? '')).toBe(body)
  })

  it('normalises CR, LF and CRLF alike, without doubling', () => {
    expect(url('a@b.example', '', 'one\r\ntwo\rthree\nfour')).toBe(
      'mailto:a@b.example?body=one%0D%0Atwo%0D%0Athree%0D%0Afour'
    )
  })

  it('leaves out an empty subject and body', () => {
    expect(url(' jane@acme.example ', ' ', '')).toBe('mailto:jane@acme.example')
  })

  it('refuses without an address, in plain words', () => {
    for (const to of ['', 'Jane Doe', 'jane@', 'a@b.example, c@d.example', 'mailto:jane@acme.example?x']) {
      expect(mailtoUrl({ to, subject: 's', body: 'b' }), to).toMatchObject({ kind: 'no-address' })
    }
  })

  it('says "too long, copy instead" beyond the limit, and fits right up to it', () => {
    const prefix = url('jane@acme.example', 'Hi', '').length + '&body='.length
    const fits = 'a'.repeat(MAILTO_MAX_LENGTH - prefix)
    expect(url('jane@acme.example', 'Hi', fits)).toHaveLength(MAILTO_MAX_LENGTH)
    const tooLong = mailtoUrl({ to: 'jane@acme.example', subject: 'Hi', body: `${fits}a` })
    expect(tooLong).toMatchObject({
      kind: 'too-long',
      length: MAILTO_MAX_LENGTH + 1,
      limit: MAILTO_MAX_LENGTH
    })
    if (tooLong.kind === 'too-long') expect(tooLong.message).toMatch(/Copy it/)
    // Encoding counts: 600 "é" are 600 characters of text but 3,600 of URL.
    expect(mailtoUrl({ to: 'jane@acme.example', subject: '', body: 'é'.repeat(600) }).kind).toBe('too-long')
  })
})

describe('LinkedIn profile links', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe'],
    ['linkedin.com/in/jane-doe/', 'https://www.linkedin.com/in/jane-doe'],
    ['http://de.linkedin.com/in/jane-doe/?trk=abc#top', 'https://www.linkedin.com/in/jane-doe'],
    ['  www.linkedin.com/in/jane-doe  ', 'https://www.linkedin.com/in/jane-doe'],
    ['jane-doe', 'https://www.linkedin.com/in/jane-doe'],
    ['zoë-müller', 'https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller']
  ])('%s → %s', (raw, expected) => {
    expect(linkedInProfileUrl(raw)).toBe(expected)
  })

  it.each([
    '',
    'Jane Doe',
    'https://evil.example/in/jane',
    'https://linkedin.com.evil.example/in/jane',
    'https://user:pw@linkedin.com/in/jane',
    'https://www.linkedin.com/feed/',
    'javascript:alert(1)',
    'jane@acme.example'
  ])('refuses %s', (raw) => {
    expect(linkedInProfileUrl(raw)).toBeNull()
  })
})

describe('the hand-off for a draft', () => {
  const contacts = [
    { kind: 'phone' as const, value: '+1 555 0100' },
    { kind: 'email' as const, value: 'jane@acme.example' },
    { kind: 'linkedin' as const, value: 'linkedin.com/in/jane-doe' }
  ]
  const draft = { channel: 'email' as const, to: '', subject: 'Thank you', body: 'Hi Jane,\nThanks!' }

  it('mails an e-mail draft, to its To field or else the first e-mail contact', () => {
    expect(handoffFor(draft, contacts)).toEqual({
      kind: 'mail',
      url: 'mailto:jane@acme.example?subject=Thank%20you&body=Hi%20Jane%2C%0D%0AThanks!'
    })
    expect(handoffFor({ ...draft, to: 'j.doe@home.example' }, contacts)).toMatchObject({
      url: expect.stringMatching(/^mailto:j\.doe@home\.example\?/)
    })
  })

  it('falls back to Copy, with the reason, when there is no address or the note is too long', () => {
    expect(handoffFor(draft, [])).toMatchObject({ kind: 'copy', text: 'Thank you\n\nHi Jane,\nThanks!' })
    const long = handoffFor({ ...draft, body: 'word '.repeat(500) }, contacts)
    expect(long).toMatchObject({ kind: 'copy', reason: expect.stringMatching(/too long/) })
  })

  it('copies and opens the profile for LinkedIn; copies anything else', () => {
    expect(handoffFor({ ...draft, channel: 'linkedin' }, contacts)).toEqual({
      kind: 'linkedin',
      copyText: 'Hi Jane,\nThanks!',
      profileUrl: 'https://www.linkedin.com/in/jane-doe'
    })
    expect(handoffFor({ ...draft, channel: 'linkedin' }, contacts.slice(0, 2))).toMatchObject({
      kind: 'copy'
    })
    expect(handoffFor({ ...draft, channel: 'handwritten' }, contacts)).toMatchObject({ kind: 'copy' })
  })
})
