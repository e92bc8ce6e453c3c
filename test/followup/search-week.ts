/**
 * A realistic week of a job search, as an exported journal at any moment of it: the user lives in Berlin; three
 * interviews (Northwind in Berlin, Globex remote from New York, Initech remote from Sydney, late at night for the
 * user), plus a phone screen the week before whose thank-you went out, so a check-in falls due. What the user did
 * (thank-yous sent, a snooze, a dismissal) is only in the journal once it has happened. Written in file format 1,
 * the way an older Afterword exported it, so the CLI's migration on the fly is exercised too.
 */
const STAMP = '2026-03-01T09:00:00.000Z'

interface Interview {
  id: string
  app: string
  company: string
  role: string
  type: string
  zone: string
  startAt: string
  endAt: string
  people: string[]
}

export const SEARCH_WEEK_ZONE = 'Europe/Berlin'

export const INTERVIEWS: Interview[] = [
  {
    id: 'int-umbrella',
    app: 'app-umbrella',
    company: 'Umbrella',
    role: 'Data Engineer',
    type: 'phone-screen',
    zone: 'Europe/Berlin',
    startAt: '2026-03-16T13:00:00.000Z',
    endAt: '2026-03-16T13:30:00.000Z',
    people: ['Tom Baker']
  },
  {
    id: 'int-northwind',
    app: 'app-northwind',
    company: 'Northwind',
    role: 'Backend Engineer',
    type: 'peer',
    zone: 'Europe/Berlin',
    startAt: '2026-03-23T09:00:00.000Z', // Mon 10:00 Berlin
    endAt: '2026-03-23T10:00:00.000Z',
    people: ['Jane Doe', 'Raj Patel']
  },
  {
    id: 'int-globex',
    app: 'app-globex',
    company: 'Globex',
    role: 'Platform Engineer',
    type: 'hiring-manager',
    zone: 'America/New_York',
    startAt: '2026-03-24T15:00:00.000Z', // Tue 11:00 New York, 16:00 Berlin
    endAt: '2026-03-24T16:00:00.000Z',
    people: ['Amy Chen']
  },
  {
    id: 'int-initech',
    app: 'app-initech',
    company: 'Initech',
    role: 'Site Reliability Engineer',
    type: 'technical',
    zone: 'Australia/Sydney',
    startAt: '2026-03-25T21:30:00.000Z', // Thu 08:30 Sydney, Wed 22:30 Berlin
    endAt: '2026-03-25T23:00:00.000Z',
    people: ['Liam Nguyen', 'Priya Shah']
  }
]

/** What the user does during the week, with when. */
const THANKED: Array<{ person: string; interview: string; at: string }> = [
  { person: 'Tom Baker', interview: 'int-umbrella', at: '2026-03-16T16:00:00.000Z' },
  { person: 'Jane Doe', interview: 'int-northwind', at: '2026-03-23T13:00:00.000Z' },
  { person: 'Raj Patel', interview: 'int-northwind', at: '2026-03-24T07:30:00.000Z' },
  { person: 'Amy Chen', interview: 'int-globex', at: '2026-03-25T08:15:00.000Z' },
  { person: 'Liam Nguyen', interview: 'int-initech', at: '2026-03-26T09:00:00.000Z' },
  { person: 'Priya Shah', interview: 'int-initech', at: '2026-03-26T17:30:00.000Z' }
]
const NOTES: Array<{ person: string; interview: string; at: string; text: string }> = [
  {
    person: 'Jane Doe',
    interview: 'int-northwind',
    at: '2026-03-23T10:10:00.000Z',
    text: 'pairs on billing'
  },
  {
    person: 'Amy Chen',
    interview: 'int-globex',
    at: '2026-03-24T16:20:00.000Z',
    text: 'team of 6, k8s move'
  },
  { person: 'Liam Nguyen', interview: 'int-initech', at: '2026-03-26T07:10:00.000Z', text: 'on-call rota' }
]
/** Priya's thank-you is snoozed from the morning notification to the evening. */
const SNOOZES = [
  {
    key: 'thank-you:int-initech:priya-shah',
    at: '2026-03-26T07:20:00.000Z',
    until: '2026-03-26T17:00:00.000Z'
  }
]
/** The Umbrella check-in: the user decides not to send one (dismissed on Tuesday). */
const DISMISSED = [
  { key: 'check-in:app-umbrella:tom-baker:2026-03-16T16:00:00.000Z', at: '2026-03-24T10:00:00.000Z' }
]

const personId = (name: string) => name.toLowerCase().replace(/ /g, '-')
const stamps = { createdAt: STAMP, updatedAt: STAMP }
const before = (at: string, asOf: number) => Date.parse(at) <= asOf

/** The journal as exported at `asOf` (file format 1: no reminder state yet unless the user snoozed or dismissed). */
export function searchWeekJournal(asOf: Date): Record<string, unknown> {
  const t = asOf.getTime()
  const byId = <T extends { id: string }>(records: T[]) => Object.fromEntries(records.map((r) => [r.id, r]))
  const applications = INTERVIEWS.map((i) => ({
    id: i.app,
    ...stamps,
    company: i.company,
    role: i.role,
    status: 'interviewing'
  }))
  const interviews = INTERVIEWS.map((i) => ({
    id: i.id,
    ...stamps,
    applicationId: i.app,
    startAt: i.startAt,
    endAt: i.endAt,
    timeZone: i.zone,
    type: i.type
  }))
  const names = INTERVIEWS.flatMap((i) => i.people)
  const people = names.map((name) => ({ id: personId(name), ...stamps, name }))
  const meetings = INTERVIEWS.flatMap((i) =>
    i.people.map((name) => ({
      id: `m-${i.id}-${personId(name)}`,
      ...stamps,
      interviewId: i.id,
      personId: personId(name)
    }))
  )
  const appOf = (interview: string) => INTERVIEWS.find((i) => i.id === interview)!.app
  const contactLog = THANKED.filter((e) => before(e.at, t)).map((e) => ({
    id: `c-${e.interview}-${personId(e.person)}`,
    ...stamps,
    personId: personId(e.person),
    applicationId: appOf(e.interview),
    interviewId: e.interview,
    kind: 'thank-you-sent',
    at: e.at,
    channel: 'email'
  }))
  const notes = NOTES.filter((n) => before(n.at, t)).map((n, order) => ({
    id: `n-${n.interview}-${personId(n.person)}`,
    ...stamps,
    interviewId: n.interview,
    personId: personId(n.person),
    text: n.text,
    order
  }))
  const reminders: Record<string, unknown> = {}
  for (const s of SNOOZES.filter((s) => before(s.at, t)))
    reminders[s.key] = { notifiedAt: s.at, snoozedUntil: s.until, dismissed: false }
  for (const d of DISMISSED.filter((d) => before(d.at, t)))
    reminders[d.key] = { notifiedAt: null, snoozedUntil: null, dismissed: true }
  return {
    schemaVersion: 1,
    applications: byId(applications),
    interviews: byId(interviews),
    people: byId(people),
    meetings: byId(meetings),
    notes: byId(notes),
    contactLog: byId(contactLog),
    drafts: {},
    ...(Object.keys(reminders).length > 0 ? { reminders } : {}),
    settings: { candidateName: 'Sam Rivera' }
  }
}
