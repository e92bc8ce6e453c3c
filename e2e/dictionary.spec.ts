/**
 * The personal dictionary: a spelling finding offers "Add to dictionary", the word stops being flagged, and the
 * Settings list shows the checker's v2 rules (served by main through rules:list).
 */
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { launchApp } from './harness'
import { openInterview, openThankYou, seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

test('add a word to the dictionary from a spelling finding; Settings lists the v2 rules', async () => {
  const app = await launchApp({ dataDir: tempDataDir('dictionary') })
  const page = app.page
  await seedJournal(page)
  await openInterview(page)
  const editor = await openThankYou(page)
  const body = editor.getByLabel('Body')
  await expect(body).toHaveValue(/^Hi Jane,\n/)
  await body.fill(`${await body.inputValue()}\n\nThe zorbulator demo was a highlight.`)
  const typo = editor.locator('li[data-rule="spelling"]').filter({ hasText: '“zorbulator”' })
  await expect(typo).toBeVisible()
  await typo.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'dictionary-finding.png'), fullPage: true })
  await typo.getByRole('button', { name: 'Add “zorbulator” to your dictionary' }).click()
  await expect(typo).toHaveCount(0)

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click()
  for (const title of [
    'Private note repeated',
    'Talks money',
    'Negative about the employer',
    'Note-taking shorthand'
  ])
    await expect(page.getByRole('switch', { name: title })).toBeChecked()
  await page.getByRole('switch', { name: 'Note-taking shorthand' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-rules-v2.png'), fullPage: true })
  await app.close()
})
