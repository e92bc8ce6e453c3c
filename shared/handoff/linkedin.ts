/**
 * "Copy and open profile" for LinkedIn: LinkedIn has no URL that fills in a message, so the app copies the note
 * and opens the person's profile, where the user pastes it. The profile link is whatever the user typed as their
 * LinkedIn contact ("linkedin.com/in/jane-doe", "http://de.linkedin.com/in/jane-doe/?trk=x", or just "jane-doe"),
 * normalised to one https URL the main process's allow-list accepts.
 */
import type { Contact } from '../model/journal'

const LINKEDIN_HOST = /^([a-z]{2,3}\.|www\.)?linkedin\.com$/i
/** A public profile name: letters (any script), digits, "-" and "_", as LinkedIn allows in /in/ names. */
const HANDLE = /^[\p{L}\p{N}_-]{3,100}$/u
const PROFILE_PATH = /^\/(in|pub)\/[^/?#\s]+(\/[^?#\s]*)?$/

/** The profile as `https://www.linkedin.com/in/<name>`, or null when the value is not a LinkedIn profile. */
export function linkedInProfileUrl(raw: string): string | null {
  const value = raw.trim()
  if (value === '') return null
  if (HANDLE.test(value)) return `https://www.linkedin.com/in/${encodeURIComponent(value)}`
  let url: URL
  try {
    url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`)
  } catch {
    return null
  }
  if (!LINKEDIN_HOST.test(url.hostname) || url.username !== '' || url.password !== '') return null
  const path = url.pathname.replace(/\/+$/, '')
  if (!PROFILE_PATH.test(path)) return null
  return `https://www.linkedin.com${path}`
}

export interface LinkedInHandoff {
  /** What to put on the clipboard: the note's body (LinkedIn messages have no subject). */
  copyText: string
  /** The profile to open after copying. */
  profileUrl: string
}

/** The hand-off for a person's first LinkedIn contact that is a profile link, or null when they have none. */
export function linkedInHandoff(contacts: readonly Contact[], body: string): LinkedInHandoff | null {
  for (const contact of contacts) {
    if (contact.kind !== 'linkedin') continue
    const profileUrl = linkedInProfileUrl(contact.value)
    if (profileUrl) return { copyText: body, profileUrl }
  }
  return null
}
