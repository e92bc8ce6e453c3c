/** The user's IANA time zone, for the times written in the reminders (main and the window share the machine). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
