/**
 * The Applications place as a board by status: a card moved by mouse drag, by dnd-kit's keys and by its "Move to…"
 * menu, each persisted in main (read back after a relaunch), with the words announced; the board/list choice
 * remembered; the new-application dialog (a blank company is refused by its field; a valid one opens the new
 * application).
 */
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' })
const place = (page: Page) => page.getByRole('main', { name: 'Applications' })
const column = (page: Page, label: string) => place(page).getByRole('region', { name: label, exact: true })
const card = (page: Page, company: string) => place(page).getByRole('article', { name: company, exact: true })
/** dnd-kit's live region (role=status, assertive): what a screen reader hears during a drag. */
const dndAnnouncer = (page: Page) => page.locator('[id^="DndLiveRegion"]')

/** Three applied applications, through the app's own api (the calls the UI makes). */
async function seedApplied(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Afterword' })).toBeVisible()
  await page.evaluate(async () => {
    for (const company of ['Acme Payments', 'Globex', 'Initech']) {
      const answer = await window.api.applications.create({
        company,
        role: 'Backend Engineer',
        status: 'applied'
      })
      if (!answer.ok) throw new Error(answer.error.message)
    }
  })
}

async function statusesInMain(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const answer = await window.api.journal.applications({ offset: 0, limit: 100 })
    if (!answer.ok) throw new Error(answer.error.message)
    return Object.fromEntries(answer.value.items.map((a) => [a.company, a.status]))
  })
}

