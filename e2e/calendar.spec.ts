/**
 * Calendar in and out, as a user does it: drop an invite on the window → preview (the user's own address asked
 * once) → confirm → the people appear with their e-mail → a thank-you falls due at the end time. Then an update,
 * a cancellation (opened through the dialog and pasted), bad input, and an export re-imported with nothing doubled.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'
import { invite, invitePath } from '../test/calendar/fixtures'

function testClock(iso: string) {
  let time = Date.parse(iso)
  return { now: () => new Date(time), set: (next: string) => void (time = Date.parse(next)) }
}

async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const dt = new DataTransfer()
      dt.items.add(new File([content], fileName, { type: 'text/calendar' }))
      return dt
    },
    [name, text] as const
  )
  await page.dispatchEvent('.app', 'dragover', { dataTransfer: transfer })
  await page.dispatchEvent('.app', 'drop', { dataTransfer: transfer })
}

async function paste(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add from invite…' }).click()
  const panel = page.getByRole('region', { name: 'Import an invite' })
  await panel.getByLabel('Invite text').fill(text)
  await panel.getByRole('button', { name: 'Preview' }).click()
  return panel
}

const counts = (page: Page) =>
  page.evaluate(async () => {
    const r = await window.api.journal.get({})
    if (!r.ok) throw new Error(r.error.message)
    const j = r.value
    return [j.applications, j.interviews, j.people, j.meetings].map((t) => Object.keys(t).length)
  })

test('drop an invite, confirm the preview, the people appear, a thank-you falls due at the end', async () => {
  const clock = testClock('2026-03-05T12:00:00Z')
  const app = await launchApp({ dataDir: tempDataDir('calendar-drop'), now: clock.now })
  const { page } = app
  await dropFile(page, 'invite.ics', invite('google-peer.ics'))
  const panel = page.getByRole('region', { name: 'Import an invite' })
  const preview = panel.getByLabel('Invite preview')
  await expect(preview.getByRole('heading', { name: /Peer interview: Alex Candidate/ })).toBeVisible()
  await expect(panel.getByText('From invite.ics')).toBeVisible()
  // Asked once: which address is the user's. Ticking it takes the user out of the people to add.
  const mine = preview.getByRole('group', { name: 'Your e-mail addresses' })
  await expect(preview.getByLabel('Add alex.candidate@gmail.com')).toBeVisible()
  await mine.getByLabel('alex.candidate@gmail.com').check()
  await mine.getByRole('button', { name: 'Save my addresses' }).click()
  await expect(preview.getByLabel('Add alex.candidate@gmail.com')).toHaveCount(0)
  await expect(preview.getByRole('group', { name: 'Your e-mail addresses' })).toHaveCount(0)
  // …and never again: Settings keeps them, where they can be changed.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByRole('form', { name: 'Your e-mail addresses' }).getByRole('textbox')).toHaveValue(
    'alex.candidate@gmail.com'
  )
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Today' }).click()

  await expect(preview.getByLabel('Application')).toHaveValue('__new__')
  await expect(preview.getByLabel('Company')).toHaveValue('Acme')
  await expect(preview.getByLabel('Role')).toHaveValue('Platform Engineer')
  await expect(preview.getByLabel('Interview type')).toHaveValue('peer')
  await expect(preview.getByLabel('Add recruiting@acme.com')).not.toBeChecked()
  await expect(preview.getByLabel('Add jane.doe@acme.com')).toBeChecked()
  await expect(preview.getByLabel('Name of mark.okafor@acme.com')).toHaveValue('Mark Okafor')
  expect(await counts(page)).toEqual([0, 0, 0, 0]) // nothing written before Confirm
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'calendar-1-preview.png'), fullPage: true })

  await preview.getByRole('button', { name: 'Confirm' }).click()
  await expect(panel).toHaveCount(0)
  const people = page.getByRole('region', { name: 'People met' })
  await expect(people.getByText('jane.doe@acme.com')).toBeVisible()
  await expect(people.getByText('mark.okafor@acme.com')).toBeVisible()
  await expect(people.getByText('meet.google.com/abc-defg-hij')).toBeVisible()
  expect(await counts(page)).toEqual([1, 1, 2, 2])
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'calendar-2-confirmed.png'), fullPage: true })

  clock.set('2026-03-10T19:00:00Z') // the interview's end (15:00 in New York)
  await page.reload()
  // The reload reopens the new application; the Due panel is on Today.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Today' }).click()
  const due = page.getByRole('region', { name: 'Due now' })
  await expect(due.getByText(/Thank Jane Doe for the peer interview/)).toBeVisible()
  await expect(due.getByText(/Thank Mark Okafor for the peer interview/)).toBeVisible()
  const dueAt = await page.evaluate(async () => {
    const r = await window.api.followups.list({})
    return r.ok ? r.value.due.map((d) => d.dueAt) : []
  })
  expect(dueAt).toEqual(['2026-03-10T19:00:00.000Z', '2026-03-10T19:00:00.000Z'])
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'calendar-3-due.png'), fullPage: true })
  await app.close()
})

test('open an invite, paste its update and its cancellation; bad text is refused; export and re-import', async () => {
  const clock = testClock('2026-03-05T12:00:00Z')
  const dataDir = tempDataDir('calendar-update')
  const app = await launchApp({ dataDir, now: clock.now })
  const { page } = app
  await page.evaluate(() =>
    window.api.settings.update({ patch: { myEmails: ['alex.candidate@outlook.com'] } })
  )
  await page.getByRole('button', { name: 'Add from invite…' }).click()
  let panel = page.getByRole('region', { name: 'Import an invite' })
  await app.dialogs.answerOpen(invitePath('outlook-technical.ics'))
  await panel.getByRole('button', { name: 'Open invite…' }).click()
  let preview = panel.getByLabel('Invite preview')
  await expect(preview.getByLabel('Interview type')).toHaveValue('technical')
  await expect(preview.getByLabel('Name of ana.nunez@globex.de')).toHaveValue('Ana Núñez')
  await preview.getByRole('button', { name: 'Confirm' }).click()
  await expect(panel).toHaveCount(0)
  // One interview's "Add to calendar" file, written by main where the save dialog says.
  const onePath = join(dataDir, 'one.ics')
  await app.dialogs.answerSave(onePath)
  await page
    .getByRole('region', { name: 'People met' })
    .getByRole('button', { name: 'Add to calendar' })
    .click()
  await expect(page.getByRole('status', { name: 'Calendar export result' })).toContainText(onePath)
  expect(readFileSync(onePath, 'utf8').match(/^BEGIN:VEVENT/gm)).toHaveLength(3) // the interview, two thank-yous

  panel = await paste(page, invite('outlook-technical-moved.ics'))
  preview = panel.getByLabel('Invite preview')
  await expect(preview.getByText('This invite updates an interview already in your journal:')).toBeVisible()
  await expect(preview.getByRole('listitem').filter({ hasText: /^Start:/ })).toBeVisible()
  await expect(preview.getByLabel('Application')).toBeDisabled()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'calendar-4-update.png'), fullPage: true })
  await preview.getByRole('button', { name: 'Confirm' }).click()
  await expect(panel).toHaveCount(0)

  panel = await paste(page, invite('outlook-technical-cancel.ics'))
  await expect(panel.getByText(/cancels an interview in your journal/)).toBeVisible()
  await panel.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByRole('region', { name: 'People met' }).getByText('Cancelled')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'calendar-5-cancelled.png'), fullPage: true })
  clock.set('2026-03-18T15:00:00Z')
  const due = await page.evaluate(async () => {
    const r = await window.api.followups.list({})
    return r.ok ? r.value.due.length : -1
  })
  expect(due).toBe(0)

  panel = await paste(page, 'Hi Alex, see you Tuesday at 10!')
  await expect(panel.getByRole('alert')).toContainText('not a calendar invite')
  await panel.getByRole('button', { name: 'Close' }).click()
  expect(await counts(page)).toEqual([1, 1, 2, 2])

  // Export to calendar, then import that file again: nothing is added twice.
  const exportPath = join(dataDir, 'afterword.ics')
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Data' }).click()
  await app.dialogs.answerSave(exportPath)
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click()
  await expect(page.getByRole('status', { name: 'Calendar export result' })).toContainText(exportPath)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'calendar-6-export.png'), fullPage: true })
  const exported = readFileSync(exportPath, 'utf8')
  expect(exported).toMatch(/^UID:interview-.+@afterword\r$/m)
  panel = await paste(page, exported)
  await expect(panel.getByText('This interview is already in your journal, unchanged.')).toBeVisible()
  await panel.getByRole('button', { name: 'Confirm' }).click()
  expect(await counts(page)).toEqual([1, 1, 2, 2])
  await app.close()
})
