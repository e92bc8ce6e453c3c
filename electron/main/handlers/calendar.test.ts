/** The calendar channels through the real router and store: preview, confirm, updates, cancel, export, round trip. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ResponseOf } from '../../../shared/ipc/contract'
import type { Journal } from '../../../shared/model/journal'
import { invite, invitePath, ME } from '../../../test/calendar/fixtures'
import { openHarness, type Harness } from '../../../test/main/handlers/test-harness'

type Preview = ResponseOf<'calendar:preview'>
type Confirmed = ResponseOf<'calendar:confirm'>

let h: Harness
beforeEach(async () => {
  h = await openHarness({ at: '2026-03-05T12:00:00Z' })
  await h.call('settings:update', { patch: { myEmails: ME } })
})
afterEach(() => h.close())

const counts = (j: Journal) => ({
  applications: Object.keys(j.applications).length,
  interviews: Object.keys(j.interviews).length,
  people: Object.keys(j.people).length,
  meetings: Object.keys(j.meetings).length
})
const preview = (text: string, extra = {}) => h.call<Preview>('calendar:preview', { text, ...extra })

/** Confirms the preview as proposed: the proposed application (or a new one), the ticked people. */
async function confirmAsProposed(text: string, extra: Record<string, unknown> = {}): Promise<Confirmed> {
  const p = await preview(text, extra)
  const { application } = p.proposal
  return h.call<Confirmed>('calendar:confirm', {
    text,
    ...extra,
    applicationId: application.id,
    newApplication: application.id
      ? null
      : { company: application.company, role: application.role || 'Engineer' },
    type: p.event.type,
    people: p.proposal.people.filter((x) => x.include).map(({ email, name }) => ({ email, name }))
  })
}

describe('calendar:preview', () => {
  it('proposes without writing anything, and asks for the user’s addresses once', async () => {
    const before = JSON.stringify(h.store.get())
    const p = await preview(invite('google-peer.ics'))
    expect(JSON.stringify(h.store.get())).toBe(before)
    expect(p.needsMyEmails).toBe(false)
    expect(p.event).toMatchObject({ title: expect.stringContaining('Peer interview'), type: 'peer' })
    expect(p.proposal.application).toMatchObject({ id: null, company: 'Acme', role: 'Platform Engineer' })
    await h.call('settings:update', { patch: { myEmails: [] } })
    expect((await preview(invite('google-peer.ics'))).needsMyEmails).toBe(true)
  })

  it('says in plain words what is wrong with bad input, and writes nothing', async () => {
    const before = JSON.stringify(h.store.get())
    for (const [text, message] of [
      ['not a calendar at all', /not a calendar invite/],
      ['BEGIN:VCALENDAR\nEND:VCALENDAR', /no event/],
      ['x'.repeat(1024 * 1024 + 1), /larger than 1 MB/]
    ] as const) {
      const result = await h.invoke('calendar:preview', { text })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(message)
    }
    expect(JSON.stringify(h.store.get())).toBe(before)
  })

  it('lists several events to choose from and previews the one picked', async () => {
    const p = await preview(invite('floating-two-events.ics'), { eventIndex: 1 })
    expect(p.events.map((e) => e.title)).toEqual(['HR interview', 'Onsite loop'])
    expect(p.event.title).toBe('Onsite loop')
  })
})

