/**
 * Switches that exist for development and tests only. In the shipped app they are ignored: a renderer URL from the
 * environment would make main load (and trust for IPC) any page, and a clock offset would move every reminder and
 * timestamp. AFTERWORD_DATA_DIR is not among them: it is a user setting (a journal in a synced folder).
 */
export const DEV_ONLY_INPUTS = ['ELECTRON_RENDERER_URL', 'AFTERWORD_CLOCK_OFFSET_MS'] as const

/** The environment main may act on: all of it in development, without the dev-only switches when packaged. */
export function runtimeEnv(
  env: Record<string, string | undefined>,
  isPackaged: boolean
): Record<string, string | undefined> {
  if (!isPackaged) return env
  const kept = { ...env }
  for (const name of DEV_ONLY_INPUTS) delete kept[name]
  return kept
}
