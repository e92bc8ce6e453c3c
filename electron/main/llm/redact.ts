/**
 * Removes credentials from text before it is logged, shown or returned. Every message that leaves the LLM client
 * passes through here, because error objects from HTTP libraries can echo request headers, URLs and bodies.
 */

export const REDACTED = '[redacted]'

/** Secrets shorter than this are not searched for: replacing "a" everywhere would garble the text for nothing. */
const MIN_SECRET_LENGTH = 4

/**
 * Patterns that look like credentials whatever the configured key is:
 * - `Authorization: Bearer abc`, `"authorization":"Basic abc"`, `x-api-key: abc`, `api-key=abc`;
 * - a bare `Bearer abc`;
 * - OpenAI-style keys (`sk-...`, `sk-proj-...`) and similar provider prefixes;
 * - the password in a URL (`https://user:pass@host`).
 */
const CREDENTIAL_PATTERNS: readonly [RegExp, string][] = [
  [
    /\b(authorization|proxy-authorization|x-api-key|api[-_]?key)(["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token)\s+)?[^\s"',;}]+/gi,
    `$1$2${REDACTED}`
  ],
  [/\bbearer\s+[A-Za-z0-9._~+/=-]{4,}/gi, `Bearer ${REDACTED}`],
  [/\b(?:sk|pk|rk)-[A-Za-z0-9_-]{8,}/g, REDACTED],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, `$1${REDACTED}@`]
]

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Returns `text` with every given secret (exact match) and every credential-looking token replaced. */
export function redact(text: string, secrets: readonly (string | null | undefined)[] = []): string {
  let result = text
  // Longest first, so a secret that contains another one is removed whole.
  const exact = secrets
    .filter((s): s is string => typeof s === 'string' && s.trim().length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length)
  for (const secret of exact) {
    result = result.replace(new RegExp(escapeRegExp(secret), 'g'), REDACTED)
    // Also the URL-encoded form, which appears when a key ends up in a query string.
    const encoded = encodeURIComponent(secret)
    if (encoded !== secret) result = result.replace(new RegExp(escapeRegExp(encoded), 'g'), REDACTED)
  }
  for (const [pattern, replacement] of CREDENTIAL_PATTERNS) result = result.replace(pattern, replacement)
  return result
}

/**
 * A one-line, redacted description of any thrown value: `Name: message` plus the chain of causes
 * (`fetch failed` alone says little; its cause says `ECONNREFUSED`). No stack: stacks are noise in a log line.
 */
export function describeError(error: unknown, secrets: readonly (string | null | undefined)[] = []): string {
  const parts: string[] = []
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current !== undefined && current !== null && !seen.has(current) && parts.length < 5) {
    seen.add(current)
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code
      const codeText = typeof code === 'string' ? ` (${code})` : ''
      parts.push(`${current.name}: ${current.message}${codeText}`)
      current = current.cause
    } else {
      parts.push(typeof current === 'string' ? current : safeStringify(current))
      current = undefined
    }
  }
  return redact(parts.join(' <- '), secrets)
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
