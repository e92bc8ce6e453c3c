/** Channels and addresses: which channels are professional, and how two addresses are compared. */

export const PROFESSIONAL_CHANNELS: ReadonlySet<string> = new Set(['email', 'linkedin', 'handwritten'])

/** "E-mail", "LinkedIn", "hand-written" are the same channels as "email", "linkedin", "handwritten". */
export function channelOf(draftChannel: string): string {
  return draftChannel.toLowerCase().replace(/[^a-z]/g, '')
}

export const WEBMAIL =
  /@(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|yandex|zoho|fastmail|hey|tutanota|qq|163|126|sina|web|btinternet|comcast|sbcglobal|att|verizon|rediffmail|libero|laposte|orange|wanadoo|naver|hanmail)\.[a-z.]+$/i

/** Compares addresses and profile links loosely: case, a display name, "mailto:", the scheme and "www." aside. */
export function normalizeAddress(value: string): string {
  const bracketed = /<([^>]+)>/.exec(value)
  return (bracketed?.[1] ?? value)
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')
}
