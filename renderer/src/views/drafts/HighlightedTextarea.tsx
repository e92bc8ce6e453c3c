import { useRef, type ReactNode, type Ref } from 'react'
import type { Finding } from '../../../../shared/etiquette/contract'

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
 * font and wrapping, transparent except for the marks, and scrolls with the textarea.
 */
export function HighlightedTextarea({ id, value, marks, readOnly, onChange, ref }: Props) {
  const backdrop = useRef<HTMLDivElement>(null)
  return (
    <div className="hl-wrap">
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
