/**
 * The tray's menu and tooltip as data, built from the due reminders: pure, so tested here;
 * electron/main/tray.ts turns it into an Electron Menu.
 */
import { targetOf, type DueItem, type FollowUpTarget } from '../../../shared/followup'
import type { SnoozeChoice } from '../../../shared/followup/quiet'

export type TrayAction =
  | { type: 'open-item'; target: FollowUpTarget }
  | { type: 'open-app' }
  | { type: 'quit' }
  | { type: 'snooze'; keys: string[]; choice: SnoozeChoice }

export type TrayEntry =
  | { type: 'separator' }
  | { type: 'item'; label: string; enabled: boolean; action?: TrayAction }
  | { type: 'submenu'; label: string; entries: TrayEntry[] }

export interface TrayModel {
  tooltip: string
  entries: TrayEntry[]
}

/** A menu stays short: the rest is one click away in the app's Due panel. */
export const TRAY_ITEM_LIMIT = 8

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** "2 thank-yous due (1 overdue), 1 check-in due", or null when nothing is due. */
export function dueSummary(due: DueItem[]): string | null {
  const thankYous = due.filter((i) => i.kind === 'thank-you')
  const overdue = thankYous.filter((i) => i.overdue).length
  const checkIns = due.length - thankYous.length
  const parts: string[] = []
  if (thankYous.length > 0) {
    parts.push(
      `${plural(thankYous.length, 'thank-you', 'thank-yous')} due${overdue > 0 ? ` (${overdue} overdue)` : ''}`
    )
  }
  if (checkIns > 0) parts.push(`${plural(checkIns, 'check-in', 'check-ins')} due`)
  return parts.length > 0 ? parts.join(', ') : null
}

function itemLabel(item: DueItem): string {
  const who = `${item.personName} (${item.company})`
  if (item.kind === 'check-in') return `Check in with ${who}`
  return `Thank ${who}${item.overdue ? ', overdue' : ''}`
}

export function trayModel(
  due: DueItem[],
  snooze: Array<{ choice: SnoozeChoice; label: string }> = []
): TrayModel {
  const summary = dueSummary(due)
  const entries: TrayEntry[] = [
    { type: 'item', label: summary ?? 'Nothing due: all caught up', enabled: false }
  ]
  for (const item of due.slice(0, TRAY_ITEM_LIMIT)) {
    entries.push({
      type: 'item',
      label: itemLabel(item),
      enabled: true,
      action: { type: 'open-item', target: targetOf(item) }
    })
  }
  if (due.length > TRAY_ITEM_LIMIT) {
    entries.push({
      type: 'item',
      label: `${due.length - TRAY_ITEM_LIMIT} more…`,
      enabled: true,
      action: { type: 'open-app' }
    })
  }
  if (due.length > 0 && snooze.length > 0) {
    const keys = due.map((item) => item.key)
    entries.push({
      type: 'submenu',
      label: due.length === 1 ? 'Snooze it' : `Snooze all ${due.length}`,
      entries: snooze.map(({ choice, label }) => ({
        type: 'item',
        label,
        enabled: true,
        action: { type: 'snooze', keys, choice }
      }))
    })
  }
  entries.push(
    { type: 'separator' },
    { type: 'item', label: 'Open Afterword', enabled: true, action: { type: 'open-app' } },
    { type: 'item', label: 'Quit Afterword', enabled: true, action: { type: 'quit' } }
  )
  return { tooltip: `Afterword: ${summary ?? 'nothing due'}`, entries }
}