/** A real mouse drag: dnd-kit starts a drag only after the pointer moved, so move in steps. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 10, from.y + 5, { steps: 3 })
  await page.mouse.move(to.x, to.y, { steps: 15 })
  await page.mouse.up()
}

async function centre(page: Page, locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 60) }
}

test('move cards by mouse, by keyboard and by the Move to… menu; each move is kept by main', async () => {
  const dataDir = tempDataDir('board')
  let app = await launchApp({ dataDir })
  let page = app.page
  await page.setViewportSize({ width: 1600, height: 900 })
  await seedApplied(page)
  await views(page).getByRole('button', { name: 'Applications' }).click()
  await expect(views(page).getByRole('button', { name: 'Applications' })).toHaveAttribute(
    'aria-current',
    'page'
  )
  await expect(column(page, 'Applied').getByRole('article')).toHaveCount(3)
  await expect(column(page, 'Applied').getByRole('heading')).toContainText('3')

  // 1. Mouse: Acme Payments from Applied to Interviewing.
  const handle = card(page, 'Acme Payments').getByRole('button', { name: 'Drag Acme Payments' })
  await drag(page, await centre(page, handle), await centre(page, column(page, 'Interviewing')))
  await expect(column(page, 'Interviewing').getByRole('article', { name: 'Acme Payments' })).toBeVisible()
  await expect(dndAnnouncer(page)).toHaveText('Moved Acme Payments to Interviewing.')

  // 2. Keyboard: Globex picked up with Space, two columns right (Screening, Interviewing), one back, Space drops.
  const globex = card(page, 'Globex').getByRole('button', { name: 'Drag Globex' })
  await globex.focus()
  await page.keyboard.press('Space')
  await expect(dndAnnouncer(page)).toContainText('Picked up Globex, in Applied.')
  await page.keyboard.press('ArrowRight')
  await expect(dndAnnouncer(page)).toHaveText('Globex is over Screening.')
  await page.keyboard.press('ArrowRight')
  await expect(dndAnnouncer(page)).toHaveText('Globex is over Interviewing.')
  await page.keyboard.press('ArrowLeft')
  await expect(dndAnnouncer(page)).toHaveText('Globex is over Screening.')
  await page.keyboard.press('Space')
  await expect(dndAnnouncer(page)).toHaveText('Moved Globex to Screening.')
  await expect(column(page, 'Screening').getByRole('article', { name: 'Globex' })).toBeVisible()
  // The moved card keeps the focus in its new column.
  await expect(card(page, 'Globex').getByRole('button', { name: 'Drag Globex' })).toBeFocused()

  // Escape puts a picked-up card back where it was.
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Escape')
  await expect(dndAnnouncer(page)).toHaveText('Move cancelled. Globex stays in Screening.')
  await expect(column(page, 'Screening').getByRole('article', { name: 'Globex' })).toBeVisible()

  // 3. The Move to… menu: Initech to Offer, by keyboard inside the menu.
  const initech = card(page, 'Initech')
  await initech.getByRole('button', { name: 'Move to…' }).click()
  const menu = initech.getByRole('menu', { name: 'Move Initech to' })
  await expect(menu.getByRole('menuitem')).toHaveCount(7)
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  await menu.getByRole('menuitem', { name: 'Offer' }).click()
  await expect(column(page, 'Offer').getByRole('article', { name: 'Initech' })).toBeVisible()
  await expect(place(page).getByRole('status').filter({ hasText: 'Moved Initech' })).toHaveText(
    'Moved Initech to Offer.'
  )
  await expect(column(page, 'Applied').getByRole('article')).toHaveCount(0)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'board-after-moves.png') })

  const expected = { 'Acme Payments': 'interviewing', Globex: 'screening', Initech: 'offer' }
  expect(await statusesInMain(page)).toEqual(expected)
  await app.close()

  // Kept: a relaunch on the same data reads the same statuses, and the board shows them.
  app = await launchApp({ dataDir })
  page = app.page
  expect(await statusesInMain(page)).toEqual(expected)
  await views(page).getByRole('button', { name: 'Applications' }).click()
  await expect(column(page, 'Offer').getByRole('article', { name: 'Initech' })).toBeVisible()
  await app.close()
})

test('a move main refuses puts the card back and says so', async () => {
  const app = await launchApp({ dataDir: tempDataDir('board-refused') })
  const page = app.page
  await seedApplied(page)
  await views(page).getByRole('button', { name: 'Applications' }).click()
  await expect(column(page, 'Applied').getByRole('article')).toHaveCount(3)
  // Main refuses the next update, as it does when the disk is full (the harness's window.api is a plain object).
  const refusal = 'Your change was not saved because the disk is full. Free some space and try again.'
  await page.evaluate((message) => {
    window.api.applications.update = async () => ({ ok: false, error: { code: 'storage', message } })
  }, refusal)
  await card(page, 'Globex').getByRole('button', { name: 'Move to…' }).click()
  await card(page, 'Globex').getByRole('menuitem', { name: 'Rejected' }).click()
  await expect(page.getByText(refusal)).toBeVisible()
  await expect(column(page, 'Rejected').getByRole('article')).toHaveCount(0)
  await expect(column(page, 'Applied').getByRole('article', { name: 'Globex' })).toBeVisible()
  await expect(place(page).getByRole('status').filter({ hasText: 'Globex' })).toHaveText(
    'Globex could not be moved; it stays in Applied.'
  )
  await app.close()
})

test('board or list is remembered; the list filters too', async () => {
  const app = await launchApp({ dataDir: tempDataDir('board-mode') })
  const page = app.page
  await seedApplied(page)
  await views(page).getByRole('button', { name: 'Applications' }).click()
  const showAs = place(page).getByRole('group', { name: 'Show as' })
  await expect(showAs.getByRole('button', { name: 'Board' })).toHaveAttribute('aria-pressed', 'true')
  await showAs.getByRole('button', { name: 'List' }).click()
  const list = place(page).getByRole('region', { name: 'Application list' })
  await expect(list.getByRole('button', { name: /Globex/ })).toBeVisible()
  await page.reload()
  await expect(showAs.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true')
  await expect(list.getByRole('button', { name: /Globex/ })).toBeVisible()

  // The filters narrow the board as well: a search leaves one card, a status one column.
  await showAs.getByRole('button', { name: 'Board' }).click()
  await place(page).getByRole('searchbox', { name: 'Search applications' }).fill('initech')
  await expect(place(page).getByRole('article')).toHaveCount(1)
  await place(page).getByLabel('Show status').selectOption('offer')
  await expect(place(page).getByRole('region')).toHaveCount(1)
  await expect(column(page, 'Offer')).toBeVisible()
  await app.close()
})

test('the new-application dialog: a blank company is refused by its field; a valid one opens the application', async () => {
  const app = await launchApp({ dataDir: tempDataDir('board-new') })
  const page = app.page
  await expect(page.getByRole('heading', { name: 'Afterword' })).toBeVisible()
  await page.getByRole('button', { name: 'Skip for now' }).click()
  // Ctrl+N opens it wherever the user is (here: Settings).
  await views(page).getByRole('button', { name: 'Settings' }).click()
  await page.keyboard.press('Control+n')
  const dialog = page.getByRole('dialog', { name: 'New application' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Company')).toBeFocused()
  await dialog.getByLabel('Role').fill('Data Analyst')
  await dialog.getByRole('button', { name: 'Add application' }).click()
  await expect(dialog.getByLabel('Company')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByLabel('Company')).toHaveAccessibleDescription(/company/i)
  await expect(dialog).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'board-new-application-problem.png') })

  await dialog.getByLabel('Company').fill('Northwind')
  await dialog.getByLabel('Status').selectOption('screening')
  await dialog.getByRole('button', { name: 'Add application' }).click()
  await expect(dialog).toBeHidden()
  const opened = page.getByRole('main', { name: 'Northwind application' })
  await expect(opened.getByRole('heading', { name: 'Data Analyst at Northwind' })).toBeVisible()
  await expect(opened.getByRole('combobox', { name: 'Status' })).toHaveValue('screening')
  // The way back leads to Today, where it was opened from (Settings was left for the new application).
  await opened.getByRole('button', { name: 'Today' }).click()
  await expect(
    page.getByRole('navigation', { name: 'Applications' }).getByRole('button', { name: /Northwind/ })
  ).toBeVisible()
  await app.close()
})
