import { useMemo } from 'react'
import { computerTimeZone } from '../../lib/datetime'

/** "Asia/Tokyo" → "Asia/Tokyo (GMT+9)": the offset now, so a zone is recognised by the time it keeps too. */
function zoneLabel(zone: string, now: Date): string {
  let offset = ''
  try {
    offset =
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
        .formatToParts(now)
        .find((p) => p.type === 'timeZoneName')?.value ?? ''
  } catch {
    // A zone this Intl cannot format is still listed by its name.
  }
  const name = zone.replace(/_/g, ' ')
  return offset ? `${name} (${offset})` : name
}

/** Every IANA zone this Intl knows, with the computer's and the saved one (an alias, say) always among them. */
function zoneNames(saved: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...new Set([...known, 'UTC', ...(saved ? [saved] : [])])].sort()
}

/**
 * The user's time zone: the first choice follows the computer (named, so the detected zone is what shows first),
 * then every zone by name with its offset; a native select, so typing a name's first letters finds it.
 */
export function TimeZoneSelect(props: {
  value: string
  onChange(zone: string): void
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}) {
  const { value } = props
  const options = useMemo(() => {
    const now = new Date()
    return zoneNames(value).map((zone) => ({ zone, label: zoneLabel(zone, now) }))
  }, [value])
  const computer = computerTimeZone()
  return (
    <select
      value={value}
      aria-invalid={props['aria-invalid']}
      aria-describedby={props['aria-describedby']}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">{`${zoneLabel(computer, new Date())}: this computer’s zone`}</option>
      {options.map((o) => (
        <option key={o.zone} value={o.zone}>
          {o.label}
        </option>
      ))}
    </select>
  )
}
