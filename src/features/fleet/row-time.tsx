// A time in a device row, short ("14:02") with the full timestamp on hover, cheap enough for thousands of rows.
import type { Instant } from '../../domain/events/parsed-event'
import { formatSince } from '../../lib/format-time'

// One formatter for every row: building an Intl.DateTimeFormat per call (as formatTimestamp
// does) costs about a millisecond, which a scrolling table pays per visible time.
const fullTimestamp = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** "2025-11-03 14:02:07" in this browser's time zone (Swedish dates are ISO-shaped). */
export function rowTimestamp(at: Instant): string {
  return fullTimestamp.format(at)
}

export function RowTime({ at, now, prefix }: { at: Instant; now: Instant; prefix?: string }) {
  const text = formatSince(at, now)
  return (
    <time dateTime={new Date(at).toISOString()} title={rowTimestamp(at)}>
      {prefix === undefined ? text : `${prefix} ${text}`}
    </time>
  )
}
