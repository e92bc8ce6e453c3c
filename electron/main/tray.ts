/// <reference types="electron-vite/node" />
/**
 * The tray icon and its menu of due reminders, built from the pure model in reminders/tray-model.ts. Thin on
 * purpose: Electron cannot run in tests.
 */
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron'
import type { FollowUpTarget } from '../../shared/followup'
import type { SnoozeChoice } from '../../shared/followup/quiet'
import type { TrayAction, TrayEntry, TrayModel } from './reminders/tray-model'
// electron-vite copies the icon next to the built main and gives its path, packaged or not.
import iconPath from '../../build/icon.png?asset'

export interface TrayActions {
  openItem(target: FollowUpTarget): void
  openApp(): void
  quit(): void
  snooze(keys: string[], choice: SnoozeChoice): void
}

export interface ReminderTray {
  update(model: TrayModel): void
  destroy(): void
}

export function createReminderTray(actions: TrayActions): ReminderTray {
  const tray = new Tray(nativeImage.createFromPath(iconPath).resize({ width: 16, height: 16 }))
  const run = (action: TrayAction) => {
    if (action.type === 'open-item') actions.openItem(action.target)
    else if (action.type === 'open-app') actions.openApp()
    else if (action.type === 'snooze') actions.snooze(action.keys, action.choice)
    else actions.quit()
  }
  const toMenu = (entry: TrayEntry): MenuItemConstructorOptions => {
    if (entry.type === 'separator') return { type: 'separator' }
    if (entry.type === 'submenu') return { label: entry.label, submenu: entry.entries.map(toMenu) }
    const { action } = entry
    return { label: entry.label, enabled: entry.enabled, ...(action ? { click: () => run(action) } : {}) }
  }
  // A left click opens the app on Windows and Linux; macOS shows the menu, as its users expect.
  if (process.platform !== 'darwin') tray.on('click', () => actions.openApp())
  return {
    update(model) {
      const template = model.entries.map(toMenu)
      tray.setToolTip(model.tooltip)
      tray.setContextMenu(Menu.buildFromTemplate(template))
    },
    destroy: () => tray.destroy()
  }
}
