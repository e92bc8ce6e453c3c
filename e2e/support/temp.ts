import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh data dir for one test's journal. */
export function tempDataDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `afterword-e2e-${label}-`))
}

export const SCREENSHOT_DIR = join(__dirname, '..', 'screenshots')
