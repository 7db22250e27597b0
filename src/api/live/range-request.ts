// The `from` a page asks for when its range ends now: steady for a while, so the key stays put.
import type { Instant } from '../../domain/events/parsed-event'

/** A range is asked again this many times per its length, so its figures stay current. */
const STEPS_PER_SPAN = 60

/**
 * `span` back from `now`, rounded down to a 60th of `span`. The answer then covers a little more
 * than the page's sliding window, never less, and the query key (and so the fetch) changes once
 * per step (a minute for the last hour, 24 min for the last day) instead of with every clock tick.
 */
export function liveRangeFrom(span: number, now: Instant): Instant {
  const step = Math.max(1, Math.floor(span / STEPS_PER_SPAN))
  return Math.floor((now - span) / step) * step
}
