// A point in time shown short ("14:02", or "3 Nov 14:02"), with the full timestamp on hover and for machines.
import type { Instant } from '../domain/events/parsed-event'
import { formatSince, formatTimestamp } from '../lib/format-time'

export function Moment({ at, now, prefix }: { at: Instant; now: Instant; prefix?: string }) {
  const text = formatSince(at, now)
  return (
    <time dateTime={new Date(at).toISOString()} title={formatTimestamp(at)}>
      {prefix === undefined ? text : `${prefix} ${text}`}
    </time>
  )
}
