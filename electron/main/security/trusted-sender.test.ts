import { describe, expect, it } from 'vitest'
import { createTrustedSenderCheck } from './trusted-sender'

describe('createTrustedSenderCheck', () => {
  const check = createTrustedSenderCheck({
    fileRoot: 'file:///opt/Afterword/resources/app.asar/out/renderer',
    origins: ['http://127.0.0.1:5173']
  })
  it.each([
    ['file:///opt/Afterword/resources/app.asar/out/renderer/index.html', true],
    ['http://127.0.0.1:5173/index.html', true],
    ['http://127.0.0.1:5174/index.html', false],
    ['https://evil.example/index.html', false],
    ['file:///tmp/evil/index.html', false],
    ['file:///opt/Afterword/resources/app.asar/out/renderer-evil/index.html', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false]
  ])('%j -> %s', (url, trusted) => {
    expect(check({ url })).toBe(trusted)
  })

  it('trusts no file URL when no file root is given', () => {
    expect(createTrustedSenderCheck({ origins: [] })({ url: 'file:///index.html' })).toBe(false)
  })
})

describe('the app:// scheme', () => {
  it('is trusted only when asked for, and only for the app’s own host', () => {
    const check = createTrustedSenderCheck({ appScheme: true })
    expect(check({ url: 'app://afterword/index.html' })).toBe(true)
    expect(check({ url: 'app://afterword.evil/index.html' })).toBe(false)
    expect(check({ url: 'app://other/index.html' })).toBe(false)
    expect(check({ url: 'file:///opt/Afterword/resources/app.asar/out/renderer/index.html' })).toBe(false)
    expect(createTrustedSenderCheck({})({ url: 'app://afterword/index.html' })).toBe(false)
  })
})
