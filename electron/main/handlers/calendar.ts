/**
 * Handlers for calendar invites and .ics export. An invite's text comes from the renderer (a dropped file read as
 * text, or pasted) or from a file main opens with the OS dialog; main parses it, proposes what importing would do,
 * and on Confirm parses it again and writes one durable batch of ops. Nothing is written before Confirm.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import {
  InviteError,
  MAX_INVITE_BYTES,
  OWN_REMINDER_UID,
  exportCalendar,
  inviteSizeError,
  parseInvite,
  proposeImport,
  type InviteEvent,
  type Proposal
} from '../../../shared/calendar'
import { followUpPlan } from '../../../shared/followup/policy'
import { AppError } from '../../../shared/ipc/result'
import type { Handlers } from '../ipc/router'
import { commitChange } from '../queries/changes'
import type { HandlerDeps } from './deps'
import { importOps } from '../calendar/import-ops'
import { saveText } from '../calendar/save-text'
import { fileReason } from '../storage-errors'
import { userTimeZone } from '../time-zone'

type CalendarHandlers = Pick<
  Handlers,
  'calendar:preview' | 'calendar:openInvite' | 'calendar:confirm' | 'calendar:export'
>

const ICS_FILTER = { name: 'Calendar invite', extensions: ['ics', 'ical', 'ifb', 'icalendar'] }

export interface ReadInvite {
  events: InviteEvent[]
  event: InviteEvent
  eventIndex: number
  proposal: Proposal
}

/** Parses the text and picks the event; an InviteError becomes an 'import' error the user can read. */
export function readInvite(
  deps: HandlerDeps,
  request: { text: string; eventIndex: number; occurrence: string | null }
): ReadInvite {
  const journal = deps.store.get()
  let events: InviteEvent[]
  try {
    events = parseInvite(request.text, {
      me: journal.settings.myEmails,
      localZone: userTimeZone(journal.settings),
      occurrence: request.occurrence,
      now: deps.now()
    }).filter((e) => !OWN_REMINDER_UID.test(e.uid))
  } catch (error) {
    if (error instanceof InviteError) throw new AppError('import', error.message)
    throw error
  }
  if (events.length === 0) {
    throw new AppError(
      'import',
      'This file holds only Afterword’s follow-up reminders, no interview to import. Nothing was imported.'
    )
  }
  const event = events[request.eventIndex]
  if (!event)
    throw new AppError('invalid-request', `This file has ${events.length} events; pick one of them.`)
  return { events, event, eventIndex: request.eventIndex, proposal: proposeImport(journal, event) }
}

export function createCalendarHandlers(deps: HandlerDeps): CalendarHandlers {
  return {
    'calendar:preview': (request) => {
      const { events, event, eventIndex, proposal } = readInvite(deps, request)
      const journal = deps.store.get()
      return {
        events: events.map((e) => ({ title: e.title, start: e.start, status: e.status })),
        eventIndex,
        event,
        proposal,
        applications: Object.values(journal.applications)
          .filter((a) => !['accepted', 'rejected', 'withdrawn'].includes(a.status))
          .sort((a, b) => a.company.localeCompare(b.company))
          .map(({ id, company, role }) => ({ id, company, role })),
        needsMyEmails: journal.settings.myEmails.length === 0
      }
    },

    'calendar:openInvite': async () => {
      const path = await deps.dialogs.chooseOpenPath({
        title: 'Open a calendar invite',
        filters: [ICS_FILTER]
      })
      if (!path) return { fileName: '', text: null }
      try {
        const size = (await stat(path)).size
        if (size > MAX_INVITE_BYTES) throw inviteSizeError(size)
        return { fileName: basename(path), text: await readFile(path, 'utf8') }
      } catch (error) {
        if (error instanceof InviteError) throw new AppError('import', error.message)
        throw new AppError(
          'import',
          `${basename(path)} could not be read (${fileReason(error)}). Nothing was imported.`
        )
      }
    },

    'calendar:confirm': async (request) => {
      const read = readInvite(deps, request)
      const { ops, result } = importOps(deps, read, request)
      if (ops.length > 0) {
        await commitChange(deps, ops, 'calendar:confirm')
      }
      return result
    },

    'calendar:export': async ({ interviewId }) => {
      const journal = deps.store.get()
      if (interviewId && !journal.interviews[interviewId]) {
        throw new AppError('not-found', 'This interview is no longer in the journal.')
      }
      const plan = followUpPlan(journal, deps.now())
      const text = exportCalendar({
        journal,
        followUps: [...plan.due, ...plan.upcoming],
        now: deps.now(),
        ...(interviewId ? { interviewId } : {})
      })
      const day = deps.now().toISOString().slice(0, 10)
      const name = interviewId ? `afterword-interview-${day}.ics` : `afterword-calendar-${day}.ics`
      return saveText(deps, { title: 'Export to calendar', defaultName: name, filter: ICS_FILTER, text })
    }
  }
}
