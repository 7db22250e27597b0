// Instants to horizontal positions inside the visible window, and the tick marks of the shared axis.
import type { Instant } from '../../domain/events/parsed-event'
import type { StateInterval, TimeWindow } from '../../domain/timelines/state-interval'
import { clipIntervals } from '../../domain/timelines/state-interval'

/** Where `at` falls in `window`, 0 at its start and 1 at its end (not clamped). */
export function positionOf(at: Instant, window: TimeWindow): number {
  const span = window.to - window.from
  return span <= 0 ? 0 : (at - window.from) / span
}

/** The width of [from, to) as a fraction of the window. */
export function spanOf(from: Instant, to: Instant, window: TimeWindow): number {
  const span = window.to - window.from
  return span <= 0 ? 0 : (to - from) / span
}

/** The instant at `fraction` of the window (for a pointer over the track). */
export function instantAt(fraction: number, window: TimeWindow): Instant {
  return window.from + Math.min(1, Math.max(0, fraction)) * (window.to - window.from)
}

/** A piece of a band, positioned as fractions of the window. */
export type BandSegment<I extends StateInterval<unknown>> =
  | {
      readonly kind: 'state'
      readonly interval: I
      readonly from: Instant
      readonly to: Instant
      readonly left: number
      readonly width: number
    }
  | {
      /** Several changes too close together to draw apart at this zoom. */
      readonly kind: 'mixed'
      readonly count: number
      readonly from: Instant
      readonly to: Instant
      readonly left: number
      readonly width: number
    }

/**
 * The intervals inside `window` (nothing past `now`) as positioned segments. Runs of neighbouring
 * segments each narrower than `minWidth` become one `mixed` segment, so a band never holds more
 * than about 1 / minWidth pieces however many changes the window covers.
 */
export function bandSegments<I extends StateInterval<unknown>>(
  intervals: readonly I[],
  window: TimeWindow,
  now: Instant,
  minWidth = 0.002,
): BandSegment<I>[] {
  const segments: BandSegment<I>[] = []
  let run: { from: Instant; to: Instant; count: number; first: I } | undefined
  const flush = () => {
    if (run === undefined) return
    const left = positionOf(run.from, window)
    const width = spanOf(run.from, run.to, window)
    segments.push(
      run.count === 1
        ? { kind: 'state', interval: run.first, from: run.from, to: run.to, left, width }
        : { kind: 'mixed', count: run.count, from: run.from, to: run.to, left, width },
    )
    run = undefined
  }
  for (const interval of clipIntervals(intervals, window, now)) {
    const from = interval.from
    const to = interval.to ?? from
    const width = spanOf(from, to, window)
    if (width >= minWidth) {
      flush()
      segments.push({
        kind: 'state',
        interval,
        from,
        to,
        left: positionOf(from, window),
        width,
      })
      continue
    }
    if (run === undefined) run = { from, to, count: 1, first: interval }
    else {
      run.to = to
      run.count++
    }
    // A run that grew wide enough is drawn as it is, so mixed areas stay narrow.
    if (spanOf(run.from, run.to, window) >= minWidth) flush()
  }
  flush()
  return segments
}

export interface AxisTick {
  readonly at: Instant
  /** 0..1 across the window. */
  readonly position: number
  readonly label: string
  /** The first tick of a calendar day, labelled with its date. */
  readonly major: boolean
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const STEPS = [
  MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
]

const clockFormats = new Map<string, Intl.DateTimeFormat>()
const dayFormats = new Map<string, Intl.DateTimeFormat>()

function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(timeZone ?? '')
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone })
    cache.set(timeZone ?? '', format)
  }
  return format
}

/** Minutes east of UTC of `timeZone` at `at`, read back from the formatter (no Temporal yet). */
function zoneOffsetMs(at: Instant, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return local - Math.floor(at / MINUTE) * MINUTE
}

/**
 * Evenly spaced ticks on round local times ("14:00", "14:30"), at most `maxTicks` of them. A tick
 * at local midnight, or every tick once steps are days long, is labelled with its date ("28 Nov").
 */
export function axisTicks(window: TimeWindow, maxTicks = 8, timeZone?: string): AxisTick[] {
  const span = window.to - window.from
  if (span <= 0 || maxTicks < 1) return []
  const step = STEPS.find((s) => span / s <= maxTicks) ?? STEPS[STEPS.length - 1]!
  const offset = zoneOffsetMs(window.from, timeZone)
  const clock = cached(clockFormats, timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const day = cached(dayFormats, timeZone, { day: 'numeric', month: 'short' })
  const ticks: AxisTick[] = []
  // Round in local time, then step; the offset is taken once, so a DST change shifts by an hour.
  let at = Math.ceil((window.from + offset) / step) * step - offset
  for (; at <= window.to && ticks.length <= maxTicks; at += step) {
    const midnight = (at + offset) % DAY === 0
    const major = step >= DAY || midnight
    ticks.push({
      at,
      position: positionOf(at, window),
      label: major ? day.format(at) : clock.format(at),
      major,
    })
  }
  return ticks
}
