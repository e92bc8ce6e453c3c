/**
 * `npm run -s plan-followups -- JOURNAL.json [--now ISO] [--zone IANA]`: the follow-up plan of an exported journal
 * (older file formats are migrated on the fly, the file is never written) as JSON on stdout and nothing else:
 * `{ due, upcoming, stopped }`. Each item has kind ("thank-you" | "check-in"), personName, company, role,
 * interviewId, dueAt, overdue and reason (the words the user reads, in --zone), plus snoozedUntil and notifyAt (when
 * the OS notification comes, after quiet hours; null once notified). Snoozed reminders are listed as upcoming,
 * dismissed ones not at all. JOURNAL may be `-` for stdin. --now defaults to the current time, --zone to this machine's zone. A missing or
 * unreadable file, or a bad argument, gives a message on stderr and exit code 2.
 */
import { reminderPlan, snoozedReason, type ReminderPlan } from '../shared/followup/reminders'
import type { DueItem, StopNote } from '../shared/followup/schema'
import { CorruptJournalError, validateJournalDocument } from '../electron/main/store/snapshot'
import { NewerVersionError } from '../shared/model/migrations'
import { CliError, inputName, readJsonInput, runCli } from './cli-input'

const USAGE =
  'usage: npm run -s plan-followups -- JOURNAL.json [--now 2026-03-03T17:00:00Z] [--zone Europe/Berlin]'

interface Args {
  file: string
  now: Date
  zone: string
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined
  let now = new Date()
  let zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--now' || arg === '--zone') {
      const value = argv[++i]
      if (value === undefined) throw new CliError(`${arg} needs a value\n${USAGE}`)
      if (arg === '--now') now = parseNow(value)
      else zone = checkZone(value)
    } else if (arg.startsWith('--') || file !== undefined) throw new CliError(`unexpected "${arg}"\n${USAGE}`)
    else file = arg
  }
  if (file === undefined) throw new CliError(USAGE)
  return { file, now, zone }
}

function parseNow(value: string): Date {
  const ms = Date.parse(value)
  if (!/^\d{4}-\d\d-\d\dT/.test(value) || Number.isNaN(ms)) {
    throw new CliError(`--now must be an ISO date-time such as 2026-03-03T17:00:00Z, got "${value}"`)
  }
  return new Date(ms)
}

function checkZone(value: string): string {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value })
    return value
  } catch {
    throw new CliError(`--zone must be an IANA time zone such as Europe/Berlin, got "${value}"`)
  }
}

async function readJournal(file: string) {
  const doc = await readJsonInput(file, 'an Afterword journal')
  try {
    return validateJournalDocument(doc).journal
  } catch (error) {
    if (error instanceof CorruptJournalError)
      throw new CliError(`${inputName(file)} is not an Afterword journal: ${error.reason}`, 'input')
    if (error instanceof NewerVersionError) throw new CliError(error.message, 'input')
    throw error
  }
}

const item = (i: DueItem, plan: ReminderPlan, extra: { reason?: string; snoozedUntil?: string } = {}) => ({
  kind: i.kind,
  personName: i.personName,
  company: i.company,
  role: i.role,
  interviewId: i.interviewId,
  dueAt: i.dueAt,
  overdue: i.overdue,
  reason: extra.reason ?? i.reason,
  snoozedUntil: extra.snoozedUntil ?? null,
  notifyAt: plan.notifyAt[i.key] ?? null
})

const stoppedItem = (s: StopNote) => ({
  kind: 'check-in' as const,
  personName: s.personName,
  company: s.company,
  role: s.role,
  interviewId: s.interviewId,
  dueAt: null,
  overdue: false,
  reason: s.reason
})

async function main(argv: string[]): Promise<void> {
  const { file, now, zone } = parseArgs(argv)
  const journal = await readJournal(file)
  const plan = reminderPlan(journal, now, { timeZone: zone })
  const dismissed = (i: DueItem) => journal.reminders[i.key]?.dismissed === true
  const upcoming = [
    ...plan.snoozed.map((s) =>
      item(s, plan, { reason: snoozedReason(s, zone, now.getTime()), snoozedUntil: s.snoozedUntil })
    ),
    ...plan.upcoming.filter((i) => !dismissed(i)).map((i) => item(i, plan))
  ].sort((a, b) => (a.snoozedUntil ?? a.dueAt).localeCompare(b.snoozedUntil ?? b.dueAt))
  const out = { due: plan.due.map((i) => item(i, plan)), upcoming, stopped: plan.stopped.map(stoppedItem) }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
}

runCli('plan-followups', main)
