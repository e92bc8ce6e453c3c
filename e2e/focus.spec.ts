/**
 * The draft in focus and the first run (issue #9): the body grows to show the whole note, an open draft is open
 * again after a relaunch, toasts leave the page's controls uncovered, and the time zone asked at first run is the
 * one reminders and dates use.
 */
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { openInterview, openThankYou, seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const TYPED = 'PS: I am still thinking about the idempotent retries you described.'

/** The body's own size: scrollHeight beyond clientHeight means the user has to scroll inside the box. */
const bodyBox = (body: Locator) =>
  body.evaluate((el: HTMLTextAreaElement) => {
    const backdrop = el.parentElement?.querySelector('.hl-backdrop')?.getBoundingClientRect()
    const own = el.getBoundingClientRect()
    return {
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
      height: own.height,
      backdrop: backdrop ? { top: backdrop.top - own.top, height: backdrop.height } : null
    }
  })

test('the body grows to show the whole thank-you, greeting to sign-off, with its marks aligned', async () => {
  const app = await launchApp({ dataDir: tempDataDir('focus-grow') })
  const page = app.page
  await page.setViewportSize({ width: 1280, height: 800 })
  await seedJournal(page)
  await page.evaluate(() => window.api.settings.update({ patch: { candidateName: 'Sam Rivera' } }))
  await openInterview(page)
  const editor = await openThankYou(page)
  const body = editor.getByLabel('Body')
  await expect(body).toHaveValue(/Sam Rivera\s*$/)

  const box = await bodyBox(body)
  expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight)
  // The highlight layer lies exactly over the textarea.
  expect(box.backdrop).toEqual({ top: 0, height: box.height })
  await editor.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'focus-editor-grown.png') })

  // A longer note grows the box with it, up to 70% of the window, and then the box scrolls.
  const before = box.height
  await body.fill(`${await body.inputValue()}\n\n${TYPED}`)
  await expect.poll(async () => (await bodyBox(body)).height).toBeGreaterThan(before)
  const grown = await bodyBox(body)
  expect(grown.scrollHeight).toBeLessThanOrEqual(grown.clientHeight)
  await body.fill(`${await body.inputValue()}\n${'One more line.\n'.repeat(60)}`)
  await expect.poll(async () => (await bodyBox(body)).height).toBe(Math.floor(800 * 0.7))
  const capped = await bodyBox(body)
  expect(capped.scrollHeight).toBeGreaterThan(capped.clientHeight)
  await app.close()
})

test('an open draft is open again after a relaunch: same draft, in view, typed text, cursor in the body', async () => {
  const dataDir = tempDataDir('focus-restore')
  let app = await launchApp({ dataDir })
  let page = app.page
  await seedJournal(page)
  await openInterview(page)
  let editor = await openThankYou(page)
  let body = editor.getByLabel('Body')
  await body.press('End')
  await page.keyboard.press('Control+End')
  await page.keyboard.type(`\n${TYPED}`)
  await expect(editor.getByRole('status', { name: 'Save status' })).toHaveText('Saved')
  await app.close()

  app = await launchApp({ dataDir })
  page = app.page
  editor = page.getByRole('region', { name: 'Thank-you to Jane Doe' })
  body = editor.getByLabel('Body')
  await expect(body).toHaveValue(new RegExp(`${TYPED}$`))
  await expect(editor).toBeInViewport()
  await expect(body).toBeFocused()
  // It is the draft that was saved, not a second one composed on the way.
  const drafts = await page.evaluate(async () => {
    const journal = await window.api.journal.get()
    return journal.ok ? Object.keys(journal.value.drafts).length : -1
  })
  expect(drafts).toBe(1)

  // If the person is gone meanwhile, the app opens on Today instead.
  await page.keyboard.press('Escape')
  await expect(editor).toHaveCount(0)
  await page.keyboard.press('Alt+ArrowLeft') // back to the draft
  await expect(editor).toBeVisible()
  await page.evaluate(async () => {
    const journal = await window.api.journal.get()
    if (!journal.ok) return
    const jane = Object.values(journal.value.people).find((p) => p.name === 'Jane Doe')
    if (jane) await window.api.people.delete({ id: jane.id })
  })
  await app.close()
  app = await launchApp({ dataDir })
  page = app.page
  await expect(page.getByRole('region', { name: 'Due now' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Thank-you to Jane Doe' })).toHaveCount(0)
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('afterword.place') ?? 'null')))
    .toEqual({ kind: 'today' })
  await app.close()
})

async function scrollPageToEnd(page: Page): Promise<void> {
  await page.locator('.app-body').evaluate((el) => el.scrollTo(0, el.scrollHeight))
}

