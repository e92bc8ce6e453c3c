/** An ISO instant as milliseconds, or undefined when missing or unreadable (a rule then stays silent). */
export function instant(iso: string | undefined): number | undefined {
  if (!iso) return undefined
  const t = Date.parse(iso)
  return Number.isNaN(t) ? undefined : t
}
