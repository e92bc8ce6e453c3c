/**
 * `npm run bench:ui`: drives the built app through the e2e harness (e2e/harness.ts; Chromium here) on a small
 * journal and on the heavy one (scripts/fixtures/heavy-journal.ts) in one run, and prints one JSON line per figure,
 * `{ name, value, unit }`, each with a `.small` and a `.heavy` suffix, plus the renderer bundle's gzip size.
 * Timings are medians of REPS passes (each pass opens a different person's draft); run `npm run build` first.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { launchApp, ROOT } from './harness'
import { encodeSnapshot } from '../electron/main/store/snapshot'
import { SNAPSHOT_FILE } from '../electron/main/store/startup'
import type { Journal } from '../shared/model/journal'
import { generateHeavyJournal, HEAVY_JOURNAL_SIZE, scaleSize } from '../scripts/fixtures/heavy-journal'

const REPS = 3
/** Typed into the body in each pass: the keystrokes whose paint time is measured. */
const TYPED = ' Thanks again for the chat.'
/** How long to keep counting bytes after an answer, for the messages that follow it (change events, refetches). */
const SETTLE_MS = 800

function emit(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}\n`)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))] ?? NaN
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** A person to thank in the pass: found in the journal the way a user would find them in the UI. */
interface Target {
  company: string
  interviewIndex: number
  personIndex: number
}

/** The newest applications (the top of the list) that have an interview with someone met in it. */
function targetsOf(journal: Journal, count: number): Target[] {
  const apps = Object.values(journal.applications).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const targets: Target[] = []
  for (const app of apps) {
    const interviews = Object.values(journal.interviews)
      .filter((i) => i.applicationId === app.id)
      .sort((a, b) => a.startAt.localeCompare(b.startAt))
    const interviewIndex = interviews.findIndex((i) =>
      Object.values(journal.meetings).some((m) => m.interviewId === i.id && journal.people[m.personId])
    )
    if (interviewIndex >= 0) targets.push({ company: app.company, interviewIndex, personIndex: 0 })
    if (targets.length === count) break
  }
  if (targets.length < count) throw new Error('The bench journal has too few applications with people met.')
  return targets
}

function latestInterviewEnd(journal: Journal): Date {
  const ends = Object.values(journal.interviews).map((i) => Date.parse(i.endAt))
  return new Date(Math.max(...ends) + 2 * 3600_000)
}

/** Counts the bytes crossing the bridge since the last reset. */
function byteCounter() {
  let bytes = 0
  return {
    onIpc: (message: { bytes: number }) => void (bytes += message.bytes),
    reset: () => void (bytes = 0),
    read: () => bytes
  }
}

/** Per keystroke: from the key event to the first task after the next animation frame (≈ the paint). */
async function watchKeystrokePaint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __paints: number[] }
    w.__paints = []
    document.addEventListener('keydown', (event) => {
      const at = event.timeStamp
      requestAnimationFrame(() => setTimeout(() => w.__paints.push(performance.now() - at), 0))
    })
  })
}

async function onePass(page: Page, target: Target, bytes: ReturnType<typeof byteCounter>) {
  const app = page.locator('.app-item', {
    has: page.locator('.app-company', { hasText: new RegExp(`^${target.company}$`) })
  })
  const detail = page.locator(`main.detail[aria-label="${target.company} application"]`)
  let start = performance.now()
  await app.first().click()
  await detail.locator('.interview-item').nth(target.interviewIndex).waitFor()
  const openApplication = performance.now() - start

  await detail.locator('.interview-item').nth(target.interviewIndex).click()
  const person = detail.locator('article.person').nth(target.personIndex)
  await person.waitFor()
  start = performance.now()
  await person.getByRole('button', { name: /^(Write|Edit) thank-you$/ }).click()
  const body = page.locator('section.editor textarea')
  await body.waitFor()
  const openEditor = performance.now() - start
  await page.locator('.check-summary[aria-busy="false"]').waitFor({ timeout: 120_000 })
  const composeToFindings = performance.now() - start

  await body.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(TYPED.slice(0, -1), { delay: 60 })
  await sleep(SETTLE_MS * 2)
  const status = page.getByRole('status', { name: 'Save status' })
  await status.filter({ hasText: /^Saved$/ }).waitFor({ timeout: 120_000 })
  bytes.reset()
  start = performance.now()
  await page.keyboard.type(TYPED.slice(-1))
  await status.filter({ hasText: /^Unsaved changes|Saving…$/ }).waitFor({ timeout: 120_000 })
  await status.filter({ hasText: /^Saved$/ }).waitFor({ timeout: 120_000 })
  const lastKeyToSaved = performance.now() - start
  await sleep(SETTLE_MS)
  const autosaveBytes = bytes.read()
  await page.locator('section.editor').getByRole('button', { name: 'Close' }).click()
  return { openApplication, openEditor, composeToFindings, lastKeyToSaved, autosaveBytes }
}

/** Reopens on Today (a reload reopens the last place, and a pass ends on an application). */
async function reloadOnToday(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('afterword.place', JSON.stringify({ kind: 'today' })))
  await page.reload()
}

/**
 * Today → Applications as a board: from the click until every column has its first page on screen (each column
 * asks main for its own page of at most 50 cards), with the bytes that crossed the bridge for it.
 */
async function openBoard(page: Page, bytes: ReturnType<typeof byteCounter>) {
  await page.evaluate(() => localStorage.setItem('afterword.applications-view', 'board'))
  await reloadOnToday(page)
  await page.locator('.app-item').first().waitFor({ timeout: 120_000 })
  await sleep(SETTLE_MS)
  bytes.reset()
  const start = performance.now()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Applications' }).click()
  await page.locator('.board-card').first().waitFor({ timeout: 120_000 })
  await page.waitForFunction(
    () => ![...document.querySelectorAll('.board-empty')].some((e) => e.textContent?.includes('Loading'))
  )
  const ms = performance.now() - start
  await sleep(SETTLE_MS)
  return { ms, bytes: bytes.read(), cards: await page.locator('.board-card').count() }
}

async function benchJournal(label: 'small' | 'heavy', journal: Journal): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), `afterword-bench-ui-${label}-`))
  writeFileSync(join(dataDir, SNAPSHOT_FILE), encodeSnapshot(journal, 0, new Date()))
  const now = latestInterviewEnd(journal)
  const bytes = byteCounter()
  const launched = await launchApp({ dataDir, now: () => now, onIpc: bytes.onIpc })
  const { page } = launched
  const figures: Record<string, number[]> = {}
  const add = (name: string, value: number) => (figures[name] ??= []).push(value)
  try {
    await page.locator('.app-item').first().waitFor({ timeout: 120_000 }) // first open: writes the daily backup
    const targets = targetsOf(journal, REPS)
    await watchKeystrokePaint(page)
    for (const target of targets) {
      bytes.reset()
      const start = performance.now()
      await reloadOnToday(page)
      await page.locator('.app-item').first().waitFor({ timeout: 120_000 })
      add('ui.reload_to_list_ms', performance.now() - start)
      await page.locator('.due-panel').waitFor({ timeout: 120_000 })
      await sleep(SETTLE_MS)
      add('ipc.bytes_at_start', bytes.read())
      add('ui.dom_nodes', await page.evaluate(() => document.getElementsByTagName('*').length))
      await watchKeystrokePaint(page)
      const pass = await onePass(page, target, bytes)
      add('ui.open_application_ms', pass.openApplication)
      add('ui.open_editor_ms', pass.openEditor)
      add('ui.compose_to_findings_ms', pass.composeToFindings)
      add('ui.last_key_to_saved_ms', pass.lastKeyToSaved)
      add('ipc.bytes_per_autosave', pass.autosaveBytes)
      for (const paint of await page.evaluate(() => (window as unknown as { __paints: number[] }).__paints)) {
        add('ui.keystroke_paint_ms', paint)
      }
    }
    for (let rep = 0; rep < REPS; rep++) {
      const board = await openBoard(page, bytes)
      add('ui.open_board_ms', board.ms)
      add('ipc.bytes_open_board', board.bytes)
      add('ui.board_cards', board.cards)
    }
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    const unit = (name: string) => (name.endsWith('_ms') ? 'ms' : name.startsWith('ipc.') ? 'bytes' : 'count')
    for (const [name, values] of Object.entries(figures)) {
      if (name === 'ui.keystroke_paint_ms') emit(`ui.keystroke_paint_p95_ms.${label}`, p95(values), 'ms')
      else emit(`${name}.${label}`, median(values), unit(name))
    }
    emit(`ui.heap_mb.${label}`, heap.usedSize / 1e6, 'MB')
  } finally {
    await launched.close()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(join(dataDir, '..', `${dataDir.split('/').at(-1)}-secrets`), { recursive: true, force: true })
  }
}

function rendererGzipBytes(): number {
  const assets = join(ROOT, 'out/renderer/assets')
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file))).length, 0)
}

async function main(): Promise<void> {
  process.env['AFTERWORD_E2E_RUNTIME'] ??= 'chromium'
  console.log = (...args: unknown[]) => console.error(...args) // stdout carries only the figures
  await benchJournal('small', generateHeavyJournal(scaleSize(10 / HEAVY_JOURNAL_SIZE.applications)))
  await benchJournal('heavy', generateHeavyJournal())
  emit('bundle.renderer_js_gzip_bytes', rendererGzipBytes(), 'bytes')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
