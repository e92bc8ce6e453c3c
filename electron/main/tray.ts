/// <reference types="electron-vite/node" />
/**
 * The tray icon and its menu of due reminders, built from the pure model in reminders/tray-model.ts. Thin on
 * purpose: Electron cannot run in tests.
 */
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron'
import type { FollowUpTarget } from '../../shared/followup'
import type { TrayAction, TrayModel } from './reminders/tray-model'
// electron-vite copies the icon next to the built main and gives its path, packaged or not.
import iconPath from '../../build/icon.png?asset'

export interface TrayActions {
  openItem(target: FollowUpTarget): void
  openApp(): void
  quit(): void
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
    else actions.quit()
  }
  // A left click opens the app on Windows and Linux; macOS shows the menu, as its users expect.
  if (process.platform !== 'darwin') tray.on('click', () => actions.openApp())
  return {
    update(model) {
      const template: MenuItemConstructorOptions[] = model.entries.map((entry) => {
        if (entry.type === 'separator') return { type: 'separator' }
        const { action } = entry
        return {
          label: entry.label,
          enabled: entry.enabled,
          ...(action ? { click: () => run(action) } : {})
        }
      })
      tray.setToolTip(model.tooltip)
      tray.setContextMenu(Menu.buildFromTemplate(template))
    },
    destroy: () => tray.destroy()
  }
}
