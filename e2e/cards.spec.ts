/**
 * Cards you can live in (issue #9): every record is edited and deleted where it is shown. Edit a person's name and
 * an interview's time in place (the form closes on save, a refused edit says why by the field), delete a person and
 * bring them back with Undo, delete a note. Each change is checked in what main holds, not only on screen.
 */
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { openInterview, openThankYou, seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

interface Held {
  people: { id: string; name: string }[]
  notes: { text: string }[]
  interviews: { startAt: string; endAt: string }[]
}

type Table<T> = Record<string, T> | T[]

async function journal(page: Page): Promise<Held> {
  return page.evaluate(async () => {
    const answer = await window.api.journal.get()
    if (!answer.ok) throw new Error(answer.error.message)
    // Tables are keyed by id; the test reads them as lists.
    const list = <T>(t: Table<T>): T[] => (Array.isArray(t) ? t : Object.values(t))
    const j = answer.value as unknown as { [K in keyof Held]: Table<Held[K][number]> }
    return { people: list(j.people), notes: list(j.notes), interviews: list(j.interviews) }
  })
}

test('edit a name and an interview time in place, delete a person and undo, delete a note', async () => {
  const app = await launchApp({ dataDir: tempDataDir('cards') })
  const page = app.page
  await page.setViewportSize({ width: 1280, height: 800 })
  await seedJournal(page)
  await openInterview(page)

  // A person's name, edited in the card; the form closes after saving.
  const jane = page.getByRole('article', { name: 'Jane Doe' })
  await jane.getByRole('button', { name: 'Edit Jane Doe' }).click()
  const editPerson = page.getByRole('form', { name: 'Edit Jane Doe' })
  await editPerson.getByLabel('Name').fill('Jane Doe-Smith')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'cards-1-edit-person.png') })
  await editPerson.getByRole('button', { name: 'Save' }).click()
  await expect(editPerson).toBeHidden()
  const janeSmith = page.getByRole('article', { name: 'Jane Doe-Smith' })
  await expect(janeSmith.getByRole('heading', { name: 'Jane Doe-Smith' })).toBeVisible()
  expect((await journal(page)).people.map((p) => p.name)).toContain('Jane Doe-Smith')

  // An interview's time: a time that ends before it starts is refused by the Ends field, in plain words.
  await page.getByRole('button', { name: 'Edit interview' }).click()
  const editInterview = page.getByRole('form', { name: 'Edit interview' })
  await editInterview.getByLabel('Date').fill('2026-03-03')
  await editInterview.getByLabel('Starts').fill('14:00')
  await editInterview.getByLabel('Ends').fill('13:00')
  await editInterview.getByRole('button', { name: 'Save' }).click()
  const ends = editInterview.getByLabel('Ends')
  await expect(ends).toHaveAttribute('aria-invalid', 'true')
  await expect(editInterview).toContainText('An interview cannot end before it starts.')
  await expect(editInterview).not.toContainText('interviews:update')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'cards-2-edit-interview-problem.png') })
  await ends.fill('15:30')
  await editInterview.getByRole('button', { name: 'Save' }).click()
  await expect(editInterview).toBeHidden()
  const [interview] = (await journal(page)).interviews
  expect(Date.parse(interview!.endAt) - Date.parse(interview!.startAt)).toBe(90 * 60 * 1000)
  expect(new Date(interview!.startAt).getHours()).toBe(14)

  // Delete a person everywhere, then Undo from the toast: they come back with their notes.
  const raj = page.getByRole('article', { name: 'Raj Patel' })
  await raj.getByRole('button', { name: 'Delete Raj Patel everywhere' }).click()
  await expect(raj).toBeHidden()
  const toasts = page.getByRole('status', { name: 'Notifications' })
  const toast = toasts.locator('.toast', { hasText: 'Deleted Raj Patel' })
  await expect(toast).toBeVisible()
  expect((await journal(page)).people.map((p) => p.name)).not.toContain('Raj Patel')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'cards-3-undo-toast.png') })
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('article', { name: 'Raj Patel' })).toContainText('Friday demos')
  expect((await journal(page)).people.map((p) => p.name)).toContain('Raj Patel')

  // Delete a note.
  const notes = janeSmith.getByRole('list', { name: 'Notes about Jane Doe-Smith' })
  await notes.getByRole('button', { name: 'Delete note: shared on-call rotation across 2 teams' }).click()
  await expect(notes).not.toContainText('shared on-call rotation')
  await expect(toasts).toContainText('Deleted the note “shared on-call rotation across 2 teams”')
  expect((await journal(page)).notes.map((n) => n.text)).not.toContain(
    'shared on-call rotation across 2 teams'
  )

  // Edit a note's text in place.
  await notes.getByRole('button', { name: 'Edit note: migrating billing to event sourcing' }).click()
  await notes.getByLabel('Note text').fill('migrating billing to event sourcing (Kafka)')
  await notes.getByLabel('Note text').press('Enter')
  await expect(notes).toContainText('migrating billing to event sourcing (Kafka)')
  expect((await journal(page)).notes.map((n) => n.text)).toContain(
    'migrating billing to event sourcing (Kafka)'
  )
  await app.close()
})

