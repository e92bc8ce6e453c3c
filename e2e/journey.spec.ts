/**
 * The first journey, for real: create an application, add an interview, the people met with their contacts and
 * bullet notes for each; close the app and launch it again on the same data dir; everything is still there.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

async function addPerson(
  page: Page,
  person: { name: string; title: string; email: string; linkedin?: string }
) {
  // The form closes after each person added; the next one starts from "Add another person…".
  const another = page.getByRole('button', { name: 'Add another person…' })
  if (await another.isVisible()) await another.click()
  const form = page.getByRole('form', { name: 'New person' })
  await form.getByLabel('Name').fill(person.name)
  await form.getByLabel('Title').fill(person.title)
  await form.getByLabel('Work email').fill(person.email)
  if (person.linkedin) await form.getByLabel('LinkedIn').fill(person.linkedin)
  await form.getByRole('button', { name: 'Add person' }).click()
  await expect(page.getByRole('article', { name: person.name })).toBeVisible()
  await expect(form).toBeHidden()
}

async function addNote(page: Page, person: string, text: string) {
  const card = page.getByRole('article', { name: person })
  await card.getByLabel(`New note about ${person}`).fill(text)
  await card.getByRole('button', { name: 'Add note' }).click()
  await expect(card.getByRole('list', { name: `Notes about ${person}` })).toContainText(text)
}

test('create an application, an interview, the people met and their notes; all survive a relaunch', async () => {
  const dataDir = tempDataDir('journey')
  let app = await launchApp({ dataDir })
  let page = app.page
  await expect(page.getByRole('heading', { name: 'Afterword' })).toBeVisible()
  await expect(page.getByText('No applications yet')).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Applications' })
    .getByRole('button', { name: 'New application' })
    .click()
  const newApplication = page.getByRole('form', { name: 'New application' })
  await newApplication.getByLabel('Company').fill('Acme Payments')
  await newApplication.getByLabel('Role').fill('Backend Engineer')
  await newApplication.getByLabel('Status').selectOption('interviewing')
  await newApplication.getByRole('button', { name: 'Add application' }).click()
  // The dialog closes and the new application opens; Today's list shows it with its status.
  await expect(newApplication).toHaveCount(0)
  await expect(page.getByRole('heading', { name: /Backend Engineer at Acme Payments/ })).toBeVisible()
  await expect(page.getByRole('main').getByRole('combobox', { name: /Status/ })).toHaveValue('interviewing')

  const newInterview = page.getByRole('form', { name: 'New interview' })
  await newInterview.getByLabel('Date').fill('2026-03-03')
  await newInterview.getByLabel('Starts').fill('14:00')
  await newInterview.getByLabel('Ends').fill('15:00')
  await newInterview.getByLabel('Type').selectOption('peer')
  await newInterview.getByLabel('Round').fill('2')
  await newInterview.getByLabel('Place or link').fill('Acme office, 3rd floor')
  await newInterview.getByRole('button', { name: 'Add interview' }).click()
  await expect(page.getByRole('button', { name: /Peer · round 2/ })).toContainText(
    'Tue, Mar 3, 2026, 2:00 PM–3:00 PM' // lib/datetime in the harness's en-US locale
  )

  await addPerson(page, {
    name: 'Jane Doe',
    title: 'Senior Engineer',
    email: 'jane.doe@acme.example',
    linkedin: 'linkedin.com/in/janedoe'
  })
  await addPerson(page, { name: 'Raj Patel', title: 'Staff Engineer', email: 'raj.patel@acme.example' })
  await addNote(page, 'Jane Doe', 'migrating billing to event sourcing')
  await addNote(page, 'Jane Doe', 'shared on-call rotation, 2 teams')
  await addNote(page, 'Raj Patel', 'Friday demos!!')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'journey-1-filled.png'), fullPage: true })
  await app.close()

  // The journal is a real file in the data dir, written by the real store.
  expect(readdirSync(dataDir).length).toBeGreaterThan(0)

  app = await launchApp({ dataDir })
  page = app.page
  // The relaunch reopens where the user was (the application); Today lists it with its status.
  await expect(page.getByRole('heading', { name: /Backend Engineer at Acme Payments/ })).toBeVisible()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Today' }).click()
  const sidebar = page.getByRole('navigation', { name: 'Applications' })
  await expect(sidebar.getByRole('button', { name: /Acme Payments/ })).toContainText('Interviewing')
  await sidebar.getByRole('button', { name: /Acme Payments/ }).click()
  await expect(page.getByRole('heading', { name: /Backend Engineer at Acme Payments/ })).toBeVisible()
  await expect(page.getByRole('main').getByRole('combobox', { name: /Status/ })).toHaveValue('interviewing')
  await page.getByRole('button', { name: /Peer · round 2/ }).click()
  const jane = page.getByRole('article', { name: 'Jane Doe' })
  await expect(jane).toContainText('Senior Engineer')
  await expect(jane).toContainText('jane.doe@acme.example')
  await expect(jane).toContainText('linkedin.com/in/janedoe')
  await expect(jane.getByRole('listitem').filter({ hasText: 'event sourcing' })).toHaveCount(1)
  await expect(jane.getByRole('list', { name: 'Notes about Jane Doe' }).getByRole('listitem')).toHaveText([
    /migrating billing to event sourcing/,
    /shared on-call rotation, 2 teams/
  ])
  const raj = page.getByRole('article', { name: 'Raj Patel' })
  await expect(raj.getByRole('list', { name: 'Notes about Raj Patel' }).getByRole('listitem')).toHaveText([
    /Friday demos!!/
  ])
  await expect(page.getByText('Acme office, 3rd floor')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'journey-2-relaunched.png'), fullPage: true })
  await app.close()
  expect(existsSync(dataDir)).toBe(true)
})
