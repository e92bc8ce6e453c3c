/**
 * The shell: places with Back/Forward (buttons and Alt+←/→), the last place reopened after a reload (Today when its
 * record is gone), Escape closing what is open, and a first launch whose Due panel says what to do next.
 */
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const duePanel = (page: Page) => page.getByRole('region', { name: 'Due now' })
const acme = (page: Page) => page.getByRole('main', { name: 'Acme Payments application' })
const back = (page: Page) => page.getByRole('button', { name: 'Back', exact: true })
const forward = (page: Page) => page.getByRole('button', { name: 'Forward', exact: true })
const tab = (page: Page, name: 'Today' | 'Applications' | 'Settings' | 'Data') =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name })

test('first launch: the Due panel says what to do next, never that everyone heard from you', async () => {
  const app = await launchApp({ dataDir: tempDataDir('shell-first') })
  const page = app.page
  await expect(duePanel(page)).toContainText('Nothing to follow up yet. Add an application')
  await expect(duePanel(page)).not.toContainText('everyone')
  await expect(back(page)).toBeDisabled()
  await expect(forward(page)).toBeDisabled()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'shell-first-run.png') })
  await app.close()
})

test('Back and Forward walk the places; a reload reopens the last one, or Today when it is gone', async () => {
  const app = await launchApp({ dataDir: tempDataDir('shell-nav') })
  const page = app.page
  await seedJournal(page)
  await page
    .getByRole('navigation', { name: 'Applications' })
    .getByRole('button', { name: /Acme Payments/ })
    .click()
  await expect(acme(page)).toBeVisible()

  await tab(page, 'Settings').click()
  await expect(tab(page, 'Settings')).toHaveAttribute('aria-current', 'page')
  await back(page).click()
  // An application opened from Today belongs to Today: that tab stays current, and the page says the way back.
  await expect(tab(page, 'Today')).toHaveAttribute('aria-current', 'page')
  await expect(acme(page)).toBeVisible()
  await expect(acme(page).getByRole('button', { name: 'Today' })).toBeVisible()

  // Alt+← goes back to Today (no application open), Alt+→ forward to Acme again.
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(acme(page)).toHaveCount(0)
  await expect(forward(page)).toBeEnabled()
  await page.keyboard.press('Alt+ArrowRight')
  await expect(acme(page)).toBeVisible()

  // Escape closes the open application; Back brings it back.
  await page.keyboard.press('Escape')
  await expect(acme(page)).toHaveCount(0)
  await back(page).click()
  await expect(acme(page)).toBeVisible()

  // The last place survives a reload of the window.
  await page.reload()
  await expect(acme(page)).toBeVisible()

  // A stored place whose application no longer exists falls back to Today.
  await page.evaluate(() =>
    localStorage.setItem(
      'afterword.place',
      JSON.stringify({ kind: 'application', applicationId: '00000000-0000-4000-8000-000000000000' })
    )
  )
  await page.reload()
  await expect(duePanel(page)).toBeVisible()
  await expect(tab(page, 'Today')).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('main', { name: /application$/ })).toHaveCount(0)
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('afterword.place') ?? 'null')))
    .toEqual({ kind: 'today' })
  await app.close()
})

test('the application list narrows by search and status', async () => {
  const app = await launchApp({ dataDir: tempDataDir('shell-search') })
  const page = app.page
  await seedJournal(page)
  await page.evaluate(async () => {
    await window.api.applications.create({ company: 'Northwind', role: 'Data Analyst', status: 'applied' })
  })
  await tab(page, 'Applications').click()
  const list = page.getByRole('main', { name: 'Applications' })
  const search = list.getByRole('searchbox', { name: 'Search applications' })
  await list.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'List' }).click()
  const rows = list
    .getByRole('region', { name: 'Application list' })
    .getByRole('button', { name: /Acme Payments|Northwind/ })
  await expect(rows).toHaveCount(2)
  await search.fill('analyst')
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText('Northwind')

  await search.fill('')
  await list.getByLabel('Show status').selectOption('interviewing')
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText('Acme Payments')
  await list.getByLabel('Show status').selectOption('')
  await list.getByLabel('Something due now').check()
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText('Acme Payments')
  await search.fill('northwind')
  await expect(list.getByRole('status')).toHaveText('No application matches.')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'shell-search-none.png') })
  await app.close()
})

test('first run asks for the name drafts are signed with; saved to Settings, or skipped for good', async () => {
  const app = await launchApp({ dataDir: tempDataDir('shell-welcome') })
  const page = app.page
  const welcome = page.getByRole('region', { name: 'Welcome', exact: true })
  await expect(welcome).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'shell-welcome.png') })
  await welcome.getByLabel('Your name, to sign your notes').fill('Sam Rivera')
  await welcome.getByLabel('When you are usually free').fill('Tuesday afternoons')
  await welcome.getByRole('button', { name: 'Save and start' }).click()
  await expect(welcome).toHaveCount(0)
  await tab(page, 'Settings').click()
  const candidate = page.getByRole('form', { name: 'Candidate' })
  await expect(candidate.getByLabel('Your name')).toHaveValue('Sam Rivera')
  await expect(candidate.getByLabel('Your availability')).toHaveValue('Tuesday afternoons')
  await app.close()

  const fresh = await launchApp({ dataDir: tempDataDir('shell-welcome-skip') })
  const other = fresh.page
  const again = other.getByRole('region', { name: 'Welcome', exact: true })
  await again.getByRole('button', { name: 'Skip for now' }).click()
  await expect(again).toHaveCount(0)
  await other.reload()
  await expect(other.getByRole('region', { name: 'Due now' })).toBeVisible()
  await expect(again).toHaveCount(0)
  await fresh.close()
})

test('a draft opened from the Due panel is in view with the cursor in its body; Escape closes it', async () => {
  const app = await launchApp({ dataDir: tempDataDir('shell-draft') })
  const page = app.page
  await page.setViewportSize({ width: 900, height: 600 })
  await seedJournal(page)
  await duePanel(page).getByRole('button', { name: 'Thank Jane Doe' }).click()
  const editor = page.getByRole('region', { name: 'Thank-you to Jane Doe' })
  await expect(editor).toBeInViewport()
  await expect(editor.getByLabel('Body')).toBeFocused()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'shell-draft-focus-900.png') })
  await page.keyboard.press('Escape')
  await expect(editor).toHaveCount(0)
  await app.close()
})
