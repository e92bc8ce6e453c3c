/**
 * The one place that says which time zone main works in: the user's zone from Settings when set (and known to
 * Intl), else the computer's. Reminders, quiet hours, snooze times, the due list and invites read it from here.
 */
import { isTimeZone } from '../../shared/time/wall-time'

/** The computer's IANA zone ('UTC' when the OS gives none). */
/** The OS's locale (Electron's ICU default, the window's too): reminders write dates in it. */
export function systemLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** The zone to use for these settings: the user's when set and valid, the computer's otherwise. */
export function userTimeZone(settings: { timeZone?: string } | undefined): string {
  const chosen = settings?.timeZone
  return chosen && isTimeZone(chosen) ? chosen : systemTimeZone()
}

/** The user's zone for the journal a store holds now. */
export function timeZoneOf(store: { get(): { settings: { timeZone?: string } } }): string {
  return userTimeZone(store.get().settings)
}
