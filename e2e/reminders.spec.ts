/**
 * Follow-up reminders, end to end on the app's own clock: the Due now panel lists each interviewer to thank, drops
 * whoever was thanked, flags a late thank-you, stops nagging after a week, asks for a check-in a week after a
 * thank-you, and lets a reply settle it. Each reminder opens that person's draft. The clock is the harness's
 * `now`, moved by the test; the app is relaunched to read the journal at the new time, as a user reopening it would.
 */
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { openInterview, seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const HOUR = 3600_000
let offset = 0
const now = () => new Date(Date.now() + offset)

const duePanel = (page: Page) => page.getByRole('region', { name: 'Due now' })
const dueItems = (page: Page) => duePanel(page).locator('.due-list > li')
/** The Due panel lives on Today: a draft or an application is its own page. */
const openToday = (page: Page) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Today' }).click()
const missedLines = (page: Page) =>
  duePanel(page).getByRole('list', { name: 'Missed thank-yous' }).getByRole('listitem')

test('thank each interviewer, then check in a week later, until they reply', async () => {
  const dataDir = tempDataDir('reminders')
  offset = 0
  let app = await launchApp({ dataDir, now })
  let page = app.page
  await seedJournal(page) // a peer interview that ended two hours ago, with Jane Doe and Raj Patel

  // Both people met are due a thank-you, each with its own button.
  await expect(dueItems(page)).toHaveCount(2)
  await expect(
    dueItems(page).filter({ hasText: 'Thank Jane Doe for the peer interview: due by' })
  ).toHaveCount(1)
  await expect(
    dueItems(page).filter({ hasText: 'Thank Raj Patel for the peer interview: due by' })
  ).toHaveCount(1)

  // A reminder opens that person's draft; once marked sent, only the other one is left.
  await duePanel(page).getByRole('button', { name: 'Thank Jane Doe' }).click()
  const editor = page.getByRole('region', { name: 'Thank-you to Jane Doe' })
  await expect(editor.getByLabel('Body')).toHaveValue(/^Hi Jane,\n/)
  await editor.getByRole('button', { name: 'Mark as sent' }).click()
  await expect(editor.getByRole('status').filter({ hasText: /^Sent / })).toBeVisible()
  await openToday(page)
  await expect(dueItems(page)).toHaveCount(1)
  await expect(dueItems(page)).toContainText('Thank Raj Patel')
  await app.close()

  // A day later Raj's thank-you is overdue, and says so.
  offset = 25 * HOUR
  app = await launchApp({ dataDir, now })
  page = app.page
  await expect(dueItems(page)).toHaveCount(1)
  await expect(dueItems(page)).toContainText('overdue since')
  await expect(dueItems(page).locator('.pill-overdue')).toHaveText('Overdue')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'reminders-overdue.png') })
  await app.close()

  // Eight days later: a check-in with Jane (a week without news since her thank-you); Raj is no longer nagged.
  offset = 8 * 24 * HOUR
  app = await launchApp({ dataDir, now })
  page = app.page
  await expect(dueItems(page)).toHaveCount(1)
  await expect(dueItems(page)).toContainText('Check in with Jane Doe about the Backend Engineer role at Acme')
  // Raj's thank-you is past its give-up time: no reminder, but an honest line, with a late note one click away.
  await expect(missedLines(page)).toHaveCount(1)
  await expect(missedLines(page)).toContainText(
    /You did not thank Raj Patel for the .+ of (?:\d{1,2} \w{3}|\w{3} \d{1,2})/
  )
  await expect(missedLines(page).getByRole('button', { name: 'Write a late note' })).toBeVisible()
  await duePanel(page).getByRole('button', { name: 'Check in with Jane Doe' }).click()
  await expect(page.getByRole('region', { name: 'Check-in to Jane Doe' })).toBeVisible()

  // Jane replies: the check-in is settled.
  await page.getByRole('article', { name: 'Jane Doe' }).getByRole('button', { name: 'Log a reply' }).click()
  await openToday(page)
  await expect(dueItems(page)).toHaveCount(0)
  await expect(duePanel(page)).toContainText('Nothing due')
  // Dismissing Raj's missed line removes it for good (and the empty list claims nothing about him).
  await missedLines(page)
    .getByRole('button', { name: /^Dismiss/ })
    .click()
  await expect(missedLines(page)).toHaveCount(0)
  await expect(duePanel(page)).not.toContainText('everyone')
  await app.close()
})

test('a closed application has nothing due', async () => {
  offset = 0
  const app = await launchApp({ dataDir: tempDataDir('reminders-closed'), now })
  const page = app.page
  await seedJournal(page)
  await expect(dueItems(page)).toHaveCount(2)
  await openInterview(page)
  await page.getByRole('main').getByLabel('Status').selectOption('rejected')
  await expect(page.getByRole('main').getByLabel('Status')).toHaveValue('rejected')
  await openToday(page)
  await expect(dueItems(page)).toHaveCount(0)
  await app.close()
})
