/**
 * The journal ops that import one invite as the user confirmed it: a new application if asked, the interview
 * created, updated (a newer SEQUENCE) or cancelled, and the ticked people, each matched by e-mail to someone
 * already in the journal or added new, with a meeting for this interview.
 */
import type { Interview } from '../../../shared/model/journal'
import type { JournalOp } from '../../../shared/model/ops'
import { statusOf } from '../../../shared/calendar'
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { HandlerDeps } from '../handlers/deps'
import type { ReadInvite } from '../handlers/calendar'

type Confirm = RequestOf<'calendar:confirm'>
type Confirmed = ResponseOf<'calendar:confirm'>

export function importOps(
  deps: Pick<HandlerDeps, 'store' | 'now' | 'newId'>,
  { event, proposal }: ReadInvite,
  request: Confirm
): { ops: JournalOp[]; result: Confirmed } {
  const journal = deps.store.get()
  const stamp = deps.now().toISOString()
  const created = () => ({ id: deps.newId(), createdAt: stamp, updatedAt: stamp })
  const existing = proposal.interviewId ? journal.interviews[proposal.interviewId] : undefined
  switch (proposal.action) {
    case 'cancel-missing':
      throw new AppError(
        'not-found',
        'This invite cancels an interview that is not in your journal: nothing to do.'
      )
    case 'outdated':
      throw new AppError(
        'conflict',
        'This invite is older than the one already imported for this interview, so nothing was changed.'
      )
    case 'unchanged':
      if (!existing) throw new AppError('not-found', 'The interview is no longer in the journal.')
      return { ops: [], result: done('unchanged', existing, 0) }
  }
  const ops: JournalOp[] = []
  const calendar = {
    calendarUid: event.uid,
    calendarSequence: Math.max(event.sequence, existing?.calendarSequence ?? 0),
    calendarRecurrenceId: event.recurrenceId ?? ''
  }
  if (proposal.action === 'cancel' && existing) {
    const record = { ...existing, ...calendar, status: 'cancelled', updatedAt: stamp }
    ops.push({ type: 'put', collection: 'interviews', record })
    return { ops, result: done('cancel', existing, 0) }
  }
  const applicationId =
    existing?.applicationId ?? chooseApplication(request, journal.applications, ops, created)
  const fields = {
    applicationId,
    startAt: event.start,
    endAt: event.end,
    timeZone: event.timeZone,
    type: request.type,
    location: proposal.location,
    status: statusOf(event),
    ...(existing && !existing.calendarUid ? {} : calendar)
  }
  const interview = existing
    ? { ...existing, ...fields, updatedAt: stamp }
    : { ...created(), round: null, ...fields }
  ops.push({ type: 'put', collection: 'interviews', record: interview })
  const added = peopleOps(request, proposal, interview.id, ops, created)
  return { ops, result: done(existing ? 'update' : 'create', interview, added) }
}

function done(
  action: Confirmed['action'],
  interview: Pick<Interview, 'id' | 'applicationId'>,
  added: number
) {
  return { action, interviewId: interview.id, applicationId: interview.applicationId, peopleAdded: added }
}

function chooseApplication(
  request: Confirm,
  applications: Record<string, unknown>,
  ops: JournalOp[],
  created: () => { id: string; createdAt: string; updatedAt: string }
): string {
  if (request.applicationId) {
    if (!Object.hasOwn(applications, request.applicationId)) {
      throw new AppError('not-found', 'The chosen application is no longer in the journal.')
    }
    return request.applicationId
  }
  if (!request.newApplication) {
    throw new AppError('invalid-request', 'Choose the application this interview belongs to, or a new one.')
  }
  const record = {
    ...created(),
    ...request.newApplication,
    status: 'interviewing',
    postingUrl: '',
    source: 'Calendar invite',
    appliedAt: null,
    closedAt: null
  }
  ops.push({ type: 'put', collection: 'applications', record })
  return record.id
}

function peopleOps(
  request: Confirm,
  proposal: ReadInvite['proposal'],
  interviewId: string,
  ops: JournalOp[],
  created: () => { id: string; createdAt: string; updatedAt: string }
): number {
  const invited = new Map(proposal.people.map((p) => [p.email, p]))
  let added = 0
  for (const chosen of request.people) {
    const person = invited.get(chosen.email.trim().toLowerCase())
    if (!person) throw new AppError('invalid-request', `${chosen.email} is not in this invite.`)
    if (person.inInterview) continue
    let personId = person.personId
    if (!personId) {
      const record = {
        ...created(),
        name: chosen.name,
        title: '',
        contacts: [{ kind: 'email', value: person.email }]
      }
      ops.push({ type: 'put', collection: 'people', record })
      personId = record.id
    }
    ops.push({ type: 'put', collection: 'meetings', record: { ...created(), interviewId, personId } })
    added++
  }
  return added
}
