import { useCallback, useLayoutEffect, useRef, type ReactNode, type Ref, type RefObject } from 'react'
import type { Finding } from '../../../../shared/etiquette/contract'
import { bodySize } from './grow'

interface Props {
  id: string
  value: string
  /** Ranges to mark; only those computed for exactly this value. */
  marks: Finding[]
  readOnly: boolean
  onChange(value: string): void
  ref?: Ref<HTMLTextAreaElement>
}

/**
 * A plain textarea over a backdrop that draws the findings' ranges: the backdrop holds the same text in the same
 * font and wrapping, transparent except for the marks, and scrolls with the textarea. The textarea grows with its
 * text (see grow.ts); the backdrop is laid over the wrapper, so it always has the textarea's size.
 */
export function HighlightedTextarea({ id, value, marks, readOnly, onChange, ref }: Props) {
  const backdrop = useRef<HTMLDivElement>(null)
  const wrap = useRef<HTMLDivElement>(null)
  const fit = useCallback(() => {
    const box = wrap.current
    const area = box?.querySelector('textarea')
    if (box && area) fitToText(box, area)
  }, [])
  useLayoutEffect(fit, [value, fit])
  useFitOnResize(wrap, fit)
  return (
    <div className="hl-wrap" ref={wrap}>
      <div className="hl-backdrop" ref={backdrop} aria-hidden="true">
        {segments(value, marks)}
      </div>
      <textarea
        id={id}
        ref={ref}
        className="hl-textarea"
        value={value}
        readOnly={readOnly}
        spellCheck={false}
        maxLength={20000}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop
        }}
      />
    </div>
  )
}

/**
 * Sizes the textarea to its text. It is collapsed to measure its content, while the wrapper holds the old height so
 * the page does not shrink under the user (which would move its scroll position); all before the next paint.
 */
function fitToText(box: HTMLDivElement, area: HTMLTextAreaElement): void {
  const style = getComputedStyle(area)
  box.style.minHeight = `${box.offsetHeight}px`
  area.style.height = '0px'
  const { height, scrolls } = bodySize({
    contentHeight: area.scrollHeight,
    borderHeight: parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth),
    minHeight: parseFloat(style.minHeight) || 0,
    viewportHeight: window.innerHeight
  })
  area.style.height = `${height}px`
  area.style.overflowY = scrolls ? 'auto' : 'hidden'
  box.style.minHeight = ''
  const layer = box.querySelector<HTMLDivElement>('.hl-backdrop')
  if (layer) layer.scrollTop = area.scrollTop
}

/** A narrower box wraps more lines and a shorter window lowers the cap: size again on both. */
function useFitOnResize(wrap: RefObject<HTMLDivElement | null>, fit: () => void): void {
  useLayoutEffect(() => {
    const box = wrap.current
    if (!box) return
    let width = box.clientWidth
    const observer = new ResizeObserver(() => {
      if (box.clientWidth === width) return
      width = box.clientWidth
      fit()
    })
    observer.observe(box)
    window.addEventListener('resize', fit)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', fit)
    }
  }, [wrap, fit])
}

function segments(value: string, marks: Finding[]): ReactNode[] {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start)
  const out: ReactNode[] = []
  let at = 0
  for (const m of sorted) {
    if (m.start < at || m.end > value.length) continue // overlapping or stale: skip rather than misdraw
    out.push(value.slice(at, m.start))
    out.push(
      <mark key={`${m.rule}:${m.start}`} className={`hl-${m.severity}`}>
        {value.slice(m.start, m.end)}
      </mark>
    )
    at = m.end
  }
  // A trailing newline needs a character after it to take up its line, as it does in the textarea.
  out.push(value.slice(at) + '\u200b')
  return out
}
