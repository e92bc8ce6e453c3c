/**
 * A damaged journal at start: the app sets the file aside, restores what it can, and says so on screen, with
 * where the damaged file now is. Never a silent reset.
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { launchApp } from './harness'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

test('a corrupt journal file is set aside, restored, and the user is told where it is', async () => {
  const dataDir = tempDataDir('recovery')
  let app = await launchApp({ dataDir })
  await expect(app.page.getByRole('heading', { name: 'Afterword' })).toBeVisible()
  const created = await app.page.evaluate(() =>
    window.api.applications.create({ company: 'Acme Payments', role: 'Backend Engineer' })
  )
  expect(created.ok).toBe(true)
  await app.close()

  writeFileSync(join(dataDir, 'journal.json'), '{"schemaVersion": 1, "applications": {"trunc')

  app = await launchApp({ dataDir })
  const banner = app.page.getByRole('alert').filter({ hasText: 'Your journal was restored.' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('journal.corrupt-')
  const setAside = readdirSync(dataDir).filter((f) => f.startsWith('journal.corrupt-'))
  expect(setAside).toHaveLength(1)
  await expect(banner).toContainText(`The damaged file is kept at ${join(dataDir, setAside[0] ?? 'missing')}`)
  // The change made before the damage is still there: restored from the backup and the change log.
  await expect(
    app.page.getByRole('navigation', { name: 'Applications' }).getByRole('button', { name: /Acme Payments/ })
  ).toBeVisible()
  await app.page.screenshot({ path: join(SCREENSHOT_DIR, 'recovery-banner.png') })
  await app.close()
})

test('a journal that loads only in part: the banner names what was left out, and the original is set aside', async () => {
  const dataDir = tempDataDir('recovery-anomaly')
  const stamp = '2026-01-01T00:00:00.000Z'
  const acme = {
    id: 'acme',
    company: 'Acme Payments',
    role: 'Backend Engineer',
    status: 'applied',
    createdAt: stamp,
    updatedAt: stamp
  }
  // A record whose id is __proto__ cannot be kept in a JavaScript object; "jobs" is not a section Afterword knows.
  const text =
    `{"schemaVersion":1,"applications":{"__proto__":${JSON.stringify({ ...acme, id: '__proto__' })},` +
    `"acme":${JSON.stringify(acme)}},"jobs":{"j1":{}}}`
  writeFileSync(join(dataDir, 'journal.json'), text)

  const app = await launchApp({ dataDir })
  const banner = app.page.getByRole('alert').filter({ hasText: 'Your journal was restored.' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('1 in applications ("__proto__")')
  await expect(banner).toContainText('sections Afterword does not know ("jobs")')
  const setAside = readdirSync(dataDir).filter((f) => f.startsWith('journal.corrupt-'))
  expect(setAside).toHaveLength(1)
  await expect(
    app.page.getByRole('navigation', { name: 'Applications' }).getByRole('button', { name: /Acme Payments/ })
  ).toBeVisible()
  await app.page.screenshot({ path: join(SCREENSHOT_DIR, 'recovery-anomalies-banner.png') })
  await app.close()
})
