/**
 * After a form is sent and closes, focus would fall to the page's start and a keyboard user would have to Tab back
 * from the top. This moves it to what comes next (the new person's note field, say) once that is on screen: it may
 * appear a few frames later, after main has answered and the view has re-rendered.
 */
export function focusWhenShown(selector: string, frames = 30): void {
  const attempt = (left: number) => {
    const element = document.querySelector<HTMLElement>(selector)
    if (element && element.offsetParent !== null) return element.focus()
    if (left > 0) requestAnimationFrame(() => attempt(left - 1))
  }
  requestAnimationFrame(() => attempt(frames))
}

/** A selector for the element with exactly this aria-label. */
export const byLabel = (tag: string, label: string) => `${tag}[aria-label="${CSS.escape(label)}"]`
