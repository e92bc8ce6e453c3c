/**
 * Names as they appear in a greeting and a sign-off. The greeting must carry the interviewer's own first name,
 * spelled as the journal spells it (the checker compares it with `interviewer.name`).
 */

const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|miss|prof|sir|dame)\.?$/i

/**
 * The name to greet someone by: the first given name, without honorifics or a parenthetical such as pronouns.
 * "Doe, Jane" -> "Jane"; "Dr. Ana María López" -> "Ana"; a single name stays whole; an initial ("J. Doe")
 * would read oddly alone, so the whole name is used.
 */
export function greetingName(fullName: string): string {
  const withoutNotes = fullName
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const comma = /^([^,]+),\s*([^,]+)$/.exec(withoutNotes)
  const ordered = comma ? `${comma[2]} ${comma[1]}` : withoutNotes
  const parts = ordered.split(' ').filter((part) => part !== '' && !HONORIFIC.test(part))
  const first = parts[0] ?? withoutNotes
  if (/^\p{L}\.?$/u.test(first) && parts.length > 1) return parts.join(' ')
  // A name typed all in lower case ("jane") is capitalised; any other casing ("DeShawn", "van") is kept.
  return first === first.toLowerCase() ? first.charAt(0).toUpperCase() + first.slice(1) : first
}

/** The candidate's name for the sign-off, or null when the journal has none. */
export function signatureName(name: string | undefined): string | null {
  const trimmed = (name ?? '').replace(/\s+/g, ' ').trim()
  if (trimmed === '') return null
  // Typed all in lower case ("sam rivera"): capitalise each part; any other casing is the person's own.
  return trimmed === trimmed.toLowerCase()
    ? trimmed.replace(/(^|[\s'-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
    : trimmed
}
