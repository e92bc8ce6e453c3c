/**
 * Which base URLs the API key may be sent to. Pure, so Settings, the handlers, the CLI and the tests share it:
 * `https:` for any host, `http:` only for this machine (a local Ollama or LM Studio), never credentials in the
 * URL. The key is bound to the origin it was entered for (see handlers/llm.ts). The presets (OpenAI, Ollama,
 * LM Studio) are in the Settings page, renderer/src/views/settings/LlmSection.tsx.
 */

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

/** Why this base URL cannot be used, in plain words; null when it can. */
export function endpointProblem(baseUrl: string): string | null {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    return 'The base URL is not a valid address, e.g. https://api.openai.com/v1.'
  }
  if (url.username !== '' || url.password !== '')
    return 'The base URL must not contain a user name or password; put the key in the API key field.'
  if (url.protocol === 'https:') return null
  if (url.protocol === 'http:')
    return isLoopback(url.hostname)
      ? null
      : 'Plain http:// is only allowed for a server on this computer (127.0.0.1 or localhost); use https://.'
  return 'The base URL must start with https:// (or http:// for a server on this computer).'
}

/** The origin the key is bound to ("https://api.openai.com"), or null for an unusable URL. */
export function originOf(baseUrl: string): string | null {
  try {
    return new URL(baseUrl).origin
  } catch {
    return null
  }
}
