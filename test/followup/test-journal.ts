/**
 * A tiny journal builder for the follow-up tests (policy, scheduler, tray and notification models): records with
 * every field filled, readable ids ("app-1", "int-2", "jane"), times as ISO strings.
 */
import {
  emptyJournal,
  type Application,
  type ContactEvent,
  type Draft,
  type Interview,
  type Journal
} from '../../shared/model/journal'
import { DAY_MS, HOUR_MS } from '../../shared/policy'

const STAMP = '2026-01-01T00:00:00Z'

export class JournalBuilder {
  readonly journal: Journal = emptyJournal()
  private count = 0

  private id(prefix: string): string {
    return `${prefix}-${++this.count}`
  }

  application(fields: Partial<Pick<Application, 'company' | 'role' | 'status'>> = {}): string {
    const id = this.id('app')
    this.journal.applications[id] = {
      id,
      createdAt: STAMP,
      updatedAt: STAMP,
      company: 'Acme',
      role: 'Backend Engineer',
      status: 'interviewing',
      postingUrl: '',
      source: '',
      appliedAt: null,
      closedAt: null,
      ...fields
    }
    return id
  }

  interview(applicationId: string, endAt: string, type: Interview['type'] = 'peer'): string {
    const id = this.id('int')
    const startAt = new Date(Date.parse(endAt) - HOUR_MS).toISOString()
    this.journal.interviews[id] = {
      id,
      createdAt: STAMP,
      updatedAt: STAMP,
      applicationId,
      startAt,
      endAt,
      timeZone: 'UTC',
      type,
      round: null,
      location: ''
    }
    return id
  }

  /** A person met in the given interviews; the id is their first name in lower case. */
  person(name: string, ...interviewIds: string[]): string {
    const id = name.split(' ')[0]!.toLowerCase()
    this.journal.people[id] = { id, createdAt: STAMP, updatedAt: STAMP, name, title: '', contacts: [] }
    for (const interviewId of interviewIds) this.meet(interviewId, id)
    return id
  }

  meet(interviewId: string, personId: string): void {
    const id = this.id('meet')
    this.journal.meetings[id] = {
      id,
      createdAt: STAMP,
      updatedAt: STAMP,
      interviewId,
      personId,
      availabilityRequested: false
    }
  }

  /** A contact-log event; the application is the interview's unless given (for events with no interview). */
  log(
    kind: ContactEvent['kind'],
    personId: string,
    interviewId: string | null,
    at: string,
    applicationId?: string
  ): void {
    const id = this.id('log')
    const app = applicationId ?? (interviewId ? this.journal.interviews[interviewId]!.applicationId : '')
    this.journal.contactLog[id] = {
      id,
      createdAt: STAMP,
      updatedAt: STAMP,
      personId,
      applicationId: app,
      interviewId,
      kind,
      at,
      channel: 'email'
    }
  }

  draft(personId: string, interviewId: string, kind: Draft['kind'], sentAt: string | null): string {
    const id = this.id('draft')
    this.journal.drafts[id] = {
      id,
      createdAt: STAMP,
      updatedAt: STAMP,
      personId,
      interviewId,
      kind,
      channel: 'email',
      subject: '',
      to: '',
      body: 'Thank you',
      state: sentAt ? 'sent' : 'draft',
      sentAt,
      history: []
    }
    return id
  }
}

/** An ISO instant `hours` after another. */
export function plusHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * HOUR_MS).toISOString()
}

export function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString()
}
