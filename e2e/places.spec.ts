/**
 * Every place of the app, checked with axe (WCAG 2 A/AA rules) and photographed at 1280×800 and 900×600, light and
 * dark, into e2e/screenshots/ (ignored by git) to be looked at: Today, Applications (board and list, and the
 * new-application dialog), one application, a draft, Settings, Data.
 */
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { openInterview, openThankYou, seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 600 }
]

async function checkPlace(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    const found = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(found, `${name} (${scheme})`).toEqual([])
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await page.screenshot({
        path: join(SCREENSHOT_DIR, `place-${name}-${size.width}x${size.height}-${scheme}.png`)
      })
    }
    await page.setViewportSize(SIZES[0]!)
  }
}

test('each place has no axe violations, in light and dark', async () => {
  test.setTimeout(180_000) // eleven places, each checked twice and photographed four times
  const app = await launchApp({ dataDir: tempDataDir('places') })
  const page = app.page
  await checkPlace(page, 'first-run')
  await page.getByRole('button', { name: 'Skip for now' }).click()
  await seedJournal(page)
  await checkPlace(page, 'today')
  const views = page.getByRole('navigation', { name: 'Views' })
  await views.getByRole('button', { name: 'Applications' }).click()
  const applications = page.getByRole('main', { name: 'Applications' })
  await expect(applications.getByRole('article', { name: 'Acme Payments' })).toBeVisible()
  await checkPlace(page, 'applications-board')
  await applications
    .getByRole('article', { name: 'Acme Payments' })
    .getByRole('button', { name: 'Move to…' })
    .click()
  await checkPlace(page, 'applications-move-menu')
  await page.keyboard.press('Escape')
  await applications.getByRole('button', { name: 'List' }).click()
  await expect(applications.getByRole('region', { name: 'Application list' })).toBeVisible()
  await checkPlace(page, 'applications-list')
  await page.getByRole('button', { name: 'New application' }).click()
  await expect(page.getByRole('dialog', { name: 'New application' })).toBeVisible()
  await checkPlace(page, 'new-application')
  await page.keyboard.press('Escape')
  await views.getByRole('button', { name: 'Today' }).click()
  await openInterview(page)
  await checkPlace(page, 'application')
  await openThankYou(page)
  await checkPlace(page, 'draft')
  await views.getByRole('button', { name: 'Settings' }).click()
  await checkPlace(page, 'settings')
  await views.getByRole('button', { name: 'Data' }).click()
  await checkPlace(page, 'data')
  await app.close()
})
