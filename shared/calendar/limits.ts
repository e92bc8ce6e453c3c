/**
 * Limits of an invite import. A real invite is a few kilobytes (a Teams invite with its HTML body, some tens);
 * a megabyte is far beyond any, and small enough to parse at once without a worker.
 */
export const MAX_INVITE_BYTES = 1024 * 1024
/** A series is counted up to this many occurrences (an RRULE without an end would never stop). */
export const MAX_OCCURRENCES = 500
/** How many occurrences of a series the preview offers to pick from. */
export const OCCURRENCES_LISTED = 60
/** At most this many events are read from one file. */
export const MAX_EVENTS = 200

/** An invite that cannot be imported; the message is for the user and ends by saying nothing was written. */
export class InviteError extends Error {
  override name = 'InviteError'
}

export function inviteSizeError(bytes: number): InviteError {
  const mb = (bytes / 1024 / 1024).toFixed(1)
  return new InviteError(
    `This file is ${mb} MB: far too large for a calendar invite (at most 1 MB). Nothing was imported.`
  )
}
