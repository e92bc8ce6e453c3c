/** The public summary of an invite event: what `read-invite` prints, one object per event. */
import type { InviteEvent } from './parse'

export function inviteSummary(event: InviteEvent) {
  return {
    uid: event.uid,
    sequence: event.sequence,
    method: event.method,
    status: event.status,
    title: event.title,
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    location: event.location,
    meetingUrl: event.meetingUrl,
    type: event.type,
    organizer: event.organizer,
    people: event.people,
    occurrences: event.occurrences
  }
}
export type InviteSummary = ReturnType<typeof inviteSummary>
