/**
 * Keyboard-only helpers for e2e walks: move focus with Tab / Shift+Tab until the focused element is the one asked
 * for (by role and accessible name, so a walk survives layout changes), and check that it shows a focus ring.
 * Nothing here clicks or calls element.focus(): the page is driven by page.keyboard only.
 */
import { expect, type Page } from '@playwright/test'

export type Role = Parameters<Page['getByRole']>[0]

/** How many Tab presses a walk may take to reach an element before the test says it cannot be reached. */
export const TAB_LIMIT = 80

/** True when the focused element is one that has this role and name. */
async function isFocused(page: Page, role: Role, name: string | RegExp): Promise<boolean> {
  return page
    .getByRole(role, { name, exact: typeof name === 'string' })
    .evaluateAll((els) => els.some((el) => el === document.activeElement))
}

/** A short description of the focused element, for a failure message. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return '(nothing)'
    const name = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.slice(0, 40) ?? ''
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name}"`
  })
}

/**
 * Presses Tab (or Shift+Tab) until the element with this role and name has focus; fails with the path taken when it
 * is not reached within TAB_LIMIT presses (a keyboard trap, or an element out of the tab order).
 */
export async function tabTo(
  page: Page,
  role: Role,
  name: string | RegExp,
  options: { backwards?: boolean } = {}
): Promise<void> {
  const path: string[] = []
  for (let i = 0; i <= TAB_LIMIT; i++) {
    if (await isFocused(page, role, name)) return expectFocusRing(page, role, name)
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab')
    path.push(await describeFocus(page))
  }
  throw new Error(`Tab never reached ${role} "${String(name)}". Focus went: ${path.join(' → ')}`)
}

/** The focused element is this one, in view, with a visible focus ring (an outline or a box-shadow). */
export async function expectFocusRing(page: Page, role: Role, name: string | RegExp): Promise<void> {
  const focused = page.locator(':focus')
  await expect(focused, `focus on ${role} "${String(name)}"`).toHaveRole(role)
  await expect(focused).toHaveAccessibleName(name)
  await expect(focused).toBeInViewport()
  await expectFocusedHasRing(page)
}

/** Whatever has focus is in view and draws a focus ring: a visible outline or a box-shadow. */
export async function expectFocusedHasRing(page: Page): Promise<void> {
  const focused = page.locator(':focus')
  await expect(focused).toBeInViewport()
  const ring = await focused.evaluate((el) => {
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    return { outline, shadow: style.boxShadow !== 'none', what: el.outerHTML.slice(0, 80) }
  })
  expect(ring.outline || ring.shadow, `a focus ring on ${ring.what}`).toBe(true)
}

/** Waits for focus to land on this element (after a shortcut or a form that moves focus itself). */
export async function expectFocusOn(page: Page, role: Role, name: string | RegExp): Promise<void> {
  await expect
    .poll(() => isFocused(page, role, name), { message: `focus on ${role} "${String(name)}"` })
    .toBe(true)
  await expectFocusRing(page, role, name)
}
