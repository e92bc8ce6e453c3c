/** The video meeting link of an invite (Zoom, Teams, Google Meet, Webex), wherever the producer put it. */
const MEETING_LINKS: RegExp[] = [
  /https:\/\/[\w.-]*zoom(gov)?\.(us|com)\/(j|my|w|s)\/[^\s<>"'\\]+/i,
  /https:\/\/teams\.microsoft\.com\/l\/meetup-join\/[^\s<>"'\\]+/i,
  /https:\/\/teams\.live\.com\/meet\/[^\s<>"'\\]+/i,
  /https:\/\/meet\.google\.com\/[a-z]{3,4}-[a-z]{4}-[a-z]{3}/i,
  /https:\/\/[\w.-]+\.webex\.com\/[^\s<>"'\\]+/i
]

/** Texts in the order a producer's own field is most trustworthy: conference fields, URL, location, description. */
export function meetingUrlOf(texts: Array<string | null | undefined>): string {
  for (const text of texts) {
    if (!text) continue
    for (const pattern of MEETING_LINKS) {
      const found = pattern.exec(text)?.[0]
      if (found) return found.replace(/[).,;]+$/, '')
    }
  }
  return ''
}

const GENERIC_LOCATIONS =
  /^(microsoft teams( meeting)?|zoom( meeting)?|google meet|webex( meeting)?|online)$/i

/** The interview's place or link for the journal: a real place first, the link after it, no generic labels. */
export function journalLocation(location: string, meetingUrl: string): string {
  const place = GENERIC_LOCATIONS.test(location.trim()) ? '' : location.trim()
  if (!meetingUrl || place.includes(meetingUrl)) return (place || meetingUrl).slice(0, 500)
  return (place ? `${place} · ${meetingUrl}` : meetingUrl).slice(0, 500)
}
