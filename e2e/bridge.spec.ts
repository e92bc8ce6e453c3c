/**
 * What the page can and cannot reach: exactly one method per IPC channel, no Node or Electron internals, invalid
 * payloads rejected with a clear message, and only allow-listed URLs handed to the OS.
 */
import { expect, test } from '@playwright/test'
import { CHANNELS } from '../shared/ipc/channels'
import { launchApp, type LaunchedApp } from './harness'
import { tempDataDir } from './support/temp'

let app: LaunchedApp
test.beforeEach(async () => {
  app = await launchApp({ dataDir: tempDataDir('bridge') })
  await expect(app.page.getByRole('heading', { name: 'Afterword' })).toBeVisible()
})
test.afterEach(async () => app.close())

test('window.api has one method per channel and nothing of Node or Electron', async () => {
  const shape = await app.page.evaluate(() => {
    const api = window.api as unknown as Record<string, unknown>
    const methods: string[] = []
    for (const [domain, value] of Object.entries(api)) {
      if (typeof value === 'object' && value !== null) {
        for (const [verb, fn] of Object.entries(value))
          if (typeof fn === 'function') methods.push(`${domain}:${verb}`)
      }
    }
    const w = window as unknown as Record<string, unknown>
    return {
      methods: methods.sort(),
      hasOn: typeof api['on'] === 'function',
      leaks: ['require', 'process', 'ipcRenderer', 'electron', 'Buffer', 'module'].filter((k) => k in w)
    }
  })
  expect(shape.methods).toEqual([...CHANNELS].sort())
  expect(shape.hasOn).toBe(true)
  expect(shape.leaks).toEqual([])
})

test('an invalid payload is rejected with a clear message and changes nothing', async () => {
  const result = await app.page.evaluate(() =>
    window.api.applications.create({ company: '', role: 'x'.repeat(500), status: 'dreaming' } as never)
  )
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.error.code).toBe('invalid-request')
    expect(result.error.message).toMatch(/^Please check the highlighted fields\. Company is required\./)
    expect(result.error.fields).toEqual({
      company: 'Company is required.',
      role: 'Role is at most 200 characters.',
      status: 'Status: choose one of the options offered.'
    })
  }
  const journal = await app.page.evaluate(() => window.api.journal.get())
  expect(journal.ok && Object.keys(journal.value.applications)).toEqual([])
})

test('only https and mailto links are handed to the OS', async () => {
  const results = await app.page.evaluate(async () => {
    const urls = [
      'https://acme.example/careers',
      'mailto:jane@acme.example',
      'javascript:alert(1)',
      'file:///etc/passwd'
    ]
    const out: Array<[string, boolean, string]> = []
    for (const url of urls) {
      const r = await window.api.shell.openExternal({ url })
      out.push([url, r.ok, r.ok ? '' : r.error.code])
    }
    return out
  })
  expect(results).toEqual([
    ['https://acme.example/careers', true, ''],
    ['mailto:jane@acme.example', true, ''],
    ['javascript:alert(1)', false, 'not-allowed'],
    ['file:///etc/passwd', false, 'not-allowed']
  ])
  if (app.runtime === 'chromium') {
    expect(app.openedExternally).toEqual(['https://acme.example/careers', 'mailto:jane@acme.example'])
  }
})

test('the page runs under the strict Content Security Policy', async () => {
  const csp = await app.page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''
  )
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-eval')
  // Code injected into the page (an inline script, a remote script) is refused by the policy. (page.evaluate itself
  // runs through the DevTools protocol, which CSP does not govern, so the test injects elements instead.)
  const outcome = await app.page.evaluate(async () => {
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective))
    const inline = document.createElement('script')
    inline.textContent = 'window.__inlineRan = true'
    document.head.appendChild(inline)
    const remote = document.createElement('script')
    remote.src = 'https://evil.example/x.js'
    document.head.appendChild(remote)
    await new Promise((resolve) => setTimeout(resolve, 200))
    return { inlineRan: '__inlineRan' in window, violations }
  })
  expect(outcome.inlineRan).toBe(false)
  expect(outcome.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]))
  expect(outcome.violations.length).toBeGreaterThanOrEqual(2)
})
