/**
 * The draft editor, for real: compose a thank-you from the notes, see the etiquette findings follow the typing,
 * apply fixes and spelling suggestions, and find the autosaved text and the sent state again after a relaunch.
 */
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { launchApp } from './harness'
import { openInterview, openThankYou, seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const MARKER = 'I also enjoyed the whiteboard session on idempotent retries.'

test('compose a thank-you, fix what the check finds, autosave, mark as sent; all survive relaunches', async () => {
  const dataDir = tempDataDir('drafts')
  let app = await launchApp({ dataDir })
  let page = app.page
  await seedJournal(page)
  await openInterview(page)
  await expect(page.getByRole('article', { name: 'Jane Doe' })).toContainText('No thank-you sent yet')

  let editor = await openThankYou(page)
  let body = editor.getByLabel('Body')
  await expect(body).toHaveValue(/^Hi Jane,\n/)
  await expect(body).toHaveValue(/event sourcing/)
  await expect(editor.getByLabel('To', { exact: true })).toHaveValue('jane.doe@acme.example')
  await expect(editor.getByLabel('Subject')).not.toHaveValue('')
  // No name in Settings yet: the editor says how to get drafts signed.
  await expect(editor).toContainText('Add your name in Settings so new drafts are signed with it.')

  // A casual greeting is flagged with its words quoted; its fix puts the composer's greeting back.
  const composed = await body.inputValue()
  await body.fill(composed.replace(/^Hi Jane/, 'Hey Jane'))
  const casual = editor.locator('li[data-rule="tone.casual"]')
  await expect(casual).toContainText('“Hey”')
  await expect(casual).toContainText('Warning')
  await casual.getByRole('button', { name: /Apply fix/ }).click()
  await expect(body).toHaveValue(/^Hi Jane,\n/)
  await expect(casual).toHaveCount(0)

  // A typo is flagged (once the dictionary has loaded) and replaced with one of its suggestions.
  await body.fill(`${await body.inputValue()}\n\nI realy enjoyed the conversation.`)
  const typo = editor.locator('li[data-rule="spelling"]').filter({ hasText: '“realy”' })
  await expect(typo).toBeVisible()
  await typo.getByRole('button', { name: 'Spelling suggestions for “realy”' }).click()
  await typo.getByRole('button', { name: 'Replace “realy” with “really”' }).click()
  await expect(body).toHaveValue(/I really enjoyed the conversation\./)
  await expect(typo).toHaveCount(0)

  // What the user types is autosaved and is there again after the app is closed and opened.
  await body.fill((await body.inputValue()).replace('I really enjoyed the conversation.', MARKER))
  await expect(editor.getByRole('status', { name: 'Save status' })).toHaveText('Saved')
  await app.close()

  app = await launchApp({ dataDir })
  page = app.page
  await openInterview(page)
  editor = await openThankYou(page, 'Edit thank-you')
  body = editor.getByLabel('Body')
  await expect(body).toHaveValue(new RegExp(MARKER))
  await expect(body).toHaveValue(/^Hi Jane,\n/)

  await editor.getByRole('button', { name: 'Mark as sent' }).click()
  await expect(editor.getByRole('status').filter({ hasText: /^Sent / })).toBeVisible()
  await expect(body).not.toBeEditable()
  await expect(page.getByRole('article', { name: 'Jane Doe' })).toContainText('Thank-you sent')
  await app.close()

  app = await launchApp({ dataDir })
  page = app.page
  await openInterview(page)
  const jane = page.getByRole('article', { name: 'Jane Doe' })
  await expect(jane).toContainText('Thank-you sent')
  await expect(page.getByRole('article', { name: 'Raj Patel' })).toContainText('No thank-you sent yet')
  await jane.getByRole('button', { name: 'View sent thank-you' }).click()
  editor = page.getByRole('region', { name: 'Thank-you to Jane Doe' })
  await expect(editor.getByLabel('Body')).toHaveValue(new RegExp(MARKER))
  await expect(editor.getByRole('status').filter({ hasText: /^Sent / })).toBeVisible()
  await expect(editor.getByRole('button', { name: 'Mark as sent' })).toHaveCount(0)
  await app.close()
})

test('disabling a rule in Settings removes its findings; availability and replies are tracked per person', async () => {
  const app = await launchApp({ dataDir: tempDataDir('drafts-rules') })
  const page = app.page
  await seedJournal(page)
  await openInterview(page)
  const editor = await openThankYou(page)
  const body = editor.getByLabel('Body')
  await expect(body).toHaveValue(/^Hi Jane,\n/)
  await body.fill((await body.inputValue()).replace(/^Hi Jane/, 'Hey Jane'))
  const casual = editor.locator('li[data-rule="tone.casual"]')
  await expect(casual).toBeVisible()
  await editor.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'drafts-editor.png'), fullPage: true })

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('switch', { name: 'Casual tone' }).uncheck()
  await expect(page.getByRole('switch', { name: 'Casual tone' })).not.toBeChecked()
  // Back returns to the draft: the editor kept its text while Settings was open, and the disabled rule no longer
  // reports it.
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await expect(body).toHaveValue(/^Hey Jane,\n/)
  await expect(casual).toHaveCount(0)

  // They asked for availability: the note must now give days or times.
  const jane = page.getByRole('article', { name: 'Jane Doe' })
  const availability = editor.locator('li[data-rule="availability.missing"]')
  await expect(availability).toHaveCount(0)
  await jane.getByRole('checkbox', { name: 'Asked for my availability' }).check()
  await expect(availability).toBeVisible()
  await jane.getByRole('checkbox', { name: 'Asked for my availability' }).uncheck()
  await expect(availability).toHaveCount(0)

  await jane.getByRole('button', { name: 'Log a reply' }).click()
  await expect(jane).toContainText('Replied Today')
  await app.close()
})
