/**
 * Search across the journal from the header: by a word of a note (Enter opens the application with the person's
 * card in view), by a person's name, by a spelling without accents, by company; keyboard only; no match; the list's
 * rows saying why they matched; axe with the results open, and screenshots in light and dark.
 */
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { launchApp, type LaunchedApp } from './harness'
import { seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const field = (page: Page) => page.getByRole('combobox', { name: 'Search people, notes, companies' })
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' })
const group = (page: Page, name: 'Applications' | 'People' | 'Notes') =>
  results(page).getByRole('group', { name: new RegExp(`^${name}`) })

/** The seeded Acme journal, plus Northwind where José Álvarez was met (and a private note about him). */
async function seed(page: Page): Promise<void> {
  await seedJournal(page)
  await page.evaluate(async () => {
    function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }
    const api = window.api
    const app = must(
      await api.applications.create({ company: 'Northwind', role: 'Data Analyst', status: 'applied' })
    )
    const interview = must(
      await api.interviews.create({
        applicationId: app.id,
        startAt: '2026-02-02T10:00:00Z',
        endAt: '2026-02-02T11:00:00Z',
        type: 'hiring-manager'
      })
    )
    const jose = must(
      await api.people.add({
        interviewId: interview.id,
        person: { name: 'José Álvarez', title: 'Head of Data' }
      })
    )
    const personId = jose.person.id
    must(await api.notes.add({ interviewId: interview.id, personId, text: 'wants dashboards in Looker' }))
    must(
      await api.notes.add({
        interviewId: interview.id,
        personId,
        text: 'team reorg in spring',
        use: 'private'
      })
    )
  })
}

let app: LaunchedApp
test.beforeEach(async () => {
  app = await launchApp({ dataDir: tempDataDir('search') })
  await seed(app.page)
})
test.afterEach(async () => app.close())

test('keyboard only: "/", a word of a note, ↓, Enter opens the application with the person\'s card in view', async () => {
  const page = app.page
  await page.locator('body').click()
  await page.keyboard.press('/')
  await expect(field(page)).toBeFocused()
  await page.keyboard.type('event sourcing')
  const note = group(page, 'Notes').getByRole('option')
  await expect(note).toHaveCount(1)
  await expect(note).toContainText('migrating billing to event sourcing')
  await expect(note).toContainText('Jane Doe · Acme Payments')
  await expect(note.locator('mark')).toHaveText(['event', 'sourcing'])

  await page.keyboard.press('ArrowDown')
  await expect(note).toHaveAttribute('aria-selected', 'true')
  await expect(field(page)).toHaveAttribute('aria-activedescendant', (await note.getAttribute('id')) ?? '')
  await page.keyboard.press('Enter')

  await expect(field(page)).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('main', { name: 'Acme Payments application' })).toBeVisible()
  const card = page.getByRole('article', { name: 'Jane Doe' })
  await expect(card).toBeInViewport()
  await expect(card).toHaveClass(/search-flash/)
  await expect(page.getByRole('list', { name: 'Notes about Jane Doe' })).toBeFocused()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-opened-card.png') })
})

test("a person's name, an accent-less spelling and a company find their hits; a click opens them", async () => {
  const page = app.page
  await field(page).fill('raj patel')
  const raj = group(page, 'People').getByRole('option')
  await expect(raj).toHaveCount(1)
  await expect(raj).toContainText('Raj Patel · Staff Engineer')
  await raj.click()
  await expect(page.getByRole('article', { name: 'Raj Patel' })).toBeInViewport()

  await field(page).fill('jose alvarez')
  const jose = group(page, 'People').getByRole('option')
  await expect(jose).toContainText('José Álvarez')
  await expect(jose.locator('mark')).toHaveText(['José', 'Álvarez'])
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-person-accents.png') })
  // The private note about him is found too, with its lock label.
  await field(page).fill('reorg')
  await expect(group(page, 'Notes').getByRole('option')).toContainText('Private · José Álvarez')

  await field(page).fill('NORTHW')
  const northwind = group(page, 'Applications').getByRole('option')
  await expect(northwind).toContainText('Northwind')
  await expect(northwind.locator('mark')).toHaveText('Northw')
  await page.keyboard.press('Enter') // with nothing chosen, Enter opens the first hit
  await expect(page.getByRole('main', { name: 'Northwind application' })).toBeVisible()
})

test('no match says so in plain words; Escape closes it and gives the focus back', async () => {
  const page = app.page
  const other = page.getByRole('button', { name: 'Add from invite…' })
  await other.focus()
  await page.keyboard.press('Control+f')
  await expect(field(page)).toBeFocused()
  await page.keyboard.type('zebra crossing')
  await expect(page.locator('.search-popup')).toHaveText('No match for “zebra crossing”.')
  await page.keyboard.press('Escape')
  await expect(field(page)).toHaveAttribute('aria-expanded', 'false')
  await expect(other).toBeFocused()
})

test('the application list finds by a note and says why in the row', async () => {
  const page = app.page
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Applications' }).click()
  const place = page.getByRole('main', { name: 'Applications' })
  await place.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'List' }).click()
  await place.getByRole('searchbox', { name: 'Search applications' }).fill('looker')
  const list = place.getByRole('region', { name: 'Application list' })
  const row = list.getByRole('button', { name: /Northwind/ })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('José Álvarez: wants dashboards in Looker')
  await page.setViewportSize({ width: 900, height: 600 })
  await list.screenshot({ path: join(SCREENSHOT_DIR, 'search-list-match.png') })
})

test('the open results have no axe violations, light and dark (screenshots)', async () => {
  const page = app.page
  await page.setViewportSize({ width: 900, height: 600 })
  await field(page).fill('a')
  await expect(group(page, 'Notes')).toBeVisible()
  await page.keyboard.press('ArrowDown')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    const found = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(found, scheme).toEqual([])
    await page.screenshot({ path: join(SCREENSHOT_DIR, `search-results-${scheme}.png`) })
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-results-1280-dark.png') })
})
