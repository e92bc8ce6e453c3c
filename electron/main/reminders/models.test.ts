import { describe, expect, it } from 'vitest'
import { dueFollowUps, type DueItem } from '../../../shared/followup'
import { JournalBuilder, plusDays, plusHours } from '../../../test/followup/test-journal'
import {
  createNotifier,
  notificationFor,
  notificationsFor,
  type NotificationModel
} from './notification-model'
import { dueSummary, TRAY_ITEM_LIMIT, trayModel } from './tray-model'

const END = '2026-03-03T15:00:00.000Z'

/** Jane at Acme (thanked a week ago: a check-in is due); Raj (thank-you overdue) and Amy (due) at Globex. */
function dueItems(): DueItem[] {
  const b = new JournalBuilder()
  const app = b.application()
  const first = b.interview(app, END)
  b.person('Jane Doe', first)
  b.log('thank-you-sent', 'jane', first, plusHours(END, 1))
  const globex = b.application({ company: 'Globex', role: 'Platform Engineer' })
  const second = b.interview(globex, plusDays(END, 6))
  b.person('Raj Patel', second)
  const third = b.interview(globex, plusDays(END, 7.5), 'hiring-manager')
  b.person('Amy Chen', third)
  return dueFollowUps(b.journal, new Date(plusDays(END, 7.6)))
}

describe('notifications', () => {
  it('say who, what and by when, and open that person’s draft', () => {
    const [raj, amy, jane] = dueItems()
    expect(notificationFor(raj!)).toEqual({
      title: 'Thank-you overdue: Raj Patel',
      body: 'Thank Raj Patel for the peer interview: overdue since Tue 10 Mar, 15:00, a late note beats none (Platform Engineer at Globex)',
      open: {
        type: 'draft',
        target: { applicationId: 'app-5', interviewId: 'int-6', personId: 'raj', kind: 'thank-you' }
      },
      keys: [raj!.key]
    })
    expect(notificationFor(amy!).title).toBe('Thank-you due: Amy Chen')
    expect(notificationFor(jane!)).toMatchObject({
      title: 'Time to check in with Jane Doe',
      open: { target: { personId: 'jane', interviewId: 'int-2', kind: 'check-in' } }
    })
  })

  it('sum up several reminders of one moment in one notification, never one each', () => {
    const items = dueItems()
    const models = notificationsFor(items.map((item) => ({ kind: 'due' as const, item })))
    expect(models).toEqual([
      {
        title: '2 thank-yous are due, 1 is overdue; 1 check-in is due',
        body: 'For Raj Patel, Amy Chen, Jane Doe. Open Afterword for the list.',
        open: { type: 'app' },
        keys: items.map((i) => i.key)
      }
    ])
  })

  it('ask for notes once per interview that just ended, opening quick capture', () => {
    const prompt = {
      key: 'capture:int-1',
      interviewId: 'int-1',
      applicationId: 'app-1',
      company: 'Northwind',
      role: 'Engineer',
      interviewPhrase: 'peer interview',
      people: [{ personId: 'jane', name: 'Jane Doe' }],
      dueAt: END
    }
    expect(notificationsFor([{ kind: 'capture', prompt }])).toEqual([
      {
        title: 'How did the peer interview at Northwind go?',
        body: 'Note what you talked about with each person while it is fresh: it is what makes a thank-you personal.',
        open: { type: 'capture', interviewId: 'int-1' },
        keys: ['capture:int-1']
      }
    ])
  })

  it('fold a capture prompt into the summary when it comes with other reminders', () => {
    const [raj] = dueItems()
    const prompt = {
      key: 'capture:int-9',
      interviewId: 'int-9',
      applicationId: 'app-9',
      company: 'Northwind',
      role: 'Engineer',
      interviewPhrase: 'peer interview',
      people: [],
      dueAt: END
    }
    const models = notificationsFor([
      { kind: 'due', item: raj! },
      { kind: 'capture', prompt }
    ])
    expect(models).toEqual([
      {
        title: '1 thank-you is due, 1 is overdue; 1 interview to take notes on',
        body: 'For Raj Patel. Note what you talked about at Northwind. Open Afterword for the list.',
        open: { type: 'app' },
        keys: [raj!.key, 'capture:int-9']
      }
    ])
  })

  it('are shown only while the setting is on, and recorded as notified either way', () => {
    const shown: NotificationModel[] = []
    const recorded: string[][] = []
    let enabled = true
    const notify = createNotifier({
      enabled: () => enabled,
      snoozeOptions: () => [{ choice: 'hour', label: 'In 1 hour' }],
      show: (n) => void shown.push(n),
      recordNotified: (keys) => void recorded.push(keys)
    })
    const [first, second] = dueItems()
    notify([{ kind: 'due', item: first! }])
    enabled = false
    notify([{ kind: 'due', item: second! }])
    expect(shown.map((n) => n.title)).toEqual(['Thank-you overdue: Raj Patel'])
    expect(shown[0]?.snooze).toEqual([{ choice: 'hour', label: 'In 1 hour' }])
    expect(recorded).toEqual([[first!.key], [second!.key]])
  })
})

describe('the tray menu', () => {
  it('sums up, lists each person, and offers Open and Quit', () => {
    const model = trayModel(dueItems(), [{ choice: 'morning', label: 'Tomorrow morning' }])
    expect(model.tooltip).toBe('Afterword: 2 thank-yous due (1 overdue), 1 check-in due')
    expect(model.entries).toEqual([
      { type: 'item', label: '2 thank-yous due (1 overdue), 1 check-in due', enabled: false },
      {
        type: 'item',
        label: 'Thank Raj Patel (Globex), overdue',
        enabled: true,
        action: {
          type: 'open-item',
          target: { applicationId: 'app-5', interviewId: 'int-6', personId: 'raj', kind: 'thank-you' }
        }
      },
      expect.objectContaining({ label: 'Thank Amy Chen (Globex)' }),
      expect.objectContaining({ label: 'Check in with Jane Doe (Acme)' }),
      {
        type: 'submenu',
        label: 'Snooze all 3',
        entries: [
          {
            type: 'item',
            label: 'Tomorrow morning',
            enabled: true,
            action: { type: 'snooze', keys: dueItems().map((i) => i.key), choice: 'morning' }
          }
        ]
      },
      { type: 'separator' },
      { type: 'item', label: 'Open Afterword', enabled: true, action: { type: 'open-app' } },
      { type: 'item', label: 'Quit Afterword', enabled: true, action: { type: 'quit' } }
    ])
  })

  it('says so when nothing is due', () => {
    const model = trayModel([])
    expect(model.tooltip).toBe('Afterword: nothing due')
    expect(model.entries[0]).toEqual({ type: 'item', label: 'Nothing due: all caught up', enabled: false })
    expect(model.entries).toHaveLength(4)
    expect(dueSummary([])).toBeNull()
  })

  it('counts in the singular, and keeps a long list short', () => {
    const [raj, amy, jane] = dueItems()
    expect(dueSummary([amy!])).toBe('1 thank-you due')
    expect(dueSummary([jane!])).toBe('1 check-in due')
    const many = Array.from({ length: TRAY_ITEM_LIMIT + 3 }, (_, i) => ({ ...raj!, key: `k${i}` }))
    const labels = trayModel(many).entries.map((e) => (e.type === 'item' ? e.label : '—'))
    expect(labels).toHaveLength(1 + TRAY_ITEM_LIMIT + 1 + 3)
    expect(labels.at(-4)).toBe('3 more…')
  })
})
