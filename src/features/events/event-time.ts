// An event's time as the explorer prints it: day and time to the second, in the browser's zone.
import type { Instant } from '../../domain/events/parsed-event'

// Built once: Intl formatters are costly and a fast scroll renders many rows.
const FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** "28 Nov, 14:02:07"; "time unknown" for the 0 a parse failure leaves. */
export function formatEventTime(at: Instant): string {
  return at === 0 ? 'time unknown' : FORMAT.format(at)
}
