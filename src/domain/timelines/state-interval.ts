// A state held over [from, to), and the arithmetic every timeline and statistic shares.
import type { Instant, ParsedEvent } from '../events/parsed-event'

/** The event that started an interval, so a view can link a band to its cause. */
export interface IntervalCause {
  readonly eventId: string
  readonly type: string
}

export interface StateInterval<S> {
  readonly state: S
  /** Inclusive start. */
  readonly from: Instant
  /** Exclusive end; null while the state is ongoing (only ever on the last interval). */
  readonly to: Instant | null
  readonly cause?: IntervalCause
}

/** A window of time, [from, to). */
export interface TimeWindow {
  readonly from: Instant
  readonly to: Instant
}

/** A moment a timeline marks without a duration (a tamper, a denied code, a failed login). */
export interface EventPoint {
  readonly at: Instant
  readonly eventId: string
}

export function causeOf(event: ParsedEvent): IntervalCause {
  return { eventId: event.id, type: event.type }
}

/** Where an interval ends for arithmetic: an ongoing one lasts until `now`. */
export function intervalEnd(interval: StateInterval<unknown>, now: Instant): Instant {
  return interval.to ?? Math.max(now, interval.from)
}

/**
 * Appends `next` (ongoing) and closes the interval before it where `next` starts. Builders use it
 * so that intervals always tile time without gaps or overlaps. `intervals` must be a list being
 * built, not yet handed out: its last interval is closed in place, which saves a copy per
 * interval on 200,000-event fleets.
 */
export function appendInterval<I extends StateInterval<unknown>>(intervals: I[], next: I): void {
  const previous = intervals[intervals.length - 1] as { to: Instant | null } | undefined
  if (previous !== undefined) previous.to = next.from
  intervals.push(next)
}

/** The interval holding instant `at`, found by binary search (intervals sorted and disjoint). */
export function intervalAt<I extends StateInterval<unknown>>(
  intervals: readonly I[],
  at: Instant,
): I | undefined {
  let low = 0
  let high = intervals.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const interval = intervals[middle]!
    if (at < interval.from) high = middle - 1
    else if (interval.to !== null && at >= interval.to) low = middle + 1
    else return interval
  }
  return undefined
}

/**
 * The parts of `intervals` inside `window`, each with a concrete end: ongoing intervals end at
 * `now`, and nothing reaches past `now` (the future has not happened). Empty parts are dropped.
 */
export function clipIntervals<I extends StateInterval<unknown>>(
  intervals: readonly I[],
  window: TimeWindow,
  now: Instant,
): I[] {
  const end = Math.min(window.to, now)
  const clipped: I[] = []
  for (const interval of intervals) {
    const from = Math.max(interval.from, window.from)
    const to = Math.min(intervalEnd(interval, now), end)
    if (to > from) clipped.push({ ...interval, from, to })
  }
  return clipped
}

/** Milliseconds spent in each state inside `window` (up to `now`); uncovered time is not counted. */
export function durationByState<S>(
  intervals: readonly StateInterval<S>[],
  window: TimeWindow,
  now: Instant,
): Map<S, number> {
  const totals = new Map<S, number>()
  for (const interval of clipIntervals(intervals, window, now)) {
    const length = (interval.to ?? interval.from) - interval.from
    totals.set(interval.state, (totals.get(interval.state) ?? 0) + length)
  }
  return totals
}
