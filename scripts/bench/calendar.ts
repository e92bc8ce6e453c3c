/**
 * Invite import and .ics export: the first parse in a fresh process (ical.js and the zone tables warm up), the
 * median parse of each producer's invite, a series counted to its cap (500 occurrences), a 1 MB invite (the
 * cap), and the export of a heavy user's interviews and reminders.
 */
import { readdirSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { exportCalendar, parseInvite } from '../../shared/calendar'
import { followUpPlan } from '../../shared/followup/policy'
import { INVITES_DIR, invite } from '../../test/calendar/fixtures'
import { generateHeavyJournal } from '../fixtures/heavy-journal'

const emit = (name: string, value: number, unit = 'ms') =>
  process.stdout.write(`${JSON.stringify({ name, value: Number(value.toFixed(4)), unit })}\n`)

function median(run: () => void, rounds: number): number {
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN
}

const files = readdirSync(INVITES_DIR).filter((f) => f.endsWith('.ics'))
const texts = files.map(invite)
const first = performance.now()
parseInvite(texts[0] ?? '')
emit('calendar.first_parse_ms', performance.now() - first)
emit('calendar.parse_invite.median_ms', median(() => texts.forEach((t) => parseInvite(t)), 50) / texts.length)

const endless = invite('google-series.ics').replace('RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO', 'RRULE:FREQ=DAILY')
emit(
  'calendar.parse_series_500.median_ms',
  median(() => parseInvite(endless), 10)
)

const filler = 'x'.repeat(1024 * 1024 - invite('google-peer.ics').length - 200)
const big = invite('google-peer.ics').replace('DESCRIPTION:', `DESCRIPTION:${filler}`)
emit(
  'calendar.parse_1mb.median_ms',
  median(() => parseInvite(big), 5)
)

const journal = generateHeavyJournal()
const now = new Date()
const plan = followUpPlan(journal, now)
const followUps = [...plan.due, ...plan.upcoming]
let bytes = 0
emit(
  'calendar.export_heavy_journal.median_ms',
  median(() => void (bytes = exportCalendar({ journal, followUps, now }).length), 3)
)
emit('calendar.export_heavy_journal.size', bytes / 1024 / 1024, 'MB')
