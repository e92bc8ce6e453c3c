/**
 * Names as they appear in a greeting and a sign-off. The greeting must carry the interviewer's own first name,
 * spelled as the journal spells it (the checker compares it with `interviewer.name`), or their title and surname.
 */

const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame|rev)\.?$/i
/** Titles a careful writer keeps in a greeting ("Dear Dr. Solberg"); Mr./Ms. are left for first names. */
const ACADEMIC = /^(?:dr|prof|professor)\.?$/i
/** Letters after a name ("Ingrid Solberg, PhD"): a doctorate makes the greeting "Dr."; the rest are dropped. */
const DOCTORATE = /^(?:phd|ph\.d\.?|md|m\.d\.?|dphil|edd|dds|dvm|pharmd|psyd|dnp)$/i
const SUFFIX = /^(?:jr|sr|ii|iii|iv|mba|rn|bsn|msn|cpa|pe|esq|pmp|cfa|msc|ma|ms|bsc|ba|lcsw|np|pa-c)\.?$/i

/**
 * Second given names that make a compound first name with the one before ("Luz María", "Juan Carlos", "Mary Kate").
 * Used only when at least one more part (the surname) follows, so "María José" alone stays first name + surname.
 */
const SECOND_GIVEN = new Set(
  (
    'maría maria josé jose luis luís carlos ángel angel antonio manuel miguel eduardo alberto andrés pablo ' +
    'francisco javier ignacio elena isabel teresa carmen sofía lucía fernanda paula gabriela victoria ' +
    'kate anne ann marie mae lou jo beth sue lynn claude pierre luc paul louise noëlle joão paulo'
  ).split(' ')
)

interface NameParts {
  given: string[]
  surname: string[]
  title: string | null
}

/** The parts of a name: given names, surname and a greeting title ("Dr.", "Prof.") when the name carries one. */
export function nameParts(fullName: string): NameParts {
  const withoutNotes = fullName
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  let title: string | null = null
  // "Solberg, Ingrid" is surname first; "Ingrid Solberg, PhD" carries letters after the name.
  const [head = '', ...tail] = withoutNotes.split(/\s*,\s*/)
  const after = tail.flatMap((t) => t.split(' '))
  const lettersAfter = after.length > 0 && after.every((t) => DOCTORATE.test(t) || SUFFIX.test(t))
  if (lettersAfter && after.some((t) => DOCTORATE.test(t))) title = 'Dr.'
  const ordered = tail.length === 1 && !lettersAfter ? `${tail[0]} ${head}` : head
  const words = ordered.split(' ').filter((w) => w !== '')
  const parts: string[] = []
  for (const word of words) {
    if (HONORIFIC.test(word)) {
      if (ACADEMIC.test(word) && title === null) title = /^dr/i.test(word) ? 'Dr.' : 'Professor'
      continue
    }
    if (DOCTORATE.test(word)) title = 'Dr.'
    else if (!SUFFIX.test(word) || parts.length < 2) parts.push(word)
  }
  let givenCount = 1
  while (parts.length > givenCount + 1 && SECOND_GIVEN.has((parts[givenCount] ?? '').toLowerCase()))
    givenCount++
  return { given: parts.slice(0, givenCount), surname: parts.slice(givenCount), title }
}

/**
 * The name to greet someone by: the whole first name, without honorifics or a parenthetical such as pronouns.
 * "Doe, Jane" -> "Jane"; "Luz María Ortega" -> "Luz María"; "Mary-Kate Byrne" -> "Mary-Kate"; a single name stays
 * whole; an initial ("J. Doe") would read oddly alone, so the whole name is used.
 */
export function greetingName(fullName: string): string {
  const { given, surname } = nameParts(fullName)
  const first = given.join(' ')
  if (first === '') return fullName.trim()
  if (/^\p{L}\.?$/u.test(given[0] ?? '') && surname.length > 0) return [...given, ...surname].join(' ')
  // A name typed all in lower case ("jane") is capitalised; any other casing ("DeShawn", "van") is kept.
  return first === first.toLowerCase() ? capitalise(first) : first
}

/**
 * The salutation's name: "Dr. Solberg" for a doctor or professor (unless the user greets by first name), else the
 * first name. A title without a surname falls back to the first name.
 */
export function salutationName(fullName: string, byFirstName: boolean): { name: string; titled: boolean } {
  const { surname, title } = nameParts(fullName)
  if (!byFirstName && title !== null && surname.length > 0)
    return { name: `${title} ${surname.join(' ')}`, titled: true }
  return { name: greetingName(fullName), titled: false }
}

function capitalise(name: string): string {
  return name.replace(/(^|[\s'-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
}

/** The candidate's name for the sign-off, or null when the journal has none. */
export function signatureName(name: string | undefined): string | null {
  const trimmed = (name ?? '').replace(/\s+/g, ' ').trim()
  if (trimmed === '') return null
  // Typed all in lower case ("sam rivera"): capitalise each part; any other casing is the person's own.
  return trimmed === trimmed.toLowerCase() ? capitalise(trimmed) : trimmed
}