describe('calendar:confirm', () => {
  it('the journey: an invite becomes an interview, its people with e-mail, and a thank-you due at its end', async () => {
    const done = await confirmAsProposed(invite('google-peer.ics'))
    expect(done).toMatchObject({ action: 'create', peopleAdded: 2 })
    const j = h.store.get()
    expect(j.applications[done.applicationId]).toMatchObject({ company: 'Acme', role: 'Platform Engineer' })
    expect(j.interviews[done.interviewId]).toMatchObject({
      startAt: '2026-03-10T18:00:00Z',
      endAt: '2026-03-10T19:00:00Z',
      timeZone: 'America/New_York',
      type: 'peer',
      location: 'https://meet.google.com/abc-defg-hij',
      calendarUid: '7kukuqrfedlm2f9t2a8j0a2vhs@google.com',
      status: 'scheduled'
    })
    expect(Object.values(j.people).map((p) => [p.name, p.contacts])).toEqual([
      ['Jane Doe', [{ kind: 'email', value: 'jane.doe@acme.com' }]],
      ['Mark Okafor', [{ kind: 'email', value: 'mark.okafor@acme.com' }]]
    ])
    h.clock.set('2026-03-10T18:59:59Z')
    expect((await h.call<{ due: unknown[] }>('followups:list')).due).toEqual([])
    h.clock.set('2026-03-10T19:00:00Z')
    const due = (
      await h.call<{ due: Array<{ kind: string; personName: string; dueAt: string }> }>('followups:list')
    ).due
    expect(due.map((d) => [d.kind, d.personName, d.dueAt])).toEqual([
      ['thank-you', 'Jane Doe', '2026-03-10T19:00:00.000Z'],
      ['thank-you', 'Mark Okafor', '2026-03-10T19:00:00.000Z']
    ])
  })

  it('a second round matches the people already met by e-mail instead of duplicating them', async () => {
    const first = await confirmAsProposed(invite('google-peer.ics'))
    const round2 = invite('google-peer.ics')
      .replace('UID:7kukuqrfedlm2f9t2a8j0a2vhs@google.com', 'UID:round2@google.com')
      .replaceAll('20260310T1', '20260317T1')
      .replace('SUMMARY:Peer interview', 'SUMMARY:Panel')
    const p = await preview(round2)
    expect(p.proposal.application.id).toBe(first.applicationId)
    expect(p.proposal.people.filter((x) => x.include).every((x) => x.personId !== null)).toBe(true)
    const second = await confirmAsProposed(round2)
    expect(second).toMatchObject({ action: 'create', applicationId: first.applicationId, peopleAdded: 2 })
    expect(counts(h.store.get())).toEqual({ applications: 1, interviews: 2, people: 2, meetings: 4 })
  })

  it('a higher SEQUENCE updates the interview; a cancellation marks it cancelled and no thank-you falls due', async () => {
    const created = await confirmAsProposed(invite('outlook-technical.ics'))
    const moved = await preview(invite('outlook-technical-moved.ics'))
    expect(moved.proposal).toMatchObject({ action: 'update', interviewId: created.interviewId })
    expect(moved.proposal.changes.map((c) => c.field)).toEqual(['start', 'end'])
    expect(await confirmAsProposed(invite('outlook-technical-moved.ics'))).toMatchObject({
      action: 'update',
      peopleAdded: 0
    })
    expect(h.store.get().interviews[created.interviewId]).toMatchObject({
      startAt: '2026-03-18T13:00:00Z',
      calendarSequence: 1
    })
    // The older invite again: refused, nothing changes.
    const stale = await h.invoke('calendar:confirm', {
      text: invite('outlook-technical.ics'),
      type: 'technical'
    })
    expect(stale.ok).toBe(false)
    await confirmAsProposed(invite('outlook-technical-cancel.ics'))
    expect(h.store.get().interviews[created.interviewId]).toMatchObject({
      status: 'cancelled',
      calendarSequence: 2
    })
    h.clock.set('2026-03-18T14:30:00Z')
    expect((await h.call<{ due: unknown[] }>('followups:list')).due).toEqual([])
    expect(counts(h.store.get())).toEqual({ applications: 1, interviews: 1, people: 2, meetings: 2 })
  })

  it('imports the occurrence of a series the user picks, and another occurrence as another interview', async () => {
    const text = invite('google-series.ics')
    const p = await preview(text)
    expect(p.event.occurrences).toBe(3)
    expect(p.event.start).toBe('2026-03-17T08:00:00Z') // the next one after 5 March (9 March is excluded)
    await confirmAsProposed(text, { occurrence: '2026-03-23T16:00:00Z' })
    await confirmAsProposed(text, { occurrence: '2026-03-17T08:00:00Z' })
    const again = await preview(text, { occurrence: '2026-03-17T08:00:00Z' })
    expect(again.proposal.action).toBe('unchanged')
    const starts = Object.values(h.store.get().interviews).map((i) => [i.startAt, i.calendarRecurrenceId])
    expect(starts).toEqual([
      ['2026-03-23T16:00:00Z', '2026-03-23T16:00:00Z'],
      ['2026-03-17T08:00:00Z', '2026-03-16T16:00:00Z']
    ])
  })

  it('a cancellation of one occurrence (RECURRENCE-ID only) cancels that occurrence’s interview', async () => {
    await confirmAsProposed(invite('google-series.ics'), { occurrence: '2026-03-23T16:00:00Z' })
    const cancelOne = [
      'BEGIN:VCALENDAR',
      'METHOD:CANCEL',
      'BEGIN:VEVENT',
      'UID:0series4weekly@google.com',
      'RECURRENCE-ID;TZID=Europe/Paris:20260323T170000',
      'DTSTART;TZID=Europe/Paris:20260323T170000',
      'DTEND;TZID=Europe/Paris:20260323T173000',
      'SEQUENCE:2',
      'STATUS:CANCELLED',
      'SUMMARY:Take-home review (coding)',
      'END:VEVENT',
      'END:VCALENDAR'
    ].join('\r\n')
    expect((await preview(cancelOne)).proposal.action).toBe('cancel')
    await confirmAsProposed(cancelOne)
    expect(Object.values(h.store.get().interviews).map((i) => i.status)).toEqual(['cancelled'])
  })

  it('refuses people who are not in the invite', async () => {
    const result = await h.invoke('calendar:confirm', {
      text: invite('zoom-panel.ics'),
      newApplication: { company: 'Hooli', role: 'Engineer' },
      type: 'panel',
      people: [{ email: 'mallory@evil.example', name: 'Mallory' }]
    })
    expect(result.ok).toBe(false)
    expect(counts(h.store.get()).interviews).toBe(0)
  })
})

