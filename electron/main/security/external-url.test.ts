import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from './external-url'

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://acme.example/careers', true],
    ['HTTPS://ACME.EXAMPLE/Jobs?id=1', true],
    ['https://www.linkedin.com/in/jane-doe', true],
    ['mailto:jane.doe@acme.example', true],
    ['MAILTO:jane.doe@acme.example?subject=Thanks', true],
    ['http://acme.example', false],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['  javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['FILE:///C:/Windows/system32', false],
    ['https://evil@host.example', false],
    ['https://user:pass@acme.example/', false],
    [' https://acme.example', false],
    ['https://acme.example ', false],
    ['https://acme.example/\n', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['smb://server/share', false],
    ['afterword://settings', false],
    ['mailto:', false],
    ['mailto://evil.example/', false],
    ['//acme.example', false],
    ['acme.example', false],
    ['', false],
    [`https://acme.example/${'a'.repeat(2100)}`, false],
    // A password with no user name is still a credential in front of the host.
    ['https://:pw@acme.example/', false],
    // mailto:// makes the address look like a host; only mailto:name@host is an address.
    ['mailto://jane@acme.example', false],
    ['mailto:jane@acme.example', true],
    // The length limit is 2,048 characters, inclusive.
    [`https://a.example/${'a'.repeat(2048 - 18)}`, true],
    [`https://a.example/${'a'.repeat(2049 - 18)}`, false],
    ['https://acme.example/\u0001', false],
    ['https://acme.example/\u007f', false],
    ['https://acme.example/\u001f', false]
  ])('%j -> %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed)
  })

  it('rejects values that are not strings', () => {
    for (const value of [null, undefined, 42, {}, ['https://acme.example']]) {
      expect(isAllowedExternalUrl(value)).toBe(false)
    }
  })
})
