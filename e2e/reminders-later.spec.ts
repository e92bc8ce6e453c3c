/**
 * Reminders that help and never nag, end to end on a moved clock: snooze from the Due panel (the reminder comes
 * back, and is notified again, when the snooze ends; the others are not notified again after a restart), one summary
 * at start for what came due while the app was closed, and quick capture right after an interview, keyboard only.
 * The clock starts at noon in this machine's zone, so quiet hours (21:00 to 08:00) never get in the way by chance.
 */
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { atLocalTime } from '../shared/followup/zones'
import { systemTimeZone } from '../electron/main/time-zone'
import { launchApp } from './harness'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const noon = atLocalTime(Date.now(), '12:00', systemTimeZone(), 1)
let offset = 0
const now = () => new Date(Date.now() + offset)
const startAtNoon = () => void (offset = noon - Date.now())

const duePanel = (page: Page) => page.getByRole('region', { name: 'Due now' })
const dueItems = (page: Page) => duePanel(page).locator('.due-list > li')

/** One interview at Northwind ending at `endAt`, the people met, and notes for the first one if asked. */
async function seed(page: Page, endAt: Date, people: string[], withNote: boolean): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Afterword' })).toBeVisible()
  return page.evaluate(
    async ({ end, names, note }) => {
      const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!r.ok) throw new Error(r.error.message)
        return r.value
      }
      const api = window.api
      const app = must(await api.applications.create({ company: 'Northwind', role: 'Backend Engineer' }))
      const interview = must(
        await api.interviews.create({
          applicationId: app.id,
          startAt: new Date(Date.parse(end) - 3600_000).toISOString(),
          endAt: end,
          type: 'peer'
        })
      )
      for (const [index, name] of names.entries()) {
        const { person } = must(await api.people.add({ interviewId: interview.id, person: { name } }))
        if (note && index === 0) {
          must(
            await api.notes.add({ interviewId: interview.id, personId: person.id, text: 'billing rewrite' })
          )
        }
      }
      return interview.id
    },
    { end: endAt.toISOString(), names: people, note: withNote }
  )
}

test('snooze from the Due panel: back an hour later, notified once more, the rest not again', async () => {
  const dataDir = tempDataDir('reminders-snooze')
  startAtNoon()
  let app = await launchApp({ dataDir, now })
  let page = app.page
  await seed(page, new Date(now().getTime() - 2 * HOUR), ['Jane Doe', 'Raj Patel'], true)
  await expect(dueItems(page)).toHaveCount(2)

  await duePanel(page).getByText('Later', { exact: true }).first().click()
  const menu = duePanel(page).getByRole('group', { name: 'Snooze Thank Jane Doe' })
  await expect(menu.getByRole('button')).toHaveText([
    'In 1 hour',
    'This evening',
    'Tomorrow morning',
    'Dismiss'
  ])
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'reminders-snooze-menu.png') })
  await menu.getByRole('button', { name: 'In 1 hour' }).click()
  await expect(dueItems(page)).toHaveCount(1)
  await expect(dueItems(page)).toContainText('Thank Raj Patel')
  await expect(duePanel(page).getByRole('list', { name: 'Snoozed' })).toContainText(
    /Snoozed until \d{1,2}:\d\d(?: [AP]M)? today: Thank Jane Doe/
  )
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'reminders-snoozed.png') })
  await app.close()

  // An hour and a minute later: Jane is due again and notified again, once; Raj, notified before, is not.
  offset += HOUR + MINUTE
  app = await launchApp({ dataDir, now })
  page = app.page
  await expect(dueItems(page)).toHaveCount(2)
  await expect.poll(() => app.notifications.map((n) => n.title)).toEqual(['Thank-you due: Jane Doe'])
  expect(app.notifications[0]?.snooze.map((s) => s.label)).toEqual([
    'In 1 hour',
    'This evening',
    'Tomorrow morning'
  ])
  await app.close()
})

