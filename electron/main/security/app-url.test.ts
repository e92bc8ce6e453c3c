import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, appFileFor, isAppUrl } from './app-url'

const root = '/opt/afterword/resources/app.asar/out/renderer'

describe('app:// URLs', () => {
  it('maps the app’s pages and assets to files of the built renderer', () => {
    expect(APP_ENTRY_URL).toBe('app://afterword/index.html')
    expect(appFileFor(root, APP_ENTRY_URL)).toBe(join(root, 'index.html'))
    expect(appFileFor(root, 'app://afterword/')).toBe(join(root, 'index.html'))
    expect(appFileFor(root, 'app://afterword/assets/index-1.js?v=2#x')).toBe(join(root, 'assets/index-1.js'))
    expect(appFileFor(root, 'app://afterword/assets/a%20b.css')).toBe(join(root, 'assets/a b.css'))
  })

  it('refuses other hosts, other schemes, escapes from the root and undecodable paths', () => {
    for (const url of [
      'app://other/index.html',
      'file:///etc/passwd',
      'https://afterword/index.html',
      'app://afterword/assets/%2e%2e%2f%2e%2e%2fsecret',
      'app://afterword/%E0%A4%A',
      'app://afterword/a%00b',
      'not a url'
    ]) {
      expect(appFileFor(root, url), url).toBeNull()
    }
  })

  it('dot segments are resolved by the URL parser and never leave the root', () => {
    expect(appFileFor(root, 'app://afterword/../../../etc/passwd')).toBe(join(root, 'etc/passwd'))
    expect(appFileFor(root, 'app://afterword/assets/../index.html')).toBe(join(root, 'index.html'))
    expect(appFileFor(root, 'app://afterword/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'))
  })

  it('knows the app’s URLs from others', () => {
    expect(isAppUrl('app://afterword/index.html')).toBe(true)
    expect(isAppUrl('APP://AFTERWORD/x')).toBe(true)
    expect(isAppUrl('app://afterword.evil.example/')).toBe(false)
    expect(isAppUrl('https://evil.example/')).toBe(false)
    expect(isAppUrl('')).toBe(false)
  })
})