describe('calendar:openInvite and calendar:export', () => {
  it('opens an invite through the dialog, and refuses a file over the cap', async () => {
    h.dialogs.openPaths.push(invitePath('apple-hiring-manager.ics'))
    const opened = await h.call<{ fileName: string; text: string }>('calendar:openInvite')
    expect(opened.fileName).toBe('apple-hiring-manager.ics')
    expect(opened.text).toContain('BEGIN:VCALENDAR')
    const huge = join(h.dir, 'huge.ics')
    writeFileSync(huge, 'x'.repeat(2 * 1024 * 1024))
    h.dialogs.openPaths.push(huge)
    const refused = await h.invoke('calendar:openInvite')
    expect(!refused.ok && refused.error.message).toMatch(/2\.0 MB: far too large/)
    expect(await h.call('calendar:openInvite')).toEqual({ fileName: '', text: null })
  })

  it('round trip: export interviews and follow-ups, re-import, nothing duplicated; re-export keeps the UIDs', async () => {
    await confirmAsProposed(invite('google-peer.ics'))
    await confirmAsProposed(invite('outlook-technical.ics'))
    h.clock.set('2026-03-10T20:00:00Z') // the peer interview is over: thank-yous are due
    const dir = join(h.dir, 'exports')
    mkdirSync(dir)
    h.dialogs.savePaths.push(join(dir, 'all.ics'), join(dir, 'again.ics'))
    await h.call('calendar:export')
    const text = readFileSync(join(dir, 'all.ics'), 'utf8')
    const uids = [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]?.trim())
    expect(uids.filter((u) => u?.startsWith('interview-'))).toHaveLength(2)
    expect(uids.filter((u) => u?.startsWith('thank-you-'))).toHaveLength(4) // Jane, Mark; Jürgen, Ana (upcoming)
    const before = counts(h.store.get())
    const p = await preview(text)
    expect(p.events).toHaveLength(2) // the reminders are not offered as interviews
    for (let eventIndex = 0; eventIndex < p.events.length; eventIndex++) {
      const again = await preview(text, { eventIndex })
      expect(again.proposal.action).toBe('unchanged')
      expect(again.proposal.people.every((x) => x.inInterview)).toBe(true)
      await confirmAsProposed(text, { eventIndex })
    }
    expect(counts(h.store.get())).toEqual(before)
    h.clock.advance(60_000)
    await h.call('calendar:export')
    const uidsAgain = [...readFileSync(join(dir, 'again.ics'), 'utf8').matchAll(/^UID:(.+)$/gm)].map((m) =>
      m[1]?.trim()
    )
    expect(uidsAgain).toEqual(uids)
  })

  it('writes one interview’s "Add to calendar" file', async () => {
    const { interviewId } = await confirmAsProposed(invite('zoom-panel.ics'))
    const path = join(h.dir, 'one.ics')
    h.dialogs.savePaths.push(path)
    expect(await h.call('calendar:export', { interviewId })).toEqual({ path })
    const text = readFileSync(path, 'utf8')
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(2) // the interview and Dana's thank-you
    expect(text).toContain(`UID:interview-${interviewId}@afterword`)
    expect(text).toContain('LOCATION:https://hooli.zoom.us/j/98765432100?pwd=QWxleENhbmRpZGF0ZQ.1')
  })
})
