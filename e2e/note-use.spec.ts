/**
 * Note use, for real: the person card shows each note's use (with sensitive notes marked as kept out), one click
 * flips it, and the composed draft leaves private and sensitive notes out and says so ("N notes kept out: … ·
 * change"), where "change" brings the person's notes back into view.
 */
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { launchApp } from './harness'
import { openInterview, openThankYou, seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

test('notes carry a use on the person card, and the draft keeps private and sensitive notes out', async () => {
  const app = await launchApp({ dataDir: tempDataDir('note-use') })
  const page = app.page
  await seedJournal(page)
  await openInterview(page)
  const jane = page.getByRole('article', { name: 'Jane Doe' })
  for (const text of ['range is under what I make now', 'attrition is brutal']) {
    await jane.getByLabel('New note about Jane Doe').fill(text)
    await jane.getByRole('button', { name: 'Add note' }).click()
    await expect(jane.getByRole('list', { name: 'Notes about Jane Doe' })).toContainText(text)
  }
  const notes = jane.getByRole('list', { name: 'Notes about Jane Doe' })
  await expect(
    notes.getByRole('button', { name: /Use of note “attrition is brutal”: Kept out \(negative\)/ })
  ).toBeVisible()

  // auto -> use -> private for the pay note.
  const pay = notes.getByRole('button', { name: /Use of note “range is under what I make now”/ })
  await expect(pay).toHaveText('Kept out (pay)')
  await pay.click()
  await expect(pay).toHaveText('Use')
  await pay.click()
  await expect(pay).toHaveText('Private')
  await jane.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'note-use-person-card.png'), fullPage: true })

  const editor = await openThankYou(page)
  const body = editor.getByLabel('Body')
  await expect(body).toHaveValue(/event sourcing/)
  await expect(body).not.toHaveValue(/range|attrition/)
  const keptOut = editor.getByRole('note').filter({ hasText: 'kept out' })
  await expect(keptOut).toHaveText('2 notes kept out: private, negative · change')
  await editor.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'note-use-editor-kept-out.png'), fullPage: true })

  await keptOut.getByRole('button', { name: 'change' }).click()
  await expect(editor).toHaveCount(0)
  await expect(notes).toBeFocused()
  await app.close()
})
