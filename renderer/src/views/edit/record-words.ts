/** The pure parts of the edit forms: what a form sends for a person's contacts, how a note is named in a toast. */
import type { Contact } from '../../../../shared/model/journal'

type EditableKind = 'email' | 'linkedin' | 'phone'

/**
 * The contacts as the form edits them: one email, LinkedIn and phone; any further ones (a second email, "other")
 * are kept as they were, so editing a name never loses a contact the form does not show.
 */
export function contactsFromForm(
  person: { contacts: Contact[] },
  edited: Record<EditableKind, string>
): Contact[] {
  const shown = new Set<Contact>()
  for (const kind of ['email', 'linkedin', 'phone'] as const) {
    const c = person.contacts.find((x) => x.kind === kind)
    if (c) shown.add(c)
  }
  const kept = person.contacts.filter((c) => !shown.has(c))
  const typed = (['email', 'linkedin', 'phone'] as const)
    .map((kind) => ({ kind, value: edited[kind].trim() }))
    .filter((c) => c.value !== '')
  return [...typed, ...kept]
}

/** A short name for a note in the Undo toast: its first words in quotes. */
export function noteLabel(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37).trimEnd()}…` : text
  return `the note “${short}”`
}
