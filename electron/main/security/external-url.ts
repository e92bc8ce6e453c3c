/**
 * Which URLs the app may hand to the operating system (shell.openExternal). Only https: web pages and mailto:
 * addresses; never javascript:, file:, custom schemes, or an https URL that hides a user:password@ in front of the
 * host (a classic phishing disguise). Pure, so it is tested with a table of tricky URLs.
 */
export function isAllowedExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string') return false
  // Reject rather than trim: a URL with surrounding whitespace or control characters did not come from a clean link.
  // eslint-disable-next-line no-control-regex
  if (raw.length === 0 || raw.length > 2048 || /[\s\u0000-\u001f\u007f]/.test(raw)) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'mailto:') return url.pathname.includes('@') && !url.pathname.startsWith('//')
  if (url.protocol !== 'https:') return false
  if (url.username !== '' || url.password !== '') return false
  return url.hostname.length > 0
}
