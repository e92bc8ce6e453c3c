/**
 * The look in both themes and at both ends of the supported window sizes: the main page (Due now, the applications,
 * an interview with two people) at 1280×800 and 900×600, light and dark as the OS asks (prefers-color-scheme).
 * Screenshots land in e2e/screenshots/ (ignored by git) to be looked at; the test checks what can break silently:
 * the dark theme really applies, and nothing overflows the window sideways at 900 px.
 */
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { launchApp } from './harness'
import { openInterview, seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 600 }
]

test('main page in light and dark, at 1280×800 and 900×600', async () => {
  const app = await launchApp({ dataDir: tempDataDir('theme') })
  const { page } = app
  try {
    await seedJournal(page)
    await openInterview(page)
    const backgrounds: Record<string, string> = {}
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const size of SIZES) {
        await page.setViewportSize(size)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${scheme} ${size.width}: sideways overflow`).toBeLessThanOrEqual(0)
        await page.screenshot({
          path: join(SCREENSHOT_DIR, `theme-main-${size.width}x${size.height}-${scheme}.png`),
          fullPage: false
        })
      }
      backgrounds[scheme] = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor
      )
    }
    expect(backgrounds['dark']).not.toBe(backgrounds['light'])
  } finally {
    await app.close()
  }
})
