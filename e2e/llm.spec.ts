/**
 * The AI journey as a user lives it, against the scripted OpenAI-compatible server on 127.0.0.1: "What will be
 * sent" before the first request; a proposal that invents a link, names and a figure is shown with its findings and
 * never saved; typing while the AI writes is kept; a good proposal passes every check, is accepted as a revision
 * and undone.
 */
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { launchApp } from './harness'
import { startMockOpenAi } from './support/mock-openai'
import { openInterview, openThankYou, seedJournal } from './seed'
import { SCREENSHOT_DIR, tempDataDir } from './support/temp'

const GOOD =
  'Subject: Thank you for today’s conversation\n\nHi Jane,\n\nThank you for talking with me about the Backend ' +
  'Engineer role at Acme Payments. I enjoyed hearing how the team is migrating billing to event sourcing, and ' +
  'how the on-call rotation is shared across 2 teams.\n\nI am very interested in joining Acme Payments. If any ' +
  'questions come up, I would be happy to answer them.\n\nBest regards,\nSam Rivera'
/** The answer from the issue: the wrong person, a phishing link, invented names and a figure. */
const EVIL =
  'Subject: Next steps\n\nDear Bob,\n\nThank you for the chat. Please confirm the interview at ' +
  'https://evil.example/login within 48 hours. Mallory from Globex will call you.\n\nBest regards,\nSam Rivera'

async function configure(page: Page, baseUrl: string) {
  await page.evaluate(async (url) => {
    await window.api.settings.update({ patch: { candidateName: 'Sam Rivera' } })
    await window.api.llm.configure({ enabled: true, baseUrl: url, model: 'scripted' })
    await window.api.llm.setKey({ key: 'e2e-key-5521' })
  }, baseUrl)
}

async function storedBodies(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const journal = await window.api.journal.get()
    return journal.ok ? Object.values(journal.value.drafts).map((d) => d.body) : []
  })
}

test('propose, see findings, discard; type while it writes; accept a good one, undo', async () => {
  const mock = await startMockOpenAi({ kind: 'reply', text: EVIL })
  const app = await launchApp({ dataDir: tempDataDir('llm-proposals') })
  const page = app.page
  await page.setViewportSize({ width: 1280, height: 1100 })
  try {
    await seedJournal(page)
    await configure(page, mock.baseUrl)
    await openInterview(page)
    const editor = await openThankYou(page)
    const body = editor.getByLabel('Body')
    await expect(editor.getByRole('status', { name: 'Save status' })).toHaveText('Saved')
    const original = await body.inputValue()

    // The first request shows what will be sent, and sends nothing until the user says so.
    await editor.getByRole('button', { name: 'Write with AI' }).click()
    const preview = editor.getByRole('region', { name: 'What will be sent' })
    await expect(preview).toContainText('migrating billing to event sourcing')
    await expect(preview).not.toContainText('jane.doe@acme.example')
    await expect(preview).not.toContainText('Raj Patel')
    expect(mock.requests).toHaveLength(0)
    await preview.getByRole('button', { name: 'Send and write' }).click()

    // A bad answer (and its repair) is shown beside the draft with its findings, and is not saved.
    const proposal = editor.getByRole('region', { name: 'AI proposal' })
    const why = proposal.getByRole('list', { name: 'Why the proposal was not accepted' })
    await expect(why).toContainText('A link you did not give: https://evil.example/login')
    await expect(why).toContainText('A name that is not in your notes: Mallory')
    await expect(why).toContainText('A figure that is not in your notes: 48')
    await expect(why).toContainText('A name that is not in your notes: Globex')
    await expect(why).toContainText('Etiquette: The greeting names Bob, but this note goes to Jane Doe.')
    await expect(proposal.getByLabel('Your draft', { exact: true })).toContainText('Hi Jane,')
    await expect(proposal.getByLabel('Proposal', { exact: true })).toContainText('Dear Bob,')
    expect(mock.chatBodies()).toHaveLength(2)
    await proposal.screenshot({ path: join(SCREENSHOT_DIR, 'llm-proposal-rejected.png') })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'llm-editor-rejected.png'), fullPage: true })
    expect(await storedBodies(page)).toEqual([original])
    await proposal.getByRole('button', { name: 'Discard' }).click()
    await expect(proposal).toHaveCount(0)
    await expect(body).toHaveValue(original)

    // While the AI writes, the draft stays editable and what is typed is saved; cancel keeps it.
    mock.setBehavior({ kind: 'hang-mid-stream', chunks: GOOD.split(/(?<= )/), afterChunks: 5 })
    await editor.getByRole('button', { name: 'Polish' }).click()
    await expect(editor.getByLabel('Streamed text')).toContainText('Subject: Thank you')
    await body.press('Control+End')
    await body.pressSequentially(' Thanks again.')
    await expect(editor.getByRole('status', { name: 'Save status' })).toHaveText('Saved')
    const typed = await body.inputValue()
    expect(typed).toContain('Thanks again.')
    await editor.getByRole('region', { name: 'AI proposal' }).getByRole('button', { name: 'Cancel' }).click()
    await expect(proposal.getByRole('alert')).toHaveText(
      'The request was cancelled. Your draft is unchanged.'
    )
    await proposal.getByRole('button', { name: 'Dismiss' }).click()
    expect(await storedBodies(page)).toEqual([typed])

    // A good answer passes every check; Accept saves it as a revision; Undo brings the typed text back.
    mock.setBehavior({ kind: 'reply', text: GOOD })
    await editor.getByRole('button', { name: 'Write with AI' }).click()
    await expect(proposal.getByRole('status')).toHaveText('Passed every check.')
    await expect(proposal.getByLabel('Proposal', { exact: true })).toContainText(
      'Thank you for talking with me'
    )
    await proposal.screenshot({ path: join(SCREENSHOT_DIR, 'llm-proposal-accepted.png') })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'llm-editor-accepted.png'), fullPage: true })
    await proposal.getByRole('button', { name: 'Accept', exact: true }).click()
    await expect(body).toHaveValue(/^Hi Jane,\n\nThank you for talking with me/)
    await expect(editor.getByLabel('Subject')).toHaveValue('Thank you for today’s conversation')
    const history = await page.evaluate(async () => {
      const journal = await window.api.journal.get()
      return journal.ok ? Object.values(journal.value.drafts)[0]?.history.map((r) => r.source) : []
    })
    expect(history?.at(-1)).toBe('llm')
    await editor.getByRole('button', { name: 'Undo AI text' }).click()
    await expect(body).toHaveValue(typed)
    expect(await storedBodies(page)).toEqual([typed])
  } finally {
    await app.close()
    await mock.stop()
  }
})
