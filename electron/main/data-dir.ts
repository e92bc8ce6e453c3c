/**
 * Where the journal lives: `<userData>/journal` by default, or AFTERWORD_DATA_DIR (e2e tests and users who keep
 * their journal in a synced folder).
 */
import { isAbsolute, join } from 'node:path'

export function resolveDataDir(userData: string, env: Record<string, string | undefined>): string {
  const override = env['AFTERWORD_DATA_DIR']?.trim()
  if (override) {
    if (!isAbsolute(override))
      throw new Error(`AFTERWORD_DATA_DIR must be an absolute path, got "${override}".`)
    return override
  }
  return join(userData, 'journal')
}
