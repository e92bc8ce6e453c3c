/**
 * How tall the draft body is: tall enough for its whole text (greeting to sign-off, no scrolling inside the box),
 * never shorter than a comfortable minimum, and never taller than a share of the window, past which it scrolls.
 * Pure, so the rule is tested without a DOM; the component measures and applies it.
 */

/** The body may take at most this share of the window's height before it scrolls. */
export const BODY_MAX_VIEWPORT_SHARE = 0.7

export interface BodyMeasure {
  /** The text's height with the textarea's padding (a textarea's scrollHeight when its height is minimal). */
  contentHeight: number
  /** Top and bottom border widths together (scrollHeight leaves them out; a border-box height counts them). */
  borderHeight: number
  /** The smallest height the body keeps (CSS min-height, in px). */
  minHeight: number
  /** The window's inner height, in px. */
  viewportHeight: number
}

export interface BodySize {
  /** The border-box height to set, in whole px. */
  height: number
  /** True when the text is taller than the cap, so the body scrolls. */
  scrolls: boolean
}

export function bodySize({ contentHeight, borderHeight, minHeight, viewportHeight }: BodyMeasure): BodySize {
  const wanted = Math.ceil(contentHeight + borderHeight)
  const cap = Math.max(minHeight, Math.floor(viewportHeight * BODY_MAX_VIEWPORT_SHARE))
  return { height: Math.min(Math.max(wanted, minHeight), cap), scrolls: wanted > cap }
}
