/**
 * Settings, for real: the rule switches and the candidate's details persist across a relaunch; the LLM is
 * configured against a real OpenAI-compatible server (the mock), its key never reaches the page, the models it
 * offers are listed, and the key is removed when the settings point at another server. Proposals: llm.spec.ts.
 */
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { RULE_IDS } from '../shared/etiquette/rules'
import { launchApp } from './harness'
import { startMockOpenAi } from './support/mock-openai'
import { seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const API_KEY = 'sk-e2e-secret-9f4c1a77d2'

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click()
  return page.getByRole('main', { name: 'Settings' })
}

test('rule switches and the candidate details persist across a relaunch', async () => {
  const dataDir = tempDataDir('settings-rules')
  let app = await launchApp({ dataDir })
  let settings = await openSettings(app.page)
  await expect(settings.getByRole('list', { name: 'Rules' }).getByRole('switch')).toHaveCount(RULE_IDS.length)
  await settings.getByRole('switch', { name: 'Casual tone' }).uncheck()
  await settings.getByRole('switch', { name: 'No offer to help' }).uncheck()
  const candidate = settings.getByRole('form', { name: 'Candidate' })
  await candidate.getByLabel('Your name').fill('Sam Rivera')
  await candidate.getByLabel('Your availability').fill('Tuesday or Thursday afternoons')
  await candidate.getByRole('button', { name: 'Save' }).click()
  await expect(candidate.getByRole('status')).toHaveText('Saved')
  const reminders = settings.getByRole('switch', { name: 'Notify me when a thank-you or check-in is due' })
  await expect(reminders).toBeChecked()
  await reminders.uncheck()
  await expect
    .poll(() =>
      app.page.evaluate(async () => {
        const journal = await window.api.journal.get()
        return journal.ok ? journal.value.settings.notifications : null
      })
    )
    .toBe(false)
  await app.close()

  app = await launchApp({ dataDir })
  settings = await openSettings(app.page)
  await expect(settings.getByRole('switch', { name: 'Casual tone' })).not.toBeChecked()
  await expect(settings.getByRole('switch', { name: 'No offer to help' })).not.toBeChecked()
  await expect(settings.getByRole('switch', { name: 'Spelling' })).toBeChecked()
  await expect(
    settings.getByRole('switch', { name: 'Notify me when a thank-you or check-in is due' })
  ).not.toBeChecked()
  await expect(settings.getByLabel('Your name')).toHaveValue('Sam Rivera')
  await expect(settings.getByLabel('Your availability')).toHaveValue('Tuesday or Thursday afternoons')
  // Switching a rule back on is kept too (main holds the list, the page only mirrors it).
  await settings.getByRole('switch', { name: 'Casual tone' }).check()
  const disabled = await app.page.evaluate(async () => {
    const journal = await window.api.journal.get()
    return journal.ok ? journal.value.settings.disabledRules : null
  })
  expect(disabled).toEqual(['questions.missing'])
  await app.close()
})

test('LLM: configure, store a key that never reaches the page, test and list models, key removed for a new server', async () => {
  const mock = await startMockOpenAi({ kind: 'reply', text: 'OK' })
  const app = await launchApp({ dataDir: tempDataDir('settings-llm') })
  const page = app.page
  try {
    await seedJournal(page)
    const settings = await openSettings(page)
    const llmForm = settings.getByRole('form', { name: 'LLM settings' })
    await llmForm.getByRole('switch', { name: 'Use an LLM to write and polish drafts' }).check()
    await llmForm.getByLabel(/^Base URL/).fill(mock.baseUrl)
    await llmForm.getByLabel('Model').fill('mock-model')
    await llmForm.getByRole('button', { name: 'Save LLM settings' }).click()
    await expect(llmForm.getByRole('status')).toHaveText('Saved')

    const keyForm = settings.getByRole('form', { name: 'API key' })
    await expect(keyForm).toContainText('No API key is stored.')
    await keyForm.getByLabel('API key').fill(API_KEY)
    await keyForm.getByRole('button', { name: 'Store key' }).click()
    await expect(keyForm).toContainText('A key is stored')
    await expect(keyForm.getByLabel('New API key')).toHaveValue('')

    await settings.getByRole('button', { name: 'Test connection' }).click()
    await expect(settings.getByRole('status', { name: 'Connection test' })).toHaveText(
      'Connected: the model “mock-model” answered.'
    )
    // The key went to the server, and nowhere the page can read.
    expect(mock.requests.at(-1)?.headers['authorization']).toBe(`Bearer ${API_KEY}`)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings.png'), fullPage: true })
    expect(await page.content()).not.toContain(API_KEY)
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(API_KEY)
    const journalText = await page.evaluate(async () => JSON.stringify(await window.api.journal.get()))
    expect(journalText).toContain('"hasApiKey":true')
    expect(journalText).not.toContain(API_KEY)

    // The models the server offers are listed; clicking one fills the model field.
    await settings
      .getByRole('group', { name: 'Models offered' })
      .getByRole('button', { name: 'mock-model' })
      .click()
    await expect(llmForm.getByLabel('Model')).toHaveValue('mock-model')

    // Pointing the settings at another server removes the key: it was entered for this one.
    await llmForm.getByRole('combobox', { name: 'Server' }).selectOption({ label: 'Ollama (this computer)' })
    await expect(llmForm.getByLabel(/^Base URL/)).toHaveValue('http://127.0.0.1:11434/v1')
    await llmForm.getByRole('button', { name: 'Save LLM settings' }).click()
    await expect(keyForm).toContainText('No API key is stored. The server changed')
    // Plain http to another computer is refused in plain words.
    await llmForm.getByRole('combobox', { name: 'Server' }).selectOption({ label: 'Custom' })
    await llmForm.getByLabel(/^Base URL/).fill('http://llm.example.com/v1')
    await llmForm.getByRole('button', { name: 'Save LLM settings' }).click()
    await expect(
      page.getByRole('alert').filter({ hasText: 'only allowed for a server on this computer' })
    ).toBeVisible()
    expect(await page.content()).not.toContain(API_KEY)
  } finally {
    await app.close()
    await mock.stop()
  }
})
