/**
 * The main journey with the keyboard only (issue #9): first run, a new application (Ctrl+N), an interview, a
 * person, a note, "Write thank-you", typing in the body, "Mark as sent", and Escape back to where the user was.
 * No clicks, no element.focus(), no fill: page.keyboard only. Each step checks what has focus (by role and name)
 * and that it shows a focus ring; tabTo() walks by role and name, so the walk survives a new page layout.
 */
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { expectFocusedHasRing, expectFocusOn, tabTo } from './support/keyboard'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

test('the main journey, keyboard only, every step focused and ringed', async () => {
  const app = await launchApp({ dataDir: tempDataDir('keyboard') })
  const page = app.page
  await page.setViewportSize({ width: 1280, height: 800 })
  const kb = page.keyboard

  // First run: name, availability and a time zone (type-ahead in the select).
  await expect(page.getByRole('region', { name: 'Welcome', exact: true })).toBeVisible()
  await tabTo(page, 'textbox', 'Your name, to sign your notes')
  await kb.type('Sam Rivera')
  await tabTo(page, 'textbox', 'When you are usually free')
  await kb.type('Tuesday afternoons')
  await tabTo(page, 'combobox', 'Your time zone, for reminders and times')
  await kb.type('Asia/Tokyo')
  await expect(page.getByRole('combobox', { name: 'Your time zone, for reminders and times' })).toHaveValue(
    'Asia/Tokyo'
  )
  await tabTo(page, 'button', 'Save and start')
  await kb.press('Enter')
  await expect(page.getByRole('region', { name: 'Welcome', exact: true })).toHaveCount(0)
  // Focus is not dropped at the top: it goes on to the first application's button.
  await expectFocusOn(page, 'button', 'New application')

  // A new application with Ctrl+N: the dialog opens with the cursor in Company.
  await kb.press('Control+n')
  await expect(page.getByRole('dialog', { name: 'New application' })).toBeVisible()
  await expectFocusOn(page, 'textbox', 'Company')
  await kb.type('Northwind')
  await tabTo(page, 'textbox', 'Role')
  await kb.type('Data Analyst')
  await kb.press('Enter')
  await expect(page.getByRole('main', { name: 'Northwind application' })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-1-application.png') })

  // An interview yesterday (the date typed in the order of the window's locale), at the default times.
  await tabTo(page, 'textbox', 'Date')
  await kb.type(await yesterdayDigits(page))
  await tabTo(page, 'button', 'Add interview')
  await kb.press('Enter')
  const people = page.getByRole('form', { name: 'New person' })
  await expect(people).toBeVisible()

  // A person met: the interview's people form has focus already.
  await expectFocusOn(page, 'textbox', 'Name')
  await kb.type('Jane Doe')
  await tabTo(page, 'textbox', 'Title')
  await kb.type('Senior Engineer')
  await tabTo(page, 'button', 'Add person')
  await kb.press('Enter')
  const jane = page.getByRole('article', { name: 'Jane Doe' })
  await expect(jane).toBeVisible()

  // A note about her: her note field has focus.
  await expectFocusOn(page, 'textbox', 'New note about Jane Doe')
  await kb.type('migrating billing to event sourcing')
  await kb.press('Enter')
  await expect(jane).toContainText('migrating billing to event sourcing')

  // Write thank-you: the editor opens in view with the cursor in the body.
  await tabTo(page, 'button', 'Write thank-you')
  await kb.press('Enter')
  const editor = page.getByRole('region', { name: 'Thank-you to Jane Doe' })
  await expectFocusOn(page, 'textbox', 'Body')
  await expect(editor).toBeInViewport()
  await kb.press('Control+End')
  await kb.type('\nI enjoyed it.')
  await expect(editor.getByLabel('Body')).toHaveValue(/Sam Rivera[\s\S]*I enjoyed it\.$/)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-2-editor.png') })
  // The body is no trap: Shift+Tab leaves it backwards, Tab forwards.
  await tabTo(page, 'textbox', 'Subject', { backwards: true })

  // Mark as sent, then Escape: the editor closes and focus is back on Jane's card.
  await tabTo(page, 'button', 'Mark as sent')
  await kb.press('Enter')
  await expect(editor.getByRole('status').first()).toContainText('Sent')
  await expectFocusOn(page, 'button', 'Close')
  await kb.press('Escape')
  await expect(editor).toHaveCount(0)
  // Where the user was: the card's control that opened the draft, or the card itself once that control is gone.
  await expect(jane.locator(':focus')).toHaveCount(1)
  await expectFocusedHasRing(page)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-3-back.png') })
  await app.close()
})

/** Yesterday as the digits a date input takes, in the order of the page's locale (e.g. 12012026 in en-US). */
function yesterdayDigits(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = new Intl.DateTimeFormat(navigator.language, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit'
    }).formatToParts(new Date(Date.now() - 24 * 3600_000))
    return parts
      .filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day')
      .map((p) => p.value)
      .join('')
  })
}
