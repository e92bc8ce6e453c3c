import { describe, expect, it } from 'vitest'
import { describeError, redact, REDACTED } from './redact'

const key = 'local-test-key-7f3a9c'

describe('redact', () => {
  it('removes the given secret everywhere, also URL-encoded', () => {
    const secret = 'my key/with+chars'
    const text = `key=${secret} again ${secret} url ?k=${encodeURIComponent(secret)}`
    const result = redact(text, [secret])
    expect(result).not.toContain(secret)
    expect(result).not.toContain(encodeURIComponent(secret))
    expect(result.split(REDACTED)).toHaveLength(4)
  })

  it('removes sk-style tokens even when no secret is given', () => {
    const result = redact('Incorrect API key provided: sk-proj-AbCdEf0123456789xyz. Try again.')
    expect(result).not.toMatch(/sk-proj-AbCd/)
    expect(result).toContain('Try again.')
  })

  it('removes Authorization headers in header, JSON and bare Bearer forms', () => {
    const samples = [
      'Authorization: Bearer abc.def-123',
      '{"authorization":"Bearer abc.def-123","accept":"json"}',
      "headers: { Authorization: 'Basic abc.def-123' }",
      'sent Bearer abc.def-123 to the server',
      'x-api-key: abc.def-123'
    ]
    for (const sample of samples) {
      const result = redact(sample)
      expect(result).not.toContain('abc.def-123')
      expect(result).toContain(REDACTED)
    }
    expect(redact('{"authorization":"Bearer abc.def-123","accept":"json"}')).toContain('"accept":"json"')
  })

  it('removes a password from a URL', () => {
    expect(redact('GET https://user:hunter22@example.com/v1')).toBe(
      `GET https://user:${REDACTED}@example.com/v1`
    )
  })

  it('leaves ordinary text alone, including plain mentions of an API key', () => {
    const text = 'The LLM server did not accept the API key (HTTP 401). Check the key in Settings.'
    expect(redact(text, [key])).toBe(text)
  })

  it('ignores empty or tiny secrets instead of garbling the text', () => {
    expect(redact('a plain sentence', ['', 'a', null, undefined])).toBe('a plain sentence')
  })
})

describe('describeError', () => {
  it('describes the cause chain in one line and redacts it', () => {
    const cause = Object.assign(new Error(`connect ECONNREFUSED with ${key}`), { code: 'ECONNREFUSED' })
    const error = new TypeError('fetch failed', { cause })
    const text = describeError(error, [key])
    expect(text).toContain('TypeError: fetch failed')
    expect(text).toContain('(ECONNREFUSED)')
    expect(text).not.toContain(key)
  })

  it('handles thrown non-errors and cyclic causes', () => {
    expect(describeError({ message: `Bearer ${key}` })).not.toContain(key)
    const a = new Error('a')
    const b = new Error('b', { cause: a })
    ;(a as { cause?: unknown }).cause = b
    expect(describeError(a)).toBe('Error: a <- Error: b')
  })
})
