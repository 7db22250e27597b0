// A time in a device row, short ("14:02") with the full timestamp on hover, cheap enough for thousands of rows.
import type { Instant } from '../../domain/events/parsed-event'
import { formatSince, formatTimestamp } from '../../lib/format-time'

export function RowTime({ at, now, prefix }: { at: Instant; now: Instant; prefix?: string }) {
  const text = formatSince(at, now)
  return (
    <time dateTime={new Date(at).toISOString()} title={formatTimestamp(at)}>
      {prefix === undefined ? text : `${prefix} ${text}`}
    </time>
  )
}
