/**
 * The people of an invite, from ORGANIZER and ATTENDEE: a display name and an e-mail address each, without the
 * user's own addresses and without rooms, resources and groups (a room is not someone to thank).
 */
import type ICAL from 'ical.js'

type Property = InstanceType<typeof ICAL.Property>

export interface InvitePerson {
  name: string
  email: string
}

const NOT_PEOPLE = new Set(['ROOM', 'RESOURCE', 'GROUP'])
// Google Calendar books rooms and shared calendars with addresses of these domains, often without CUTYPE.
const RESOURCE_DOMAINS = /@(resource\.calendar\.google\.com|group\.calendar\.google\.com)$/i
// Pronouns in a display name ('Zoë Faure (She/Her)') are not part of the name a greeting uses.
const PRONOUNS = /\s*\((she|he|they|ze|xe)\/\w+(\/\w+)?\)\s*$/i
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/

export function normalizeEmail(value: string): string {
  return value
    .trim()
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase()
}

function param(prop: Property, name: string): string {
  const value = prop.getParameter(name)
  return (Array.isArray(value) ? value.join(', ') : (value ?? '')).trim()
}

/** "Doe, Jane" (Exchange's habit) reads as "Jane Doe"; surrounding quotes and spaces go. */
export function displayName(cn: string, email: string): string {
  const name = cn
    .replace(/^["']+|["']+$/g, '')
    .replace(PRONOUNS, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (!name || normalizeEmail(name) === email) return nameFromEmail(email)
  const lastFirst = /^([^,]+),\s*([^,]+)$/.exec(name)
  if (lastFirst?.[1] && lastFirst[2] && !/\s/.test(lastFirst[1].trim())) {
    return `${lastFirst[2].trim()} ${lastFirst[1].trim()}`
  }
  return name.slice(0, 200)
}

/** "jane.doe@acme.com" → "Jane Doe": a name to start from when the invite gives none. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email
  const words = local
    .split(/[._+-]+/)
    .map((w) => w.replace(/\d+/g, ''))
    .filter(Boolean)
  if (words.length === 0) return email
  return words.map((w) => w[0]?.toUpperCase() + w.slice(1).toLowerCase()).join(' ')
}

/** The person a property names, or null for a room, a resource, a group or a value that is no e-mail address. */
export function personOf(prop: Property): InvitePerson | null {
  if (NOT_PEOPLE.has(param(prop, 'cutype').toUpperCase())) return null
  const value = prop.getFirstValue()
  let email = typeof value === 'string' ? normalizeEmail(value) : ''
  if (!EMAIL.test(email)) email = normalizeEmail(param(prop, 'email'))
  if (!EMAIL.test(email) || RESOURCE_DOMAINS.test(email)) return null
  return { name: displayName(param(prop, 'cn'), email), email }
}

/** Organizer first, then attendees in the invite's order; each address once; the user's own left out. */
export function peopleOf(
  organizer: InvitePerson | null,
  attendees: Property[],
  me: ReadonlySet<string>
): InvitePerson[] {
  const seen = new Set<string>()
  const people: InvitePerson[] = []
  for (const person of [organizer, ...attendees.map(personOf)]) {
    if (!person || me.has(person.email) || seen.has(person.email)) continue
    seen.add(person.email)
    people.push(person)
  }
  return people
}
