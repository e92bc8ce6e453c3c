/**
 * Which company an invite is from: the organiser's and attendees' mail domains and the title, compared with the
 * journal's applications by a loose key ("Acme Corp." ~ "acme-corp.com" ~ "ACME").
 */
const LEGAL_FORMS =
  /\b(inc|llc|ltd|limited|gmbh|ag|sa|sas|bv|nv|plc|corp|corporation|co|company|group|holdings?)\b\.?/g
// Personal mail and recruiting or meeting platforms say nothing about the employer.
const NOT_EMPLOYERS = new Set(
  (
    'gmail googlemail outlook hotmail live msn yahoo icloud me mac aol proton protonmail pm gmx web mail zoho ' +
    'fastmail hey greenhouse lever ashbyhq workday myworkday calendly goodtime zoom google microsoft ' +
    'smartrecruiters icims gem modernloop prelude teamtailor recruitee personio bamboohr example'
  ).split(' ')
)
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or'])

export function companyKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-_.]+/g, ' ')
    .replace(LEGAL_FORMS, '')
    .replace(/[^a-z0-9]/g, '')
}

/** "jane@mail.acme-corp.co.uk" → "acme-corp"; null for personal mail and platforms. */
export function employerLabel(email: string): string | null {
  const parts = (email.split('@')[1] ?? '').split('.').filter(Boolean)
  parts.pop()
  if (parts.length > 1 && SECOND_LEVEL.has(parts.at(-1) ?? '')) parts.pop()
  const label = parts.at(-1) ?? ''
  return label && !NOT_EMPLOYERS.has(label) ? label : null
}

/** "acme-corp" → "Acme Corp": a company name to start a new application from. */
export function companyFromLabel(label: string): string {
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => (w[0]?.toUpperCase() ?? '') + w.slice(1))
    .join(' ')
}

const ROLE_WORDS =
  /\b(engineer|developer|manager|designer|analyst|scientist|lead|director|specialist|consultant|architect|intern|administrator|researcher|writer|recruiter|officer|associate)\b/i

/** A role named in the title, as Google and Outlook invites often carry it: "… (Senior Backend Engineer)". */
export function roleFromTitle(title: string): string {
  for (const match of title.matchAll(/\(([^()]{3,80})\)/g)) {
    const inner = (match[1] ?? '').trim()
    if (ROLE_WORDS.test(inner)) return inner
  }
  return ''
}
