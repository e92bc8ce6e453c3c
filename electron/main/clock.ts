/**
 * The app's clock. Time is a dependency: handlers, the follow-up policy and the reminder scheduler take `now()`
 * instead of calling Date.now(), so tests can say "8 days later". In the real app the only way to shift it is
 * AFTERWORD_CLOCK_OFFSET_MS, which the e2e harness sets when it launches Electron with a test clock.
 */
export function clockFromEnv(
  env: Record<string, string | undefined>,
  real: () => number = Date.now
): () => Date {
  const raw = env['AFTERWORD_CLOCK_OFFSET_MS']?.trim()
  const offset = raw ? Number(raw) : 0
  if (!Number.isFinite(offset))
    throw new Error(`AFTERWORD_CLOCK_OFFSET_MS must be a number of milliseconds, got "${raw}".`)
  return () => new Date(real() + offset)
}
