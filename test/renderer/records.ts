/** Records as the renderer's cache holds them, for the store's tests: one application, its interview, people. */
import type { DraftView } from '../../renderer/src/store/cache'

export const at = '2026-03-03T15:00:00.000Z'
export const stamps = { createdAt: at, updatedAt: at }
export const application = {
  id: 'app1',
  ...stamps,
  company: 'Acme',
  role: 'Engineer',
  status: 'interviewing' as const,
  postingUrl: '',
  source: '',
  appliedAt: null,
  closedAt: null
}
export const interview = {
  id: 'int1',
  ...stamps,
  applicationId: 'app1',
  startAt: at,
  endAt: at,
  timeZone: 'UTC',
  type: 'peer' as const,
  round: null,
  location: ''
}
export const person = (id: string, name: string) => ({ id, ...stamps, name, title: '', contacts: [] })
export const meeting = (id: string, personId: string, interviewId = 'int1') => ({
  id,
  ...stamps,
  interviewId,
  personId,
  availabilityRequested: false
})
export const draft = (id: string, personId: string, body: string): DraftView => ({
  id,
  ...stamps,
  interviewId: 'int1',
  personId,
  kind: 'thank-you',
  channel: 'email',
  subject: '',
  to: '',
  body,
  state: 'draft',
  sentAt: null
})