test('a new interview that ends before it starts is refused by the Ends field; a good one closes the form', async () => {
  const app = await launchApp({ dataDir: tempDataDir('cards-forms') })
  const page = app.page
  await page.setViewportSize({ width: 1280, height: 800 })
  await seedJournal(page)
  await openInterview(page)
  await page.getByRole('button', { name: 'Add another interview…' }).click()
  const form = page.getByRole('form', { name: 'New interview' })
  await form.getByLabel('Date').fill('2026-12-08')
  await form.getByLabel('Starts').fill('15:00')
  await form.getByLabel('Ends').fill('14:00')
  await form.getByRole('button', { name: 'Add interview' }).click()
  await expect(form.getByLabel('Ends')).toHaveAttribute('aria-invalid', 'true')
  await expect(form).toContainText('An interview cannot end before it starts.')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'cards-4-new-interview-problem.png') })
  await form.getByLabel('Ends').fill('16:00')
  await form.getByRole('button', { name: 'Add interview' }).click()
  await expect(form).toBeHidden()
  await expect(page.getByRole('button', { name: 'Add another interview…' })).toBeVisible()
  expect((await journal(page)).interviews).toHaveLength(2)

  // The new interview is selected and has no one yet, so its person form is open; it closes after a save.
  const person = page.getByRole('form', { name: 'New person' })
  await person.getByLabel('Name').fill('Mia Wong')
  await person.getByRole('button', { name: 'Add person' }).click()
  await expect(page.getByRole('article', { name: 'Mia Wong' })).toBeVisible()
  await expect(person).toBeHidden()
  await expect(page.getByRole('button', { name: 'Add another person…' })).toBeVisible()
  await app.close()
})

test('the person card says what happened and offers only the next step', async () => {
  const app = await launchApp({ dataDir: tempDataDir('cards-follow-up') })
  const page = app.page
  await page.setViewportSize({ width: 1280, height: 800 })
  const seeded = await seedJournal(page)
  await openInterview(page)
  const jane = page.getByRole('article', { name: 'Jane Doe' })
  await expect(jane.getByLabel('Follow-up with Jane Doe')).toHaveText('No thank-you sent yet')
  await expect(jane.getByRole('button', { name: 'Write thank-you' })).toBeVisible()
  await expect(jane.getByRole('button', { name: 'Write check-in' })).toHaveCount(0)

  // The thank-you goes out (as the editor's "Mark as sent" does): the card says when, and the check-in is next.
  await page.evaluate(async ({ interviewId, janeId }) => {
    const composed = await window.api.drafts.compose({ interviewId, personId: janeId, kind: 'thank-you' })
    if (!composed.ok) throw new Error(composed.error.message)
    const sent = await window.api.drafts.markSent({ id: composed.value.draft.id })
    if (!sent.ok) throw new Error(sent.error.message)
  }, seeded)
  const status = jane.getByLabel('Follow-up with Jane Doe')
  await expect(status).toContainText('Thank-you sent Today')
  await expect(status).toContainText(/Check-in due \w{3}, \w{3} \d+/)
  await expect(jane.getByRole('button', { name: /thank-you$/ })).toHaveText(['View sent thank-you'])
  await expect(jane.getByRole('button', { name: 'Write check-in' })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'cards-5-person-sent.png') })

  // They reply: said plainly, and nothing more to write or log.
  await jane.getByRole('button', { name: 'Log a reply' }).click()
  await expect(status).toContainText('Replied Today')
  await expect(status).not.toContainText('Check-in due')
  for (const name of ['Write thank-you', 'Write check-in', 'Edit check-in', 'Log a reply']) {
    await expect(jane.getByRole('button', { name })).toHaveCount(0)
  }
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'cards-6-person-replied.png') })
  await app.close()
})

test('a thank-you opens in the mail app as a mailto, then "Did you send it?" marks it sent', async () => {
  const app = await launchApp({ dataDir: tempDataDir('cards-handoff') })
  const page = app.page
  await page.setViewportSize({ width: 1280, height: 800 })
  await seedJournal(page)
  await openInterview(page)
  const editor = await openThankYou(page)
  await editor.getByRole('button', { name: 'Open in mail app' }).click()
  await expect(editor.getByRole('group', { name: 'Did you send it?' })).toBeVisible()
  expect(app.openedExternally).toHaveLength(1)
  const url = new URL(app.openedExternally[0]!)
  expect(url.protocol).toBe('mailto:')
  expect(decodeURIComponent(url.pathname)).toBe('jane.doe@acme.example')
  expect(url.searchParams.get('body')).toMatch(/^Hi Jane,/)
  await editor.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'cards-7-handoff-asked.png') })
  await editor.getByRole('button', { name: 'Yes, mark as sent' }).click()
  await expect(
    page.getByRole('article', { name: 'Jane Doe' }).getByLabel('Follow-up with Jane Doe')
  ).toContainText('Thank-you sent Today')
  await app.close()
})