test('at start, one summary for what came due while Afterword was closed, and nothing again after a restart', async () => {
  const dataDir = tempDataDir('reminders-summary')
  startAtNoon()
  let app = await launchApp({ dataDir, now })
  await seed(app.page, new Date(now().getTime() + 30 * MINUTE), ['Jane Doe', 'Raj Patel'], true)
  await expect(dueItems(app.page)).toHaveCount(0)
  expect(app.notifications).toEqual([])
  await app.close()

  offset += 3 * HOUR // closed through the end of the interview and the hour after it
  app = await launchApp({ dataDir, now })
  await expect(dueItems(app.page)).toHaveCount(2)
  await expect.poll(() => app.notifications.length).toBe(1)
  expect(app.notifications[0]).toMatchObject({
    title: '2 thank-yous are due',
    body: 'For Jane Doe, Raj Patel. Open Afterword for the list.',
    open: { type: 'app' }
  })
  await app.close()

  offset += MINUTE
  app = await launchApp({ dataDir, now })
  await expect(dueItems(app.page)).toHaveCount(2)
  await app.page.waitForTimeout(300) // the engine has planned (it runs at launch); nothing may be shown
  expect(app.notifications).toEqual([])
  await app.close()
})

test('quick capture right after an interview: one field per person, saved as you type, keyboard only', async () => {
  const dataDir = tempDataDir('reminders-capture')
  startAtNoon()
  const app = await launchApp({ dataDir, now })
  const page = app.page
  await seed(page, new Date(now().getTime() - 10 * MINUTE), ['Jane Doe', 'Raj Patel'], false)
  await expect
    .poll(() => app.notifications.map((n) => n.title))
    .toContain('How did the peer interview at Northwind go?')

  const prompt = duePanel(page).locator('.due-capture')
  await expect(prompt).toContainText('How did the peer interview at Northwind go?')
  await prompt.getByRole('button', { name: 'Note it now' }).focus()
  await page.keyboard.press('Enter')

  const dialog = page.getByRole('dialog', { name: 'How did the peer interview at Northwind go?' })
  await expect(dialog.getByLabel('Jane Doe')).toBeFocused()
  await page.keyboard.type('pairs on the billing service')
  await page.keyboard.press('Enter')
  await page.keyboard.type('moving to Kubernetes in Q3')
  await page.keyboard.press('Tab')
  await expect(dialog.getByLabel('Raj Patel')).toBeFocused()
  await page.keyboard.type('Friday demos')
  await page.keyboard.press('Tab')
  await expect(dialog.getByLabel('Someone else you met')).toBeFocused()
  await page.keyboard.type('Amy Chen')
  await page.keyboard.press('Enter')
  await expect(dialog.getByLabel('Amy Chen')).toBeFocused()
  await page.keyboard.type('asked how on-call works')
  await expect(dialog.getByRole('status')).toHaveText('All notes saved')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'quick-capture.png') })

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  const notes = await page.evaluate(async () => {
    const journal = await window.api.journal.get()
    if (!journal.ok) return []
    const j = journal.value
    return Object.values(j.notes)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((n) => `${j.people[n.personId]?.name}: ${n.text}`)
  })
  expect(notes).toEqual([
    'Jane Doe: pairs on the billing service',
    'Jane Doe: moving to Kubernetes in Q3',
    'Raj Patel: Friday demos',
    'Amy Chen: asked how on-call works'
  ])
  // Notes taken: the prompt is gone; Amy, added right there, is due a thank-you like the others.
  await expect(prompt).toHaveCount(0)
  await expect(dueItems(page)).toHaveCount(3)
  await app.close()
})

test('quiet hours in Settings: 21:00 to 08:00 by default, changed and kept across a relaunch', async () => {
  const dataDir = tempDataDir('reminders-quiet')
  startAtNoon()
  let app = await launchApp({ dataDir, now })
  await app.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click()
  let section = app.page.getByRole('region', { name: 'Quiet hours' })
  await expect(section.getByLabel('From')).toHaveValue('21:00')
  await expect(section.getByLabel('until')).toHaveValue('08:00')
  await section.getByLabel('until').fill('07:30')
  await section.getByLabel('From').focus() // leaving the field saves it
  await expect
    .poll(() =>
      app.page.evaluate(async () => {
        const journal = await window.api.journal.get()
        return journal.ok ? journal.value.settings.quietHours : null
      })
    )
    .toEqual({ enabled: true, start: '21:00', end: '07:30' })
  await section.scrollIntoViewIfNeeded()
  await app.page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-quiet-hours.png') })
  await app.close()

  app = await launchApp({ dataDir, now })
  await app.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click()
  section = app.page.getByRole('region', { name: 'Quiet hours' })
  await expect(section.getByLabel('until')).toHaveValue('07:30')
  await section.getByRole('switch').click()
  await expect(section.getByRole('switch')).not.toBeChecked()
  await expect(section.getByLabel('From')).toBeDisabled()
  await app.close()
})