/** The on-screen boxes of the visible buttons, inputs and links that a rectangle overlaps. */
async function controlsUnder(page: Page, cover: Locator): Promise<string[]> {
  const rect = await cover.boundingBox()
  if (!rect) return []
  return page.evaluate(
    ({ x, y, width, height }) =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')]
        .filter((el) => !el.closest('.toast-host') && el.offsetParent !== null)
        .filter((el) => {
          const r = el.getBoundingClientRect()
          return r.right > x && r.left < x + width && r.bottom > y && r.top < y + height
        })
        .map((el) => el.getAttribute('aria-label') ?? el.textContent ?? el.tagName),
    rect
  )
}

test('the undo toast covers no control: it takes its own strip under the page, whatever is scrolled where', async () => {
  const app = await launchApp({ dataDir: tempDataDir('focus-toast') })
  const page = app.page
  await page.setViewportSize({ width: 1280, height: 800 })
  await seedJournal(page)
  await openInterview(page)
  const raj = page.getByRole('article', { name: 'Raj Patel' })
  await raj.getByRole('button', { name: 'Delete Raj Patel everywhere' }).click()
  const toast = page.locator('.toast', { hasText: 'Deleted Raj Patel' })
  await expect(toast).toBeVisible()
  const addPerson = page.getByRole('button', { name: 'Add another person…' })
  await addPerson.scrollIntoViewIfNeeded()
  await expect(addPerson).toBeInViewport()
  expect(await controlsUnder(page, toast)).toEqual([])
  // Scrolled to the very end (the page scrolls below the header), the last control is still clear of the toast.
  await scrollPageToEnd(page)
  expect(await controlsUnder(page, toast)).toEqual([])
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'focus-toast-position.png') })
  await page.setViewportSize({ width: 900, height: 600 })
  await scrollPageToEnd(page)
  expect(await controlsUnder(page, toast)).toEqual([])
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'focus-toast-position-900.png') })
  await app.close()
})

/** The time of an instant in a zone as the window and the Due panel write it (the locale's short time). */
const clock = (ms: number, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { timeZone, timeStyle: 'short' }).format(new Date(ms))

test('first run: name, availability and a time zone other than the computer’s; drafts signed, times in that zone', async () => {
  const app = await launchApp({ dataDir: tempDataDir('focus-first-run') })
  const page = app.page
  const welcome = page.getByRole('region', { name: 'Welcome', exact: true })
  const zone = welcome.getByLabel('Your time zone, for reminders and times')
  // Prefilled with the computer's zone (the harness runs in UTC).
  const computer = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
  await expect(zone.locator('option:checked')).toContainText(`${computer.replace(/_/g, ' ')}`)
  await welcome.getByLabel('Your name, to sign your notes').fill('Sam Rivera')
  await welcome.getByLabel('When you are usually free').fill('Tuesday afternoons')
  await zone.selectOption('Asia/Tokyo')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'focus-first-run-zone.png') })
  await welcome.getByRole('button', { name: 'Save and start' }).click()
  await expect(welcome).toHaveCount(0)
  const settings = await page.evaluate(async () => {
    const answer = await window.api.settings.get()
    return answer.ok ? answer.value : null
  })
  expect(settings).toMatchObject({
    candidateName: 'Sam Rivera',
    availability: 'Tuesday afternoons',
    timeZone: 'Asia/Tokyo'
  })

  await seedJournal(page)
  const endAt = await page.evaluate(async () => {
    const journal = await window.api.journal.get()
    return journal.ok ? Object.values(journal.value.interviews)[0]?.endAt : undefined
  })
  const deadline = Date.parse(endAt ?? '') + 24 * 3600_000
  const due = page.getByRole('region', { name: 'Due now' })
  await expect(due).toContainText(`Thank Jane Doe for the peer interview: due by`)
  await expect(due).toContainText(clock(deadline, 'Asia/Tokyo'))
  await expect(due).not.toContainText(clock(deadline, 'UTC'))

  // The interview's time in the journal is in Tokyo too.
  await openInterview(page)
  await expect(page.getByRole('button', { name: /Peer · round 2/ }).first()).toContainText(
    clock(Date.parse(endAt ?? ''), 'Asia/Tokyo')
  )
  const editor = await openThankYou(page)
  await expect(editor.getByLabel('Body')).toHaveValue(/Sam Rivera\s*$/)

  // Settings shows the zone and changes it back to the computer's.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click()
  const candidate = page.getByRole('form', { name: 'Candidate' })
  await expect(candidate.getByLabel('Your time zone')).toHaveValue('Asia/Tokyo')
  await candidate.screenshot({ path: join(SCREENSHOT_DIR, 'focus-settings-zone.png') })
  await candidate.getByLabel('Your time zone').selectOption('')
  await candidate.getByRole('button', { name: 'Save' }).click()
  await expect(candidate.getByRole('status')).toHaveText('Saved')
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Today' }).click()
  await expect(due).toContainText(clock(deadline, 'UTC'))
  await app.close()
})
