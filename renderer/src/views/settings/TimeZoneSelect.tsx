import { useMemo } from 'react'
import { computerTimeZone, formatTime } from '../../lib/datetime'

/** "America/New_York" → "America/New York". */
const zoneName = (zone: string) => zone.replace(/_/g, ' ')

/** "GMT+9" for a zone now; '' when this Intl cannot say. One formatter: labelling all ~420 zones costs ~0.3 s. */
function offsetNow(zone: string, now: Date): string {
  try {
    return (
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
        .formatToParts(now)
        .find((p) => p.type === 'timeZoneName')?.value ?? ''
    )
  } catch {
    return ''
  }
}

/** Every IANA zone this Intl knows, with UTC and the saved one (an alias, say) always among them. */
function zoneNames(saved: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...new Set([...known, 'UTC', ...(saved ? [saved] : [])])].sort()
}

/**
 * The user's time zone: the first choice follows the computer (named, so the detected zone is what shows first),
 * then every zone by name; a native select, so typing a name's first letters finds it. The chosen one also says
 * its offset and the time there now, so a wrong pick shows at once.
 */
export function TimeZoneSelect(props: {
  value: string
  onChange(zone: string): void
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}) {
  const { value } = props
  const names = useMemo(() => zoneNames(value), [value])
  const computer = computerTimeZone()
  const now = new Date()
  const chosen = (zone: string) =>
    ` · ${offsetNow(zone, now)}, now ${formatTime(now.toISOString(), { timeZone: zone })}`
  return (
    <select
      value={value}
      aria-invalid={props['aria-invalid']}
      aria-describedby={props['aria-describedby']}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">
        {`${zoneName(computer)} (this computer’s zone)${value === '' ? chosen(computer) : ''}`}
      </option>
      {names.map((name) => (
        <option key={name} value={name}>
          {zoneName(name) + (name === value ? chosen(name) : '')}
        </option>
      ))}
    </select>
  )
}
