// Durations and clock times in the short words the dashboard uses: "3 s", "2 min", "14:02".
import type { Instant } from '../domain/events/parsed-event'

const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "0 s", "45 s", "2 min", "3 h 5 min" (under 10 h), "14 h", "3 d". Negative spans count as 0. */
export function formatDuration(ms: number): string {
  const span = Math.max(0, ms)
  if (span < MINUTE) return `${Math.floor(span / SECOND)} s`
  if (span < HOUR) return `${Math.floor(span / MINUTE)} min`
  if (span < 10 * HOUR) {
    const hours = Math.floor(span / HOUR)
    const minutes = Math.floor((span % HOUR) / MINUTE)
    return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`
  }
  if (span < 2 * DAY) return `${Math.floor(span / HOUR)} h`
  return `${Math.floor(span / DAY)} d`
}

/** "just now" under a second, else "2 min ago". */
export function formatAgo(ms: number): string {
  return ms < SECOND ? 'just now' : `${formatDuration(ms)} ago`
}

// Formatters are costly to build; one per time zone is enough.
const clockFormatters = new Map<string, Intl.DateTimeFormat>()
const dateFormatters = new Map<string, Intl.DateTimeFormat>()
const timestampFormatters = new Map<string, Intl.DateTimeFormat>()

function formatter(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
  locale = 'en-GB',
): Intl.DateTimeFormat {
  const key = timeZone ?? ''
  let found = cache.get(key)
  if (found === undefined) {
    // en-GB gives the 24-hour "14:02" and "3 Nov" whatever the browser's language.
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone })
    cache.set(key, found)
  }
  return found
}

/** "14:02" in the given time zone (the browser's when omitted). */
export function formatClockTime(at: Instant, timeZone?: string): string {
  return formatter(clockFormatters, timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at)
}

/** "14:02" when `at` is on the same calendar day as `now`, else "3 Nov 14:02". */
export function formatSince(at: Instant, now: Instant, timeZone?: string): string {
  const day = formatter(dateFormatters, timeZone, { day: 'numeric', month: 'short' })
  const clock = formatClockTime(at, timeZone)
  const atDay = day.format(at)
  return atDay === day.format(now) && Math.abs(now - at) < DAY ? clock : `${atDay} ${clock}`
}

/** Full date and time for tooltips: "2025-11-03 14:02:07" (Swedish dates are ISO-shaped). */
export function formatTimestamp(at: Instant, timeZone?: string): string {
  return formatter(
    timestampFormatters,
    timeZone,
    {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    },
    'sv-SE',
  ).format(at)
}
