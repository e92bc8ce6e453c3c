/**
 * The Content Security Policy of the app's page: only the app's own scripts and styles, no eval, no remote code,
 * no plugins, no framing, no form posts. Injected into index.html at build time (see electron.vite.config.ts) so the
 * same policy holds in Electron and in the e2e harness's Chromium; main also sends it as a header for http pages.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'"
].join('; ')
