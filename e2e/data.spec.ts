/**
 * The user's data as files, for real: JSON and CSV exports written where the (scripted) save dialog says, a JSON
 * export imported into a fresh journal after a preview of both modes, and bad files refused with nothing changed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { openInterview, seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

async function openData(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Data' }).click()
  return page.getByRole('main', { name: 'Data' })
}

async function journalJson(page: Page): Promise<string> {
  return page.evaluate(async () => JSON.stringify(await window.api.journal.get()))
}

test('export JSON and CSV, then import the JSON into a fresh journal by merging', async () => {
  const files = tempDataDir('data-files')
  const jsonPath = join(files, 'journal.json')
  const applicationsCsv = join(files, 'applications.csv')
  const interviewsCsv = join(files, 'interviews.csv')

  const source = await launchApp({ dataDir: tempDataDir('data-source') })
  await seedJournal(source.page)
  let data = await openData(source.page)
  const result = data.getByRole('status', { name: 'Export result' })

  await source.dialogs.answerSave(jsonPath)
  await data.getByRole('button', { name: 'Export journal (JSON)' }).click()
  await expect(result).toHaveText(`Journal saved to ${jsonPath}`)
  const exported = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
    applications: Record<string, { company: string }>
    people: Record<string, { name: string }>
    notes: Record<string, unknown>
  }
  expect(Object.values(exported.applications).map((a) => a.company)).toEqual(['Acme Payments'])
  expect(
    Object.values(exported.people)
      .map((p) => p.name)
      .sort()
  ).toEqual(['Jane Doe', 'Raj Patel'])
  expect(Object.keys(exported.notes)).toHaveLength(3)

  await source.dialogs.answerSave(applicationsCsv)
  await data.getByRole('button', { name: 'Export applications CSV' }).click()
  await expect(result).toHaveText(`Applications CSV saved to ${applicationsCsv}`)
  const [header, row] = readFileSync(applicationsCsv, 'utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n')
  expect(header).toMatch(/^id,company,role,status/)
  expect(row).toContain('Acme Payments')

  await source.dialogs.answerSave(interviewsCsv)
  await data.getByRole('button', { name: 'Export interviews CSV' }).click()
  await expect(result).toHaveText(`Interviews CSV saved to ${interviewsCsv}`)
  expect(
    readFileSync(interviewsCsv, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n')[0]
  ).toMatch(/^id,applicationId,company,role/)

  // A cancelled save dialog writes nothing and says so.
  await data.getByRole('button', { name: 'Export journal (JSON)' }).click()
  await expect(result).toHaveText('Export cancelled; nothing was written.')
  await source.close()

  // A fresh journal that already holds another application: merge keeps it, replace would remove it.
  const target = await launchApp({ dataDir: tempDataDir('data-target') })
  const page = target.page
  await expect(page.getByRole('heading', { name: 'Afterword' })).toBeVisible()
  await page.evaluate(() =>
    window.api.applications.create({ company: 'Globex', role: 'SRE', status: 'applied' })
  )
  data = await openData(page)
  await target.dialogs.answerOpen(jsonPath)
  await data.getByRole('button', { name: 'Import…' }).click()
  const preview = data.getByRole('group', { name: 'Import journal.json' })
  const merge = preview.getByRole('table', { name: 'Merge preview' })
  const replace = preview.getByRole('table', { name: 'Replace preview' })
  await expect(merge.getByRole('row', { name: /^Applications/ })).toHaveText(/Applications\s*1\s*0\s*0/)
  await expect(merge.getByRole('row', { name: /^People \d/ })).toHaveText(/People\s*2\s*0\s*0/)
  await expect(merge.getByRole('row', { name: /^Notes/ })).toHaveText(/Notes\s*3\s*0\s*0/)
  await expect(replace.getByRole('row', { name: /^Applications/ })).toHaveText(/Applications\s*1\s*0\s*1/)

  await page.screenshot({ path: join(SCREENSHOT_DIR, 'data-import-preview.png'), fullPage: true })
  await preview.getByRole('radio', { name: 'Merge' }).check()
  await preview.getByRole('button', { name: 'Merge into my journal' }).click()
  await expect(data.getByRole('status')).toContainText('Imported (merge):')
  await expect(preview).toHaveCount(0)

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Today' }).click()
  const sidebar = page.getByRole('navigation', { name: 'Applications' })
  await expect(sidebar.getByRole('button', { name: /Globex/ })).toBeVisible()
  await openInterview(page)
  await expect(
    page.getByRole('article', { name: 'Jane Doe' }).getByRole('list', { name: 'Notes about Jane Doe' })
  ).toContainText('migrating billing to event sourcing')
  await target.close()
})

test('a bad file is refused in plain words and a cancelled import changes nothing', async () => {
  const files = tempDataDir('data-bad')
  const broken = join(files, 'broken.json')
  const notAJournal = join(files, 'notes.json')
  writeFileSync(broken, '{ "applications": ')
  writeFileSync(notAJournal, JSON.stringify({ hello: 'world' }))

  const app = await launchApp({ dataDir: tempDataDir('data-bad-journal') })
  const page = app.page
  await seedJournal(page)
  const before = await journalJson(page)
  const data = await openData(page)
  const importButton = data.getByRole('button', { name: 'Import…' })

  for (const file of [broken, notAJournal]) {
    await app.dialogs.answerOpen(file)
    await importButton.click()
    const alert = data.getByRole('alert')
    await expect(alert).toContainText('This file could not be imported:')
    await expect(alert).toContainText('Your journal was not changed.')
  }
  expect(await journalJson(page)).toBe(before)

  // A good file, previewed, then cancelled: nothing is imported.
  const good = join(files, 'good.json')
  writeFileSync(good, JSON.stringify((JSON.parse(before) as { value: unknown }).value))
  await page.evaluate(() =>
    window.api.applications.create({ company: 'Initech', role: 'Dev', status: 'saved' })
  )
  const withInitech = await journalJson(page)
  await app.dialogs.answerOpen(good)
  await importButton.click()
  const preview = data.getByRole('group', { name: 'Import good.json' })
  await preview.getByRole('radio', { name: 'Replace' }).check()
  await expect(preview.getByRole('button', { name: 'Replace my journal' })).toBeVisible()
  await preview.getByRole('button', { name: 'Cancel' }).click()
  await expect(preview).toHaveCount(0)
  expect(await journalJson(page)).toBe(withInitech)
  await app.close()
})
